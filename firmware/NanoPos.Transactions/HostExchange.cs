using System;
using System.IO;
using NanoPos.Hal;
using NanoPos.Iso8583;
using NanoPos.Security;

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
    /// <para>MAC (field 64): every request but a sign-on is sent with the CUP MAC under the MAK of <see cref="KeyRing"/>,
    /// and the answer to a MACed request must carry a valid MAC of its own bytes: a missing or wrong one is a malformed
    /// answer (<see cref="AnswerFault.MissingMac"/>, <see cref="AnswerFault.BadMac"/>), checked before anything in it is
    /// read, so a forged approval, reversal acknowledgement or settlement answer is never believed. A request that
    /// needs a MAC while no MAK is loaded is not sent at all (<see cref="ExchangeStatus.NothingSent"/>). A sign-on is
    /// not MACed (its answer brings the keys) and is trusted only through the check values of the keys it
    /// carries.</para>
    /// <para>History: every exchange opened by <see cref="Open"/> ends exactly once in <see cref="History"/>, whether the
    /// caller runs <see cref="Exchange"/> or <see cref="Open"/>, <see cref="Send"/> and <see cref="Await"/> itself: a failed
    /// connect ends it at once (<see cref="ExchangeEnding.ConnectFailed"/>), a send that did not go through ends it in
    /// <see cref="Send"/>, a wait ends it in <see cref="Await"/> (an answer by its response code: 91, 96, or any other),
    /// and <see cref="Close"/> ends one that a driver's exception left open (see <see cref="Close"/>).</para>
    /// </remarks>
    public sealed class HostExchange
    {
        /// <summary>The largest frame accepted from the host, in bytes.</summary>
        public const int MaxFrameLength = 1024;

        private readonly EngineOptions _options;
        private readonly INetworkLink _link;
        private readonly IClock _clock;
        private readonly FrameLink _frames;
        private readonly byte[] _macPlaceholder = new byte[FrameMac.Length];
        private readonly KeyRing _keys;
        private TripleDes _requestMak;
        private bool _signOnNeeded;
        private int _exchanges;
        private int _discarded;
        private int _malformed;
        private AnswerFault _lastFault;

        private readonly ExchangeTracker _tracker;

        /// <summary>Creates the exchange helper.</summary>
        /// <param name="options">Timeouts, TPDU, terminal ID.</param>
        /// <param name="link">The network link to the host.</param>
        /// <param name="clock">The monotonic clock for deadlines.</param>
        /// <param name="profile">The message profile (CUP terminal).</param>
        /// <param name="keys">The keys: the MAK signs requests and checks answers.</param>
        public HostExchange(EngineOptions options, INetworkLink link, IClock clock, MessageProfile profile, KeyRing keys)
        {
            _options = options;
            _keys = keys;
            _link = link;
            _clock = clock;
            _frames = new FrameLink(options, link, clock, profile, MaxFrameLength);
            _tracker = new ExchangeTracker(clock);
        }

        /// <summary>Gets how many exchanges were attempted (round trips with the host).</summary>
        public int Exchanges
        {
            get { return _exchanges; }
        }

        /// <summary>
        /// Gets how the last exchanges ended (<see cref="ExchangeHistory.DefaultCapacity"/> of them), with the link's up time
        /// and last failure, on this exchange's monotonic clock: one ending per exchange opened, for the health report.
        /// </summary>
        public ExchangeHistory History
        {
            get { return _tracker.History; }
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

        /// <summary>
        /// Gets or sets whether the host said the terminal's keys are out of step (an answer with code A0, "MAC
        /// error"): the next thing to do is a sign-on. The engine reads and clears it.
        /// </summary>
        public bool SignOnNeeded
        {
            get { return _signOnNeeded; }
            set { _signOnNeeded = value; }
        }

        /// <summary>Gets whether a MAC key is loaded, so that a request other than a sign-on can be sent.</summary>
        public bool CanAuthenticate
        {
            get { return _keys != null && _keys.MacKey != null; }
        }

        /// <summary>Gets whether a message is a sign-on request (0800, network code 003), the one request sent without a MAC.</summary>
        /// <param name="request">The request.</param>
        /// <returns>True for a sign-on.</returns>
        public static bool IsSignOn(IsoMessage request)
        {
            if (request.Mti != Mti.NetworkRequest)
            {
                return false;
            }

            string field60 = request.GetString(60);
            return field60 != null && field60.Length >= 11 && field60[8] == '0' && field60[9] == '0' && field60[10] == '3';
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

        /// <summary>
        /// Opens the connection, bounded by the connect timeout. Counts one round trip, whose ending goes into
        /// <see cref="History"/>: <see cref="ExchangeEnding.ConnectFailed"/> at once when no connection opens, otherwise
        /// in <see cref="Send"/>, <see cref="Await"/> or <see cref="Close"/>.
        /// </summary>
        /// <returns>True when connected.</returns>
        public bool Open()
        {
            // An exchange still open here was cut short by an exception and never closed: it ends now, once.
            _tracker.Opening();
            _exchanges++;
            bool connected;
            try
            {
                connected = _link.Connect(_options.ConnectTimeoutMs);
            }
            catch (IOException)
            {
                connected = false;
            }

            _tracker.Opened(connected);
            return connected;
        }

        /// <summary>
        /// Sends a request frame, bounded by the send timeout. When it does not all go out, the exchange ends here in
        /// <see cref="History"/> (<see cref="ExchangeEnding.NothingSent"/> or <see cref="ExchangeEnding.LinkLost"/>).
        /// </summary>
        /// <param name="request">The request.</param>
        /// <returns><see cref="ExchangeStatus.Response"/> when all of it was sent (the name means "go on"),
        /// <see cref="ExchangeStatus.NothingSent"/> when no byte left (the link was down before the write, or took
        /// nothing before the send timeout), <see cref="ExchangeStatus.LinkLost"/> when part or all of it may have left.</returns>
        /// <exception cref="IsoFormatException">The request cannot be packed.</exception>
        public ExchangeStatus Send(IsoMessage request)
        {
            // Ends the exchange in the history unless the request went through (then Await ends it).
            ExchangeStatus sent = SendFrame(request);
            _tracker.Sent(sent);
            return sent;
        }

        /// <summary>
        /// Waits for the answer to a request until the deadline, dropping frames for another STAN. The exchange ends here
        /// in <see cref="History"/>: a checked answer by its response code (91, 96, any other), or timeout, link lost,
        /// malformed, MAC failure.
        /// </summary>
        /// <param name="request">The request sent.</param>
        /// <param name="response">Receives the answer.</param>
        /// <param name="timeoutMs">The longest wait in ms.</param>
        /// <returns><see cref="ExchangeStatus.Response"/> (the answer passed <see cref="AnswerCheck"/>), Timeout, LinkLost or
        /// Malformed (see <see cref="LastAnswerFault"/>).</returns>
        public ExchangeStatus Await(IsoMessage request, IsoMessage response, int timeoutMs)
        {
            ExchangeStatus status = AwaitUntil(request, response, _clock.MonotonicMs + timeoutMs);
            _tracker.Answered(status, response, _lastFault);
            return status;
        }

        /// <summary>
        /// Closes the connection (whatever arrives later is lost with it) and wipes the frame buffer, which held the
        /// last request's PAN and PIN block. Safe to call twice. An exchange that has not ended yet (a driver threw
        /// during the connect, send or wait) ends here in <see cref="History"/>: <see cref="ExchangeEnding.ConnectFailed"/>
        /// before a connection, <see cref="ExchangeEnding.NothingSent"/> before the send, <see cref="ExchangeEnding.LinkLost"/>
        /// once it began.
        /// </summary>
        public void Close()
        {
            _tracker.Interrupted();
            _link.Disconnect();
            _frames.Wipe();
        }

        private ExchangeStatus SendFrame(IsoMessage request)
        {
            _requestMak = null;
            if (IsSignOn(request))
            {
                request.Remove(64);
                return SendPacked(_frames.Pack(request));
            }

            TripleDes mak = _keys == null ? null : _keys.MacKey;
            if (mak == null)
            {
                // No MAK (no sign-on yet, or the keys were refused): a request without its MAC would only be refused
                // by the host, and a reversal must not be spent that way. Nothing leaves.
                return ExchangeStatus.NothingSent;
            }

            request.Set(64, _macPlaceholder);
            int length = _frames.Pack(request);
            FrameMac.Sign(_frames.Buffer, _frames.MtiOffset, length, mak);
            _requestMak = mak;
            return SendPacked(length);
        }

        private ExchangeStatus SendPacked(int length)
        {
            _tracker.Sending();
            return _frames.Send(length);
        }

        private ExchangeStatus AwaitUntil(IsoMessage request, IsoMessage response, long deadline)
        {
            string stan = request.GetString(11);
            while (true)
            {
                ExchangeStatus read = _frames.Read(response, deadline);
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

                // This request's STAN (or none at all): the host's answer to it. Its MAC first: nothing in an answer
                // that fails it is trusted, not even its response code (A0 alone is acted on: a sign-on is harmless).
                AnswerFault fault = CheckMac(response);
                if (fault != AnswerFault.None)
                {
                    _signOnNeeded |= response.GetString(39) == "A0";
                    return Malformed(fault);
                }

                // ...then it must match the request in full.
                fault = AnswerCheck.Check(request, response);
                return fault == AnswerFault.None ? ExchangeStatus.Response : Malformed(fault);
            }
        }

        private AnswerFault CheckMac(IsoMessage response)
        {
            if (_requestMak == null)
            {
                return AnswerFault.None;
            }

            if (!response.Has(64))
            {
                return AnswerFault.MissingMac;
            }

            // Field 64 is the frame's last 8 bytes only when no field of the secondary bitmap follows it.
            for (int field = 65; field <= 128; field++)
            {
                if (response.Has(field))
                {
                    return AnswerFault.BadMac;
                }
            }

            return FrameMac.Verify(_frames.Buffer, _frames.MtiOffset, _frames.FrameLength, _requestMak) ? AnswerFault.None : AnswerFault.BadMac;
        }

        private ExchangeStatus Malformed(AnswerFault fault)
        {
            _malformed++;
            _lastFault = fault;
            return ExchangeStatus.Malformed;
        }

    }
}
