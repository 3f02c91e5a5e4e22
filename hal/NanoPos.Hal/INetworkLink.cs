namespace NanoPos.Hal
{
    /// <summary>
    /// A byte-stream connection to the acquirer host (TCP over Wi-Fi on the device, a socket or an
    /// in-memory pipe on the host). The endpoint (address, port, TLS) is part of the implementation's
    /// configuration, not of this contract.
    /// </summary>
    /// <remarks>
    /// <para>Every call is bounded by a timeout so that the transaction engine can keep its per-step deadlines.
    /// When the connection is lost, <see cref="State"/> becomes <see cref="LinkState.Disconnected"/>: the call that
    /// meets the loss throws <see cref="System.IO.IOException"/>, later calls throw
    /// <see cref="System.InvalidOperationException"/> (not connected) until <see cref="Connect"/> succeeds again.</para>
    /// <para>The two exceptions of <see cref="Send"/> say different things, and the engine decides on them whether a
    /// request may be at the host and must be reversed: <see cref="System.InvalidOperationException"/> means nothing
    /// left, <see cref="System.IO.IOException"/> means any part may have left. A link that finds out before writing
    /// that its connection is gone must therefore report it as not connected, never as a failed write.</para>
    /// </remarks>
    public interface INetworkLink
    {
        /// <summary>Gets the current state of the link.</summary>
        LinkState State { get; }

        /// <summary>
        /// Gets the received signal strength in dBm (a negative number, for example -67), or 0 when it is
        /// unknown: the link has no radio, is not connected, or the hardware cannot measure it.
        /// </summary>
        int SignalStrengthDbm { get; }

        /// <summary>
        /// Connects to the configured host; does nothing and returns true when already connected.
        /// </summary>
        /// <param name="timeoutMs">The longest wait in ms for the connection, at least 1.</param>
        /// <returns>True when connected; false when the attempt failed or did not finish in time (the state is then Disconnected).</returns>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is less than 1.</exception>
        bool Connect(int timeoutMs);

        /// <summary>
        /// Closes the connection; unsent bytes are dropped. Safe to call in any state.
        /// </summary>
        void Disconnect();

        /// <summary>
        /// Sends bytes from a caller buffer in one write: the whole range goes to the connection at once (over TLS, one
        /// record for a request that fits one), so a request costs one write, never one per fragment.
        /// </summary>
        /// <remarks>
        /// The link checks that it is connected before it touches the connection. What each ending proves about the
        /// bytes: a return value says exactly how many were accepted (0: none left);
        /// <see cref="System.InvalidOperationException"/> says none left, because the link knew it was not connected
        /// before writing (also when it learns then that the connection is gone: it sets
        /// <see cref="LinkState.Disconnected"/> and throws this, without writing); <see cref="System.IO.IOException"/>
        /// says the connection failed during the write, and any of the bytes, none to all, may have reached the far end.
        /// </remarks>
        /// <param name="buffer">The buffer holding the bytes.</param>
        /// <param name="offset">The index of the first byte to send.</param>
        /// <param name="count">The number of bytes to send.</param>
        /// <param name="timeoutMs">The longest wait in ms for the link to accept the bytes, at least 1.</param>
        /// <returns>The number of bytes accepted, 0 to <paramref name="count"/>; fewer than count means the
        /// timeout elapsed first and the caller decides whether to send the rest or give up.</returns>
        /// <exception cref="System.ArgumentException">The range lies outside the buffer or the timeout is less than 1.</exception>
        /// <exception cref="System.InvalidOperationException">The link is not connected, or found before writing that
        /// its connection is gone: nothing was sent.</exception>
        /// <exception cref="System.IO.IOException">The connection failed during the write: some or all of the bytes may
        /// have been delivered.</exception>
        int Send(byte[] buffer, int offset, int count, int timeoutMs);

        /// <summary>
        /// Receives the bytes that have arrived, into a caller buffer, waiting for at least one.
        /// </summary>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index of the first byte to fill.</param>
        /// <param name="count">The most bytes to receive, at least 1.</param>
        /// <param name="timeoutMs">The longest wait in ms for the first byte; 0 takes only what has already arrived.</param>
        /// <returns>The number of bytes received, 1 to <paramref name="count"/>, or 0 when none arrived in time.</returns>
        /// <exception cref="System.ArgumentException">The range lies outside the buffer, count is less than 1 or the timeout is negative.</exception>
        /// <exception cref="System.InvalidOperationException">The link is not connected.</exception>
        /// <exception cref="System.IO.IOException">The connection was lost or closed by the host.</exception>
        int Receive(byte[] buffer, int offset, int count, int timeoutMs);
    }
}
