using NanoPos.Hal;
using NanoPos.Hal.Esp32;

namespace NanoPos.App
{
    /// <summary>
    /// The acquirer link that also synchronises the clock (SNTP) after its first successful connection, when the network
    /// is known to be up, and measures that synchronisation for the technician's clock test (Esp32Clock.SyncNow).
    /// Everything else, the link self-test's probe included, is passed through.
    /// </summary>
    public sealed class TimeSyncLink : INetworkLink, ILinkProbe
    {
        private readonly INetworkLink _inner;
        private readonly Esp32Clock _clock;
        // The longest the first connection waits for the clock's first synchronisation, in ms: the jump from power-on
        // time is large, so SyncNow sees it as soon as the server answers.
        private const int FirstSyncTimeoutMs = 3000;

        // How often a later connection asks for a new synchronisation, in ms, and how long it waits for it: the runtime
        // syncs hourly on its own but the clock cannot see those, and the technician's clock test wants a recent one. A
        // correction too small to observe waits the whole time and records nothing, so attempts are spaced by the
        // interval whatever their result: at most one short wait per interval on a connection.
        private const long ResyncIntervalMs = 6L * 60 * 60 * 1000;
        private const int ResyncTimeoutMs = 500;

        private bool _syncStarted;
        private long _lastAttemptMs;

        /// <summary>Wraps a link.</summary>
        /// <param name="inner">The Wi-Fi/TCP link.</param>
        /// <param name="clock">The clock to sync.</param>
        public TimeSyncLink(INetworkLink inner, Esp32Clock clock)
        {
            _inner = inner;
            _clock = clock;
        }

        /// <summary>Gets the state of the link.</summary>
        public LinkState State
        {
            get { return _inner.State; }
        }

        /// <summary>Gets the signal strength in dBm, 0 when unknown.</summary>
        public int SignalStrengthDbm
        {
            get { return _inner.SignalStrengthDbm; }
        }

        /// <summary>Connects; after the first success starts SNTP.</summary>
        /// <param name="timeoutMs">The longest wait in ms.</param>
        /// <returns>True when connected.</returns>
        public bool Connect(int timeoutMs)
        {
            bool connected = _inner.Connect(timeoutMs);
            if (connected && !_syncStarted)
            {
                _syncStarted = true;
                _lastAttemptMs = _clock.MonotonicMs;
                _clock.SyncNow(FirstSyncTimeoutMs);
            }
            else if (connected && _clock.MonotonicMs - _lastAttemptMs >= ResyncIntervalMs)
            {
                _lastAttemptMs = _clock.MonotonicMs;
                _clock.SyncNow(ResyncTimeoutMs);
            }

            return connected;
        }

        /// <summary>Runs the inner link's stage-by-stage probe (see <see cref="ILinkProbe.Probe"/>); a link without one is
        /// timed by a plain connect.</summary>
        /// <param name="timeoutMs">The longest wait for each stage in ms.</param>
        /// <param name="result">Receives the stages.</param>
        public void Probe(int timeoutMs, LinkProbeResult result)
        {
            ILinkProbe probe = _inner as ILinkProbe;
            if (probe != null)
            {
                probe.Probe(timeoutMs, result);
                return;
            }

            result.Reset();
            long started = System.Environment.TickCount64;
            bool connected = _inner.Connect(timeoutMs);
            _inner.Disconnect();
            if (connected)
            {
                result.TcpConnectMs = System.Environment.TickCount64 - started;
            }
            else
            {
                result.Fail(LinkProbeStage.Tcp, "connect failed");
            }
        }

        /// <summary>Closes the connection.</summary>
        public void Disconnect()
        {
            _inner.Disconnect();
        }

        /// <summary>Sends bytes (see <see cref="INetworkLink.Send"/>).</summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="offset">The first byte.</param>
        /// <param name="count">The number of bytes.</param>
        /// <param name="timeoutMs">The longest wait in ms.</param>
        /// <returns>The bytes accepted.</returns>
        public int Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            return _inner.Send(buffer, offset, count, timeoutMs);
        }

        /// <summary>Receives bytes (see <see cref="INetworkLink.Receive"/>).</summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="offset">The first index to fill.</param>
        /// <param name="count">The most bytes.</param>
        /// <param name="timeoutMs">The longest wait in ms.</param>
        /// <returns>The bytes received, 0 when none in time.</returns>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            return _inner.Receive(buffer, offset, count, timeoutMs);
        }
    }
}
