namespace NanoPos.Hal
{
    /// <summary>
    /// What an <see cref="ILinkProbe"/> found, stage by stage; one instance is reused from probe to probe.
    /// </summary>
    /// <remarks>Times are in ms, measured on the monotonic clock; -1 means the stage did not run (an earlier one
    /// failed) or does not exist on this link (no radio, an address given as digits, no TLS).</remarks>
    public sealed class LinkProbeResult
    {
        /// <summary>Creates an empty result.</summary>
        public LinkProbeResult()
        {
            Reset();
        }

        /// <summary>Gets or sets a value indicating whether the link has a radio stage (Wi-Fi); false for a wired or in-process link.</summary>
        public bool HasRadio { get; set; }

        /// <summary>Gets or sets a value indicating whether the radio network is joined.</summary>
        public bool RadioJoined { get; set; }

        /// <summary>Gets or sets the received signal strength in dBm (negative, e.g. -67), or 0 when unknown.</summary>
        public int SignalStrengthDbm { get; set; }

        /// <summary>Gets or sets the time the name lookup took in ms, or -1 when there was none.</summary>
        public long NameLookupMs { get; set; }

        /// <summary>Gets or sets the time the TCP connection took to open in ms, or -1 when it did not open.</summary>
        public long TcpConnectMs { get; set; }

        /// <summary>Gets or sets a value indicating whether the link uses TLS.</summary>
        public bool UsesTls { get; set; }

        /// <summary>Gets or sets the time the TLS handshake took in ms, or -1 when it did not complete or there is no TLS.</summary>
        public long TlsHandshakeMs { get; set; }

        /// <summary>Gets or sets the stage that failed, or <see cref="LinkProbeStage.None"/> when every stage passed.</summary>
        public LinkProbeStage FailedStage { get; set; }

        /// <summary>Gets or sets why the failed stage failed, as short ASCII text for the technician and the log
        /// (e.g. "connection refused"), or null.</summary>
        public string Error { get; set; }

        /// <summary>Gets a value indicating whether every stage passed.</summary>
        public bool Passed
        {
            get { return FailedStage == LinkProbeStage.None; }
        }

        /// <summary>Clears every field, before a probe.</summary>
        public void Reset()
        {
            HasRadio = false;
            RadioJoined = false;
            SignalStrengthDbm = 0;
            NameLookupMs = -1;
            TcpConnectMs = -1;
            UsesTls = false;
            TlsHandshakeMs = -1;
            FailedStage = LinkProbeStage.None;
            Error = null;
        }

        /// <summary>Records a failed stage and its reason.</summary>
        /// <param name="stage">The stage.</param>
        /// <param name="error">Why, short ASCII text.</param>
        public void Fail(LinkProbeStage stage, string error)
        {
            FailedStage = stage;
            Error = error;
        }
    }
}
