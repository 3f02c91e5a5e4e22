using NanoPos.Hal;
using NanoPos.Hal.Esp32;

namespace NanoPos.App
{
    /// <summary>
    /// The acquirer link that also starts the clock's time sync (SNTP) after its first successful connection, when the
    /// network is known to be up (Esp32Clock.StartTimeSync asks for exactly that). Everything else is passed through.
    /// </summary>
    public sealed class TimeSyncLink : INetworkLink
    {
        private readonly INetworkLink _inner;
        private readonly Esp32Clock _clock;
        private bool _syncStarted;

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
                _clock.StartTimeSync(null, null);
            }

            return connected;
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
