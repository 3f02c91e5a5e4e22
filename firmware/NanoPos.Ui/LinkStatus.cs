namespace NanoPos.Ui
{
    /// <summary>
    /// What the idle screen says about the acquirer link: learnt from the last exchange with the host, since the link
    /// itself is closed between exchanges.
    /// </summary>
    public enum LinkStatus
    {
        /// <summary>Nothing known yet (before the first sign-on).</summary>
        Connecting = 0,

        /// <summary>The host answered the last request.</summary>
        Online = 1,

        /// <summary>The last request got no answer (no connection, timeout).</summary>
        Offline = 2,
    }
}
