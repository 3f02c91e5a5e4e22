using System.IO;
using NanoPos.Hal;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// A link that counts the writes (<see cref="INetworkLink.Send"/> calls) going to the link underneath and, when
    /// armed, fails the next write with <see cref="IOException"/> without passing a byte on: a write that fails where the
    /// link cannot know how much left, which the contract says may have delivered the request.
    /// </summary>
    internal sealed class WriteCountingLink : INetworkLink
    {
        private readonly INetworkLink _inner;
        private bool _failNextWrite;

        internal WriteCountingLink(INetworkLink inner)
        {
            _inner = inner;
        }

        /// <summary>Gets the number of Send calls made so far.</summary>
        internal int Writes { get; private set; }

        public LinkState State
        {
            get { return _inner.State; }
        }

        public int SignalStrengthDbm
        {
            get { return _inner.SignalStrengthDbm; }
        }

        /// <summary>Makes the next Send throw IOException (the connection broke in the write) and drop the connection.</summary>
        internal void FailNextWrite()
        {
            _failNextWrite = true;
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
            Writes++;
            if (_failNextWrite)
            {
                _failNextWrite = false;
                _inner.Disconnect();
                throw new IOException("The connection broke during the write.");
            }

            return _inner.Send(buffer, offset, count, timeoutMs);
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            return _inner.Receive(buffer, offset, count, timeoutMs);
        }
    }
}
