namespace NanoPos.HostSim
{
    /// <summary>How waiting for one answer ended, for <see cref="HostSimClient.Receive"/>.</summary>
    public enum ClientReplyKind
    {
        /// <summary>A whole frame arrived and decoded.</summary>
        Message = 1,

        /// <summary>A whole frame arrived but did not decode (<see cref="ClientReply.Error"/> says why).</summary>
        Malformed = 2,

        /// <summary>No whole frame arrived within the timeout (<see cref="ClientReply.Frame"/> holds any partial bytes).</summary>
        Timeout = 3,

        /// <summary>The host closed the connection (<see cref="ClientReply.Frame"/> holds any partial bytes of a cut frame).</summary>
        Closed = 4,
    }
}
