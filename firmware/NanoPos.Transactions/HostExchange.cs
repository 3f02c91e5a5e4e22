using System;
using System.IO;
using NanoPos.Hal;
using NanoPos.Iso8583;

namespace NanoPos.Transactions
{
    /// <summary>
    /// One request/response exchange with the acquirer over an <see cref="INetworkLink"/>: connect, send the
    /// framed request, read frames until the answer or the deadline, then disconnect. Every wait is bounded by the
    /// options; a connection lives for one exchange only, so a late or duplicated answer can never be taken for the
    /// answer to a later request.
    /// </summary>
    /// <remarks>
    /// Which frame is the answer: a frame whose STAN (field 11) differs from the request's answers another request (a
    /// late or stray answer); it is dropped and the wait goes on (the late-answer rule). Any other frame is taken as the
    /// answer and checked against the request by <see cref="AnswerCheck"/>; one that fails, like a frame that cannot be
    /// decoded, is a malformed answer (<see cref="ExchangeStatus.Malformed"/>, counted in <see cref="MalformedAnswers"/>
    /// with its field in <see cref="LastAnswerFault"/>), and the wait ends: for a sale, void or refund that means a
    /// reversal at once.
    /// </remarks>
    public sealed class HostExchange
    {
        /// <summary>The largest frame accepted from the host, in bytes.</summary>
        public const int MaxFrameLength = 1024;

        private readonly EngineOptions _options;
        private readonly INetworkLink _link;
        private readonly IClock _clock;
        private readonly FrameCodec _frames;
        private readonly byte[] _buffer = new byte[MaxFrameLength];
        private readonly byte[] _tpdu = new byte[Iso8583.Tpdu.Length];
        private int _exchanges;
        private int _discarded;
        private int _malformed;
        private AnswerFault _lastFault;

        /// <summary>Creates the exchange helper.</summary>
        /// <param name="options">Timeouts, TPDU, terminal ID.</param>
        /// <param name="link">The network link to the host.</param>
        /// <param name="clock">The monotonic clock for deadlines.</param>
        /// <param name="profile">The message profile (CUP terminal).</param>
        public HostExchange(EngineOptions options, INetworkLink link, IClock clock, MessageProfile profile)
        {
            _options = options;
            _link = link;
            _clock = clock;
            _frames = new FrameCodec(profile);
        }

        /// <summary>Gets how many exchanges were attempted (round trips with the host).</summary>
        public int Exchanges
        {
            get { return _exchanges; }
        }

        /// <summary>Gets how many frames arrived for another STAN (late or stray answers) and were dropped.</summary>
        public int DiscardedFrames
        {
            get { return _discarded; }
        }

        /// <summary>
        /// Gets how many malformed answers arrived since start: frames that could not be decoded, and answers with the
        /// request's STAN that failed <see cref="AnswerCheck"/> (for the health report).
        /// </summary>
        public int MalformedAnswers
        {
            get { return _malformed; }
        }

        /// <summary>Gets why the last malformed answer failed (<see cref="AnswerFault.None"/> before the first).</summary>
        public AnswerFault LastAnswerFault
        {
            get { return _lastFault; }
        }

        /// <summary>Runs one whole exchange: open, send, wait for the answer, close.</summary>
        /// <param name="request">The request; its STAN (field 11) identifies the answer, <see cref="AnswerCheck"/> validates it.</param>
        /// <param name="response">Receives the matching answer when the status is <see cref="ExchangeStatus.Response"/>.</param>
        /// <param name="responseTimeoutMs">The longest wait for the answer after sending, in ms.</param>
        /// <returns>What happened.</returns>
        /// <exception cref="IsoFormatException">The request itself cannot be packed (a programming error upstream).</exception>
        public ExchangeStatus Exchange(IsoMessage request, IsoMessage response, int responseTimeoutMs)
        {
            try
            {
                if (!Open())
                {
                    return ExchangeStatus.ConnectFailed;
                }

                ExchangeStatus sent = Send(request);
                return sent != ExchangeStatus.Response ? sent : Await(request, response, responseTimeoutMs);
            }
            finally
            {
                Close();
            }
        }

