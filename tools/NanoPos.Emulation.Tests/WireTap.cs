using System;
using System.Collections.Generic;
using System.Linq;
using NanoPos.Hal;

namespace NanoPos.Emulation.Tests
{
    /// <summary>A link that passes everything through and keeps a copy of every byte each way: what an eavesdropper on the wire sees.</summary>
    internal sealed class WireTap : INetworkLink
    {
        private readonly INetworkLink _inner;
        private readonly List<byte[]> _sent = new List<byte[]>();
        private readonly List<byte[]> _received = new List<byte[]>();

        internal WireTap(INetworkLink inner)
        {
            _inner = inner;
        }

        public LinkState State => _inner.State;

        public int SignalStrengthDbm => _inner.SignalStrengthDbm;

        /// <summary>Gets every write that reached the link, in order.</summary>
        internal IReadOnlyList<byte[]> Sent
        {
            get
            {
                lock (_sent)
                {
                    return _sent.ToArray();
                }
            }
        }

        /// <summary>Gets every chunk the link handed up, in order.</summary>
        internal IReadOnlyList<byte[]> Received
        {
            get
            {
                lock (_received)
                {
                    return _received.ToArray();
                }
            }
        }

        /// <summary>Gets all the bytes both ways, one after the other.</summary>
        internal byte[] All => Sent.Concat(Received).SelectMany(b => b).ToArray();

        public bool Connect(int timeoutMs) => _inner.Connect(timeoutMs);

        public void Disconnect() => _inner.Disconnect();

        public int Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            int n = _inner.Send(buffer, offset, count, timeoutMs);
            lock (_sent)
            {
                _sent.Add(buffer.AsSpan(offset, n).ToArray());
            }

            return n;
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            int n = _inner.Receive(buffer, offset, count, timeoutMs);
            lock (_received)
            {
                if (n > 0)
                {
                    _received.Add(buffer.AsSpan(offset, n).ToArray());
                }
            }

            return n;
        }

        /// <summary>Tells whether a byte sequence occurs anywhere in what the tap saw.</summary>
        internal bool Contains(byte[] needle)
        {
            return All.AsSpan().IndexOf(needle) >= 0;
        }
    }
}
