using NanoPos.Ui.Screens;

namespace NanoPos.Emulator
{
    /// <summary>What <c>GET /api/state</c> returns: the display, the indicators and the QA controls at one instant.</summary>
    public sealed class EmulatorState
    {
        /// <summary>Gets or sets a number that grows with every change the server makes (time, keys, controls).</summary>
        public long Version { get; set; }

        /// <summary>Gets or sets the terminal's simulated monotonic time, in milliseconds.</summary>
        public long SimTimeMs { get; set; }

        /// <summary>Gets or sets the current screen's name, or null.</summary>
        public string Screen { get; set; }

        /// <summary>Gets or sets the text lines of the current screen: what the display shows, as text, not scrubbed (a card number being keyed appears as on the terminal).</summary>
        public string[] Text { get; set; }

        /// <summary>Gets or sets the display's image.</summary>
        public FrameDto Frame { get; set; }

        /// <summary>Gets or sets the indicator lights.</summary>
        public IndicatorsDto Indicators { get; set; }

        /// <summary>Gets or sets the QA controls' current values.</summary>
        public ControlsDto Controls { get; set; }

        /// <summary>Gets or sets the last error the firmware or the host threw (the emulator keeps running), card numbers scrubbed, or null.</summary>
        public string Error { get; set; }
    }

    /// <summary>The display memory as sent to the page.</summary>
    public sealed class FrameDto
    {
        /// <summary>Gets or sets the width in pixels (128).</summary>
        public int Width { get; set; }

        /// <summary>Gets or sets the height in pixels (64).</summary>
        public int Height { get; set; }

        /// <summary>Gets or sets the SSD1306 page-layout bytes, base64: byte (y/8)*Width + x, bit y%8 = pixel (x, y), 1 lit.</summary>
        public string Data { get; set; }
    }

    /// <summary>The indicator lights of the page.</summary>
    public sealed class IndicatorsDto
    {
        /// <summary>Gets or sets whether the link to the host is up (the network up and, with the self-test faults, the Wi-Fi joined).</summary>
        public bool Link { get; set; }

        /// <summary>Gets or sets what protects the link: "TLS 1.3 · CA SHA-256 3F:A2:…" (pinned CA, short fingerprint), "plaintext", or "".</summary>
        public string LinkSecurity { get; set; }

        /// <summary>Gets or sets the number of reversals waiting for the host.</summary>
        public int PendingReversals { get; set; }

        /// <summary>Gets or sets whether the terminal has power ("on" always after a cut: it reboots at once).</summary>
        public bool Power { get; set; }

        /// <summary>Gets or sets how many times the power was cut since the emulator started.</summary>
        public int PowerCuts { get; set; }
    }

    /// <summary>The QA controls; in a request (<c>POST /api/controls</c>) null members are left unchanged.</summary>
    public sealed class ControlsDto
    {
        /// <summary>Gets or sets whether the network is up.</summary>
        public bool? NetworkUp { get; set; }

        /// <summary>Gets or sets whether the host is in maintenance.</summary>
        public bool? HostMaintenance { get; set; }

        /// <summary>Gets or sets the host's answer delay in milliseconds (0 to <see cref="EmulatorHost.MaxHostDelayMs"/>).</summary>
        public int? HostDelayMs { get; set; }

        /// <summary>Gets or sets the language: "English" or "Chinese" (also "en", "zh").</summary>
        public string Language { get; set; }

        /// <summary>Gets or sets the terminal's local date and time to jump to, "yyyy-MM-ddTHH:mm" (e.g. "2026-02-14T23:30").</summary>
        public string LocalTime { get; set; }

        /// <summary>Gets or sets the display bus error: the panel takes no frame (display self-test).</summary>
        public bool? DisplayBusError { get; set; }

        /// <summary>Gets or sets the dead key (a key name such as "Digit5"; "None" or "" for none): its presses are dropped (keypad self-test).</summary>
        public string DeadKey { get; set; }

        /// <summary>Gets or sets the flash write failure: true arms it, the next durable write fails once (store self-test); reads false once fired.</summary>
        public bool? FlashWriteFailure { get; set; }

        /// <summary>Gets or sets the full flash: 4 KB left (store self-test).</summary>
        public bool? FlashFull { get; set; }

        /// <summary>Gets or sets the unset clock: the wall time is not trusted (clock self-test).</summary>
        public bool? ClockNotSet { get; set; }

        /// <summary>Gets or sets the Wi-Fi down: the radio has not joined (link self-test).</summary>
        public bool? WifiDown { get; set; }

        /// <summary>Gets or sets the weak Wi-Fi signal, -88 dBm (link self-test).</summary>
        public bool? WeakSignal { get; set; }

        /// <summary>Gets or sets the DNS failure: the host's name does not resolve (link self-test).</summary>
        public bool? DnsFailure { get; set; }

        /// <summary>Gets or sets the host refusing TCP connections (link self-test).</summary>
        public bool? HostRefusesTcp { get; set; }

        /// <summary>Gets or sets the host presenting a certificate the terminal's pinned CA did not sign (link self-test).</summary>
        public bool? TlsUntrusted { get; set; }

        /// <summary>Gets or sets the silent host: it never answers (host self-test).</summary>
        public bool? HostSilent { get; set; }

        /// <summary>Gets or sets the host's bad MAC on every answer (host self-test).</summary>
        public bool? HostBadMac { get; set; }

        /// <summary>Gets or sets the low memory: 12,000 B free (memory self-test).</summary>
        public bool? LowMemory { get; set; }
    }
}
