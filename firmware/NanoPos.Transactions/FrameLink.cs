using System;
using System.IO;
using NanoPos.Hal;
using NanoPos.Iso8583;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Whole frames over an <see cref="INetworkLink"/>, in one reused buffer: pack a request, send it within the send
    /// timeout, read an answer's length header and body within a deadline, unpack it. What the bytes mean (which answer,
    /// its MAC, its fields) is <see cref="HostExchange"/>'s business; the buffer stays readable until the next frame so
    /// the MAC can be computed and checked over the exact bytes.
    /// </summary>
    internal sealed class FrameLink
    {
        private readonly EngineOptions _options;
        private readonly INetworkLink _link;
        private readonly IClock _clock;
        private readonly FrameCodec _codec;
        private readonly byte[] _buffer;
        private readonly byte[] _tpdu = new byte[Iso8583.Tpdu.Length];
        private int _frameLength;

        internal FrameLink(EngineOptions options, INetworkLink link, IClock clock, MessageProfile profile, int maxFrameLength)
        {
            _options = options;
            _link = link;
            _clock = clock;
            _codec = new FrameCodec(profile);
            _buffer = new byte[maxFrameLength];
        }

        /// <summary>Gets the frame buffer: the last request packed, or the last answer read.</summary>
        internal byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Gets the length in bytes of the last answer read (length header included).</summary>
        internal int FrameLength
        {
            get { return _frameLength; }
        }

        /// <summary>Gets the index of the MTI's first byte in a frame (after the length header and TPDU).</summary>
        internal int MtiOffset
        {
            get { return _codec.HeaderLength + _tpdu.Length; }
        }

        /// <summary>Packs a request with the configured TPDU into the buffer.</summary>
        /// <param name="request">The request.</param>
        /// <returns>The frame length in bytes.</returns>
        /// <exception cref="IsoFormatException">The request cannot be packed.</exception>
        internal int Pack(IsoMessage request)
        {
            return _codec.Pack(request, _options.Tpdu, _buffer, 0);
        }

        /// <summary>Zeroes the buffer, which held the last request's PAN and PIN block.</summary>
        internal void Wipe()
        {
            Array.Clear(_buffer, 0, _buffer.Length);
        }

        /// <summary>Sends the first <paramref name="length"/> bytes of the buffer, bounded by the send timeout.</summary>
        /// <param name="length">The frame length in bytes.</param>
        /// <returns>Response (all sent), NothingSent (no byte left) or LinkLost (part or all may have left).</returns>
        internal ExchangeStatus Send(int length)
        {
            int sent = 0;
            long deadline = _clock.MonotonicMs + _options.SendTimeoutMs;
            try
            {
                while (sent < length)
                {
                    long left = deadline - _clock.MonotonicMs;
                    if (left < 1)
                    {
                        return sent == 0 ? ExchangeStatus.NothingSent : ExchangeStatus.LinkLost;
                    }

                    // The whole frame in one write (one TLS record on the board); more calls only when the link took
                    // part of it before its timeout. A return value counts exactly the bytes that left.
                    sent += _link.Send(_buffer, sent, length - sent, (int)left);
                }
            }
            catch (InvalidOperationException)
            {
                // The link knew it was not connected before writing (INetworkLink.Send): this call sent nothing.
                return sent == 0 ? ExchangeStatus.NothingSent : ExchangeStatus.LinkLost;
            }
            catch (IOException)
            {
                // The connection failed during the write: any of its bytes may have reached the host.
                return ExchangeStatus.LinkLost;
            }

            return ExchangeStatus.Response;
        }

        /// <summary>Reads one whole frame into the buffer and unpacks it, until the deadline.</summary>
        /// <param name="response">Receives the message.</param>
        /// <param name="deadline">The monotonic time in ms after which the wait ends.</param>
        /// <returns>Response, Timeout, LinkLost or Malformed (undecodable).</returns>
        internal ExchangeStatus Read(IsoMessage response, long deadline)
        {
            int header = _codec.HeaderLength;
            ExchangeStatus status = ReadExactly(0, header, deadline);
            if (status != ExchangeStatus.Response)
            {
                return status;
            }

            try
            {
                int body = _codec.ReadLength(_buffer, 0);
                if (body < 1 || header + body > _buffer.Length)
                {
                    return ExchangeStatus.Malformed;
                }

                status = ReadExactly(header, body, deadline);
                if (status != ExchangeStatus.Response)
                {
                    return status;
                }

                _codec.Unpack(_buffer, 0, header + body, response, _tpdu);
                _frameLength = header + body;
                return ExchangeStatus.Response;
            }
            catch (IsoFormatException)
            {
                return ExchangeStatus.Malformed;
            }
        }

        private ExchangeStatus ReadExactly(int offset, int count, long deadline)
        {
            int read = 0;
            try
            {
                while (read < count)
                {
                    long left = deadline - _clock.MonotonicMs;
                    if (left <= 0)
                    {
                        return ExchangeStatus.Timeout;
                    }

                    read += _link.Receive(_buffer, offset + read, count - read, (int)left);
                }
            }
            catch (IOException)
            {
                return ExchangeStatus.LinkLost;
            }
            catch (InvalidOperationException)
            {
                return ExchangeStatus.LinkLost;
            }

            return ExchangeStatus.Response;
        }
    }
}
