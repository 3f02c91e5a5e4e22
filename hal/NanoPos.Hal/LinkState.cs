namespace NanoPos.Hal
{
    /// <summary>
    /// The state of an <see cref="INetworkLink"/>.
    /// </summary>
    public enum LinkState
    {
        /// <summary>No connection; <see cref="INetworkLink.Connect"/> must be called before sending.</summary>
        Disconnected = 0,

        /// <summary>A connection attempt is under way.</summary>
        Connecting = 1,

        /// <summary>Connected to the acquirer host; bytes can be sent and received.</summary>
        Connected = 2,
    }
}
