namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// The far end of an <see cref="InMemoryLink"/>: a simulated acquirer host (or a test script) that is
    /// called synchronously, on the terminal's thread, when the terminal connects, sends and disconnects.
    /// It answers by calling <see cref="InMemoryLink.Deliver"/> (possibly with a delay) or not at all.
    /// </summary>
    public interface IHostEndpoint
    {
        /// <summary>The terminal opens a connection.</summary>
        /// <param name="link">The link, for delivering answers.</param>
        /// <returns>True to accept the connection, false to refuse it.</returns>
        bool OnConnect(InMemoryLink link);

        /// <summary>Bytes the terminal sent arrive at the host.</summary>
        /// <param name="link">The link, for delivering answers.</param>
        /// <param name="data">The buffer holding the bytes (only valid during the call).</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The number of bytes.</param>
        void OnReceive(InMemoryLink link, byte[] data, int offset, int count);

        /// <summary>The terminal closed the connection.</summary>
        /// <param name="link">The link.</param>
        void OnDisconnect(InMemoryLink link);
    }
}
