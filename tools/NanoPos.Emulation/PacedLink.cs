using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The link of the paced mode: an <see cref="InMemoryLink"/> on a private clock, whose waits (a refused connection's
    /// timeout, an answer's delay, a response timeout) are then lived through on the shared simulated time, which only
    /// the caller moves. So a 40-second host delay lasts 40 simulated seconds on the worker thread while the screens
    /// keep ticking, instead of passing in an instant.
    /// </summary>
    internal sealed class PacedLink : INetworkLink, ILinkProbe
    {
        private readonly SharedClock _main;
        private readonly ManualClock _linkClock;

        internal PacedLink(SharedClock main, ManualClock linkClock, IHostEndpoint host)
        {
            _main = main;
            _linkClock = linkClock;
            Inner = new InMemoryLink(linkClock, host);
        }

        /// <summary>Gets the in-memory link underneath (the host delivers into it; faults are set on it).</summary>
        internal InMemoryLink Inner { get; }

        public LinkState State => Inner.State;

        public int SignalStrengthDbm => Inner.SignalStrengthDbm;

        public bool Connect(int timeoutMs)
        {
            Sync();
            try
            {
                return Inner.Connect(timeoutMs);
            }
            finally
            {
                Settle();
            }
        }

        public void Disconnect()
        {
            Inner.Disconnect();
        }

        /// <summary>The in-memory link's stage-by-stage probe (radio, name, TCP), lived through on the shared time.</summary>
        public void Probe(int timeoutMs, LinkProbeResult result)
        {
            Sync();
            try
            {
                Inner.Probe(timeoutMs, result);
            }
            finally
            {
                Settle();
            }
        }

        public int Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            Sync();
            try
            {
                return Inner.Send(buffer, offset, count, timeoutMs);
            }
            finally
            {
                Settle();
            }
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            Sync();
            try
            {
                return Inner.Receive(buffer, offset, count, timeoutMs);
            }
            finally
            {
                Settle();
            }
        }

        private void Sync()
        {
            // The link's clock catches up with the shared time that passed since its last call.
            long gap = _main.MonotonicMs - _linkClock.MonotonicMs;
            if (gap > 0)
            {
                _linkClock.Advance(gap);
            }
        }

        private void Settle()
        {
            // Whatever the in-memory link waited through on its own clock, the worker now waits for on the shared one.
            _main.WaitUntil(_linkClock.MonotonicMs);
        }
    }
}
