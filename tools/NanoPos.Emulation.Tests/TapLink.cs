using System;
using System.Collections.Generic;
using System.IO;
using NanoPos.Hal;
using NanoPos.Iso8583;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// A link that keeps a copy of the plaintext bytes each way, connection by connection, and cuts them into frames
    /// (2-byte length + body, the CUP profile). The wire is not scanned (it carries the card number by design, and TLS
    /// protects it); its frames feed `nanopos decode` and tell the scan which PIN blocks and keys travelled.
    /// </summary>
    public sealed class TapLink : INetworkLink
    {
        private readonly INetworkLink _inner;
        private readonly List<MemoryStream> _sent = new List<MemoryStream>();
        private readonly List<MemoryStream> _received = new List<MemoryStream>();

        /// <summary>Wraps a link.</summary>
        public TapLink(INetworkLink inner)
        {
            _inner = inner;
        }

        /// <inheritdoc/>
        public LinkState State => _inner.State;

        /// <inheritdoc/>
        public int SignalStrengthDbm => _inner.SignalStrengthDbm;

        /// <inheritdoc/>
        public bool Connect(int timeoutMs)
        {
            _sent.Add(new MemoryStream());
            _received.Add(new MemoryStream());
            return _inner.Connect(timeoutMs);
        }

        /// <inheritdoc/>
        public void Disconnect() => _inner.Disconnect();

        /// <inheritdoc/>
        public int Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            int sent = _inner.Send(buffer, offset, count, timeoutMs);
            _sent[^1].Write(buffer, offset, sent);
            return sent;
        }

        /// <inheritdoc/>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            int read = _inner.Receive(buffer, offset, count, timeoutMs);
            _received[^1].Write(buffer, offset, Math.Max(0, read));
            return read;
        }

        /// <summary>Gets every byte that went either way, connection by connection (sent, then received).</summary>
        public byte[] AllBytes()
        {
            var all = new MemoryStream();
            for (int i = 0; i < _sent.Count; i++)
            {
                _sent[i].WriteTo(all);
                _received[i].WriteTo(all);
            }

            return all.ToArray();
        }

        /// <summary>Gets the whole frames the terminal sent.</summary>
        public List<byte[]> SentFrames() => Frames(_sent);

        /// <summary>Gets the whole frames the terminal received.</summary>
        public List<byte[]> ReceivedFrames() => Frames(_received);

        private static List<byte[]> Frames(List<MemoryStream> connections)
        {
            var codec = new FrameCodec(CupTerminalProfile.Instance);
            var frames = new List<byte[]>();
            foreach (MemoryStream connection in connections)
            {
                byte[] bytes = connection.ToArray();
                int at = 0;
                while (bytes.Length - at >= codec.HeaderLength)
                {
                    int total = codec.HeaderLength + codec.ReadLength(bytes, at);
                    if (bytes.Length - at < total)
                    {
                        break;
                    }

                    frames.Add(bytes.AsSpan(at, total).ToArray());
                    at += total;
                }
            }

            return frames;
        }
    }
}