        /// <summary>Opens the connection, bounded by the connect timeout. Counts one round trip.</summary>
        /// <returns>True when connected.</returns>
        public bool Open()
        {
            _exchanges++;
            try
            {
                return _link.Connect(_options.ConnectTimeoutMs);
            }
            catch (IOException)
            {
                return false;
            }
        }

        /// <summary>Sends a request frame, bounded by the send timeout.</summary>
        /// <param name="request">The request.</param>
        /// <returns><see cref="ExchangeStatus.Response"/> when all of it was sent (the name means "go on"),
        /// <see cref="ExchangeStatus.NothingSent"/> when no byte left (the link was down before the write, or took
        /// nothing before the send timeout), <see cref="ExchangeStatus.LinkLost"/> when part or all of it may have left.</returns>
        /// <exception cref="IsoFormatException">The request cannot be packed.</exception>
        public ExchangeStatus Send(IsoMessage request)
        {
            int length = _frames.Pack(request, _options.Tpdu, _buffer, 0);
            return Send(length);
        }

        /// <summary>Waits for the answer to a request until the deadline, dropping frames for another STAN.</summary>
        /// <param name="request">The request sent.</param>
        /// <param name="response">Receives the answer.</param>
        /// <param name="timeoutMs">The longest wait in ms.</param>
        /// <returns><see cref="ExchangeStatus.Response"/> (the answer passed <see cref="AnswerCheck"/>), Timeout, LinkLost or
        /// Malformed (see <see cref="LastAnswerFault"/>).</returns>
        public ExchangeStatus Await(IsoMessage request, IsoMessage response, int timeoutMs)
        {
            return AwaitUntil(request, response, _clock.MonotonicMs + timeoutMs);
        }

        /// <summary>
        /// Closes the connection (whatever arrives later is lost with it) and wipes the frame buffer, which held the
        /// last request's PAN and PIN block. Safe to call twice.
        /// </summary>
        public void Close()
        {
            _link.Disconnect();
            Array.Clear(_buffer, 0, _buffer.Length);
        }

        private ExchangeStatus Send(int length)
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

        private ExchangeStatus AwaitUntil(IsoMessage request, IsoMessage response, long deadline)
        {
            string stan = request.GetString(11);
            while (true)
            {
                ExchangeStatus read = ReadFrame(response, deadline);
                if (read == ExchangeStatus.Malformed)
                {
                    return Malformed(AnswerFault.Undecodable);
                }

                if (read != ExchangeStatus.Response)
                {
                    return read;
                }

                // Another STAN: the answer to some other request, late or stray. It says nothing about this one: drop it
                // and keep waiting, so that it can never revive or settle anything.
                string answered = response.GetString(11);
                if (answered != null && answered != stan)
                {
                    _discarded++;
                    continue;
                }

                // This request's STAN (or none at all): the host's answer to it, and it must match it in full.
                AnswerFault fault = AnswerCheck.Check(request, response);
                return fault == AnswerFault.None ? ExchangeStatus.Response : Malformed(fault);
            }
        }

        private ExchangeStatus Malformed(AnswerFault fault)
        {
            _malformed++;
            _lastFault = fault;
            return ExchangeStatus.Malformed;
        }

        private ExchangeStatus ReadFrame(IsoMessage response, long deadline)
        {
            int header = _frames.HeaderLength;
            ExchangeStatus status = ReadExactly(0, header, deadline);
            if (status != ExchangeStatus.Response)
            {
                return status;
            }

            try
            {
                int body = _frames.ReadLength(_buffer, 0);
                if (body < 1 || header + body > _buffer.Length)
                {
                    return ExchangeStatus.Malformed;
                }

                status = ReadExactly(header, body, deadline);
                if (status != ExchangeStatus.Response)
                {
                    return status;
                }

                _frames.Unpack(_buffer, 0, header + body, response, _tpdu);
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
