namespace NanoPos.Emulation.Tests
{
    /// <summary>The traffic the secret scan runs, and the secrets it types.</summary>
    public static class ScanScenario
    {
        /// <summary>The cardholder PIN the acquirer accepts for the demo card.</summary>
        public const string Pin = "1234";

        /// <summary>A wrong PIN: the acquirer answers 55.</summary>
        public const string WrongPin = "9876";

        /// <summary>A Wi-Fi password for the provisioning (DemoConfig has none): long and odd enough never to turn up by chance.</summary>
        public const string WifiPassword = "Gr33n-Tea-Leaf!Wpa2";

        /// <summary>
        /// A day of a terminal as a script: a sale with PIN, one without, a wrong PIN (55), a host timeout and its
        /// reversal, a power cut mid-payment and its reversal, the history (newest first: the two reversed sales and the
        /// decline come before the approved sale that is voided), a void, a settlement, the technician menu (one wrong try,
        /// then the PIN), an orderly reboot. Expectations make sure each thing happened.
        /// </summary>
        public static string Day()
        {
            string card = DemoConfig.Card + " enter " + DemoConfig.Expiry + " enter ";
            return "boot\n"
                + "expect-screen Idle\n"
                + "press 12500 enter " + card + Pin + " enter\n"
                + "expect-message Approved\n"
                + "expect-ledger approved\n"
                + "press enter\n"
                + "press 10000 enter " + card + "enter\n"
                + "expect-message Approved\n"
                + "press enter\n"
                + "press 3000 enter " + card + WrongPin + " enter\n"
                + "expect-screen Result\n"
                + "expect-ledger declined\n"
                + "press enter\n"
                + "host delay 40000\n"
                + "press 8800 enter " + card + Pin + " enter\n"
                + "expect-message ReversingNotCharged\n"
                + "expect-pending 1\n"
                + "press enter\n"
                + "host delay 0\n"
                + "wait 5000\n"
                + "expect-pending 0\n"
                + "expect-ledger reversed\n"
                + "press 6600 enter " + card + Pin + "\n"
                + "cut-power at-write 2\n"
                + "press enter\n"
                + "expect-screen Idle\n"
                + "expect-pending 0\n"
                + "expect-ledger reversed\n"
                + "press menu 5\n"
                + "expect-screen History\n"
                + "expect-message StatusReversed\n"
                + "press down down down\n"
                + "expect-message StatusApproved\n"
                + "press enter\n"
                + "expect-screen HistoryDetail\n"
                + "press down down down down down down down down down\n"
                + "expect-message HistoryVoidHint\n"
                + "press enter\n"
                + "expect-screen VoidConfirm\n"
                + "press enter\n"
                + "expect-message VoidedStan\n"
                + "expect-ledger approved void\n"
                + "press enter\n"
                + "press menu 6\n"
                + "expect-screen Settlement\n"
                + "press enter\n"
                + "expect-message SettlementDone\n"
                + "press enter\n"
                + "press menu 7\n"
                + "expect-screen TechnicianPin\n"
                + "press 1111 enter\n"
                + "expect-message TechPinWrong\n"
                + "press " + DemoConfig.TechnicianPin + " enter\n"
                + "expect-screen TechnicianMenu\n"
                + "press 1\n"
                + "expect-screen DeviceInfo\n"
                + "press down down cancel 2\n"
                + "expect-screen SelfTest\n"
                + "press cancel cancel cancel\n"
                + "expect-screen Idle\n"
                + "reboot\n"
                + "wait 3000\n"
                + "expect-screen Idle\n";
        }
    }
}
