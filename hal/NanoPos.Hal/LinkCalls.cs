using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// Argument checks, the connected check and timeout arithmetic shared by the <see cref="INetworkLink"/>
    /// implementations (the ESP32 Wi-Fi link, the host TCP link, the in-memory link), so that every link refuses the
    /// same calls with the same exceptions and turns deadlines into socket waits the same way.
    /// </summary>
    public static class LinkCalls
    {
        /// <summary>
        /// The longest wait in ms that fits a socket poll, whose timeout is an int of microseconds (about 35 minutes).
        /// Longer timeouts are clamped to it.
        /// </summary>
        public const int MaxPollMs = int.MaxValue / 1000;

        /// <summary>
        /// Checks the timeout of <see cref="INetworkLink.Connect"/>.
        /// </summary>
        /// <param name="timeoutMs">The timeout in ms.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is less than 1.</exception>
        public static void CheckConnect(int timeoutMs)
        {
            if (timeoutMs < 1)
            {
                throw new ArgumentOutOfRangeException("timeoutMs", "The connect timeout must be at least 1 ms.");
            }
        }

        /// <summary>
        /// Checks the arguments of <see cref="INetworkLink.Send"/>.
        /// </summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The number of bytes, 0 or more.</param>
        /// <param name="timeoutMs">The timeout in ms, at least 1.</param>
        /// <exception cref="ArgumentException">The range lies outside the buffer or the timeout is less than 1.</exception>
        public static void CheckSend(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length - count || timeoutMs < 1)
            {
                throw new ArgumentException("Send: the range (offset " + offset + ", count " + count + ") lies outside the buffer or the timeout (" + timeoutMs + " ms) is less than 1.");
            }
        }

        /// <summary>
        /// Checks, before a send or receive touches the connection, that the link is connected. A send refused here
        /// proves that nothing left (see <see cref="INetworkLink.Send"/>), which is what lets the engine skip the
        /// reversal of a request that never reached the host.
        /// </summary>
        /// <param name="state">The link's current state.</param>
        /// <exception cref="InvalidOperationException"><paramref name="state"/> is not <see cref="LinkState.Connected"/>.</exception>
        public static void RequireConnected(LinkState state)
        {
            if (state != LinkState.Connected)
            {
                throw new InvalidOperationException("The link is not connected: nothing was sent or received.");
            }
        }

        /// <summary>
        /// Checks the arguments of <see cref="INetworkLink.Receive"/>.
        /// </summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="offset">The index of the first byte to fill.</param>
        /// <param name="count">The most bytes to receive, at least 1.</param>
        /// <param name="timeoutMs">The timeout in ms, 0 or more.</param>
        /// <exception cref="ArgumentException">The range lies outside the buffer, count is less than 1 or the timeout is negative.</exception>
        public static void CheckReceive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (buffer == null || offset < 0 || count < 1 || offset > buffer.Length - count || timeoutMs < 0)
            {
                throw new ArgumentException("Receive: the range (offset " + offset + ", count " + count + ") lies outside the buffer, count is less than 1 or the timeout (" + timeoutMs + " ms) is negative.");
            }
        }

        /// <summary>
        /// Gives the ms left until a deadline on the monotonic clock.
        /// </summary>
        /// <param name="deadlineMs">The deadline in ms of the monotonic clock.</param>
        /// <param name="nowMs">The current time in ms of the same clock.</param>
        /// <returns>The ms left, 0 when the deadline has passed, at most <see cref="int.MaxValue"/>.</returns>
        public static int RemainingMs(long deadlineMs, long nowMs)
        {
            long left = deadlineMs - nowMs;
            if (left <= 0)
            {
                return 0;
            }

            return left > int.MaxValue ? int.MaxValue : (int)left;
        }

        /// <summary>
        /// Converts a wait in ms into the microseconds a socket poll takes, clamped to <see cref="MaxPollMs"/>.
        /// </summary>
        /// <param name="timeoutMs">The wait in ms; a negative value counts as 0 (do not wait).</param>
        /// <returns>The wait in microseconds, 0 to <see cref="MaxPollMs"/> * 1000.</returns>
        public static int ToPollMicroseconds(int timeoutMs)
        {
            if (timeoutMs <= 0)
            {
                return 0;
            }

            return (timeoutMs > MaxPollMs ? MaxPollMs : timeoutMs) * 1000;
        }
    }
}
