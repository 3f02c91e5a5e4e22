namespace NanoPos.Hal
{
    /// <summary>The stages of an <see cref="ILinkProbe"/>, in the order they run. The values are fixed (the health
    /// report carries them): never renumber.</summary>
    public enum LinkProbeStage
    {
        /// <summary>No stage failed.</summary>
        None = 0,

        /// <summary>Joining the radio network (Wi-Fi): not joined, or the access point is not in range.</summary>
        Radio = 1,

        /// <summary>Resolving the host's name to an address (DNS).</summary>
        Name = 2,

        /// <summary>Opening the TCP connection to the host's port.</summary>
        Tcp = 3,

        /// <summary>The TLS handshake, with the host's certificate checked against the pinned CA.</summary>
        Tls = 4,
    }
}
