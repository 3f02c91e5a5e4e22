namespace NanoPos.Ui
{
    /// <summary>
    /// The screen the terminal shows (<see cref="TerminalUi.Screen"/>), for scripted runs, tests and the emulator.
    /// </summary>
    /// <remarks>The values are fixed (scripts and logs show them; on the device <c>enum.ToString()</c> prints the number):
    /// add new screens at the end. <see cref="UiScreens.Name"/> gives the name scripts use.</remarks>
    public enum UiScreen
    {
        /// <summary>A boot step: starting, checking the journal, sending reversals, signing on.</summary>
        Boot = 0,

        /// <summary>The provisioned configuration is missing or invalid; the terminal cannot work.</summary>
        ConfigError = 1,

        /// <summary>A fatal error: "Terminal error - restarting" (the firmware restarts itself) or one that stays until restarted.</summary>
        Fatal = 2,

        /// <summary>Ready: merchant name, date and time, link state, reversal mark.</summary>
        Idle = 3,

        /// <summary>The main menu.</summary>
        Menu = 4,

        /// <summary>Amount entry in minor units.</summary>
        Amount = 5,

        /// <summary>Card data: card number, then expiry (the keyed card reader) or the reader's prompt.</summary>
        Card = 6,

        /// <summary>PIN entry, digits masked.</summary>
        Pin = 7,

        /// <summary>A request is with the host: countdown, "do not power off".</summary>
        Processing = 8,

        /// <summary>The outcome of a transaction or settlement.</summary>
        Result = 9,

        /// <summary>The list of the open batch.</summary>
        History = 10,

        /// <summary>One transaction of the batch, with void.</summary>
        HistoryDetail = 11,

        /// <summary>"Void this sale?" confirmation.</summary>
        VoidConfirm = 12,

        /// <summary>Settlement totals, before settling.</summary>
        Settlement = 13,

        /// <summary>The technician PIN (or the lock after 5 wrong PINs).</summary>
        TechnicianPin = 14,

        /// <summary>The technician menu.</summary>
        TechnicianMenu = 15,

        /// <summary>Device information.</summary>
        DeviceInfo = 16,

        /// <summary>Self-tests: the list, a test running, its result.</summary>
        SelfTest = 17,

        /// <summary>Language choice.</summary>
        Language = 18,

        /// <summary>The health report, as scrolling text.</summary>
        Health = 19,

        /// <summary>The health report as a QR code.</summary>
        HealthQr = 20,

        /// <summary>An e-receipt as a QR code.</summary>
        ReceiptQr = 21,

        /// <summary>"Same card and amount N min ago - charge again?" before a sale is sent.</summary>
        DuplicateConfirm = 22,

        /// <summary>The supervisor PIN a refund asks for before the amount (or, with none configured, the refusal).</summary>
        SupervisorPin = 23,

        /// <summary>Technician: prepare for a firmware update (flush reversals, settle) and say whether anything is still owed.</summary>
        PrepareUpdate = 24,
    }
}
