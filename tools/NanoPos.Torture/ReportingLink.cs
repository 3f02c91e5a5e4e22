using System.IO;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;

namespace NanoPos.Torture
{
    /// <summary>
    /// The terminal's link: an <see cref="InMemoryLink"/> with one more fault it does not have: the next request
    /// frame is delivered whole, and then the send reports the link lost (the bytes left before the error came back).
    /// </summary>
    internal sealed class ReportingLink : INetworkLink
    {
        private readonly InMemoryLink _inner;
        private bool _failAfterFrame;

        internal ReportingLink(InMemoryLink inner)
        {
            _inner = inner;
        }

        internal InMemoryLink Inner => _inner;

        public LinkState State => _inner.State;

        public int SignalStrengthDbm => _inner.SignalStrengthDbm;

        /// <summary>Arms the fault: the send that completes the next frame (length header + body) delivers it, then throws.</summary>
        internal void FailAfterNextFrame()
        {
            _failAfterFrame = true;
            _seen = 0;
            _headerLength = 0;
        }

        /// <summary>Disarms the fault if it has not fired.</summary>
        internal void Disarm()
        {
            _failAfterFrame = false;
        }

        private readonly FrameCodec _frames = new FrameCodec(CupTerminalProfile.Instance);
        private readonly byte[] _header = new byte[8];
        private int _seen;
        private int _headerLength;

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
            int sent = _inner.Send(buffer, offset, count, timeoutMs);
            if (!_failAfterFrame)
            {
                return sent;
            }

            int headerBytes = _frames.HeaderLength;
            for (int i = 0; i < sent && _headerLength < headerBytes; i++)
            {
                _header[_headerLength++] = buffer[offset + i];
            }

            _seen += sent;
            if (_headerLength < headerBytes || _seen < headerBytes + _frames.ReadLength(_header, 0))
            {
                return sent;
            }

            _failAfterFrame = false;
            _inner.Disconnect();
            throw new IOException("The link reported a failure after the whole frame had left.");
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            return _inner.Receive(buffer, offset, count, timeoutMs);
        }
    }
}
