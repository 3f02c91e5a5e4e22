using System;
using NanoPos.Hal;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// A link whose driver fails, on the first receive, with an exception no caller expects (the heap is
    /// exhausted): connect and send go through to the link underneath, so the request is out when it throws. Until
    /// <see cref="Armed"/> is set it is a plain link (so the terminal can sign on through it first).
    /// </summary>
    internal sealed class CrashingLink : INetworkLink
    {
        private readonly INetworkLink _inner;

        internal CrashingLink(INetworkLink inner)
        {
            _inner = inner;
            Armed = true;
        }

        /// <summary>Gets or sets whether a receive fails (true from creation).</summary>
        internal bool Armed { get; set; }

        public LinkState State
        {
            get { return _inner.State; }
        }

        public int SignalStrengthDbm
        {
            get { return _inner.SignalStrengthDbm; }
        }

        public bool Connect(int timeoutMs)
        {
            return _inner.Connect(timeoutMs);
        }

        public void Disconnect()
        {
            _inner.Disconnect();
        }

        public int Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            return _inner.Send(buffer, offset, count, timeoutMs);
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (!Armed)
            {
                return _inner.Receive(buffer, offset, count, timeoutMs);
            }

            throw new OutOfMemoryException();
        }
    }
}
