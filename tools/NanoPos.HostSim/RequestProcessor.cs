using System;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// The host's decisions, without sockets: one request message in, one response message out, and the ledger
    /// updated. Requests are decided one at a time (the ledger lock is held for each), so a repeat racing its
    /// original on another connection still sees it.
    /// </summary>
    /// <remarks>
    /// <para>Before anything is decided, the request's MAC (field 64) is checked under its terminal's MAC key
    /// (<see cref="HostSecurity"/>): a wrong one, one from a terminal without keys, or none while
    /// <see cref="HostSecurity.RequireMac"/> is on, is answered A0 and nothing is recorded. A sign-on is never checked.</para>
    /// <para>MTIs: 0800 → 0810 (sign-on, echo), 0200 → 0210 (sale, void, balance), 0220/0221 → 0230 (refund),
    /// 0400/0401 → 0410 (reversal), 0500 → 0510 (settlement), 0320 → 0330 (batch upload). Any other request,
    /// advice or notification MTI is answered with MTI + 10 and response code 12; a message whose MTI is itself
    /// a response (third digit 1 or 3) gets no answer and the connection is closed.</para>
    /// </remarks>
    public sealed class RequestProcessor
    {
        private readonly ProcessingContext _context;
        private readonly FinancialHandler _financial;
        private readonly ReversalHandler _reversals;
        private readonly SettlementHandler _settlement;
        private readonly NetworkHandler _network;

        /// <summary>Creates a processor.</summary>
        /// <param name="ledger">The ledger it records into.</param>
        /// <param name="rules">The decision rules (blocked cards, PINs).</param>
        /// <param name="time">The clock (null: the system clock).</param>
        /// <param name="seed">The seed of the authorization codes: the same seed and requests give the same codes.</param>
        /// <param name="security">The keys (null: a new <see cref="HostSecurity"/> with the demo TMK, MACs required).</param>
        public RequestProcessor(Ledger ledger, DecisionRules rules, TimeProvider time = null, int seed = 0, HostSecurity security = null)
        {
            ArgumentNullException.ThrowIfNull(ledger);
            ArgumentNullException.ThrowIfNull(rules);
            _context = new ProcessingContext(ledger, rules, security ?? new HostSecurity(), time ?? TimeProvider.System, seed);
            _financial = new FinancialHandler(_context);
            _reversals = new ReversalHandler(_context);
            _settlement = new SettlementHandler(_context);
            _network = new NetworkHandler(_context);
        }

        /// <summary>Gets the ledger.</summary>
        public Ledger Ledger => _context.Ledger;

        /// <summary>Gets the decision rules.</summary>
        public DecisionRules Rules => _context.Rules;

        /// <summary>Gets the keys: the TMK, the working keys issued at sign-on, whether a MAC is required.</summary>
        public HostSecurity Security => _context.Security;

        /// <summary>
        /// Decides a request and records it in the ledger. Its MAC, if any, is checked over the request packed again
        /// with the CUP profile: for in-process callers that hold no frame (use the overload with the received bytes
        /// when there is one).
        /// </summary>
        /// <param name="request">The request (it is read, not changed).</param>
        /// <returns>The response (null: close the connection) and what happened to the ledger.</returns>
        /// <exception cref="System.IO.IOException">The ledger's log file could not be written (the decision stays in memory; send no answer).</exception>
        public ProcessingResult Process(IsoMessage request)
        {
            return Process(request, null, 0, 0);
        }

        /// <summary>
        /// Checks a request's MAC over the bytes it arrived in, then decides it and records it in the ledger. A request
        /// whose MAC is wrong, missing while required, or sent by a terminal without keys is answered A0 and nothing is
        /// decided or recorded.
        /// </summary>
        /// <param name="request">The request (it is read, not changed).</param>
        /// <param name="message">The received bytes, or null (see <see cref="Process(IsoMessage)"/>).</param>
        /// <param name="offset">The index of the MTI's first byte (just after the TPDU).</param>
        /// <param name="count">The number of bytes from the MTI to the end of the frame.</param>
        /// <returns>The response (null: close the connection), what happened to the ledger and the MAC check.</returns>
        /// <exception cref="System.IO.IOException">The ledger's log file could not be written (the decision stays in memory; send no answer).</exception>
        public ProcessingResult Process(IsoMessage request, byte[] message, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(request);

            // A response sent to the host gets no answer at all, so there is nothing to check or refuse with A0.
            NanoPos.Security.TripleDes answerKey = null;
            MacCheck mac = RequestFields.ExpectsResponse(request.Mti)
                ? RequestMac.Check(_context.Security, request, message, offset, count, out answerKey)
                : MacCheck.NotSent;
            if (RequestMac.Refuses(mac))
            {
                return MacRefused(request, mac);
            }

            ProcessingResult result;
            lock (_context.Ledger.SyncRoot)
            {
                result = Dispatch(request);

                // Logged before the lock is released (lines stay in decision order) and before the answer leaves
                // (a decision the terminal heard of is on disk first).
                _context.Ledger.Commit(IsDecision(result.Effect));
            }

            if (result.Effect != LedgerEffect.None)
            {
                _context.Ledger.NotifyChanged();
            }

            result.Mac = mac;
            result.AnswerKey = result.Response != null ? answerKey : null;
            return result;
        }

        /// <summary>
        /// Answers a request with 91 (issuer or switch inoperative) without deciding it: the maintenance window and
        /// the "answer91" fault. Nothing is recorded. The MAC is checked over <paramref name="request"/> packed again.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <returns>The response, or null for a message that expects none (the connection is closed).</returns>
        public IsoMessage AnswerUnavailable(IsoMessage request)
        {
            return Unavailable(request, null, 0, 0).Response;
        }

        /// <summary>
        /// Answers a request with 91 without deciding it (maintenance window, the "answer91" fault); nothing is recorded.
        /// The MAC is checked first, as for <see cref="Process(IsoMessage, byte[], int, int)"/>: a refused request gets A0, a
        /// verified one a 91 that carries a MAC.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="message">The received bytes, or null to pack the request again.</param>
        /// <param name="offset">The index of the MTI's first byte.</param>
        /// <param name="count">The number of bytes from the MTI to the end of the frame.</param>
        /// <returns>The result; its response is null for a message that expects none (the connection is closed).</returns>
        public ProcessingResult Unavailable(IsoMessage request, byte[] message, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!RequestFields.ExpectsResponse(request.Mti))
            {
                return new ProcessingResult(null, LedgerEffect.None, null, null, null);
            }

            MacCheck mac = RequestMac.Check(_context.Security, request, message, offset, count, out NanoPos.Security.TripleDes answerKey);
            if (RequestMac.Refuses(mac))
            {
                return MacRefused(request, mac);
            }

            IsoMessage response = ResponseBuilder.Create(request, Mti.ResponseOf(request.Mti), ResponseCodes.IssuerUnavailable, ResponseBuilder.FinancialEcho);
            _context.SetSettlementDate(response);
            return new ProcessingResult(response, LedgerEffect.None, null, null, null) { Mac = mac, AnswerKey = answerKey };
        }

        /// <summary>Tells whether an effect records a decision (fsynced before the answer) rather than only counting a repeat.</summary>
        private static bool IsDecision(LedgerEffect effect)
        {
            return effect != LedgerEffect.None && effect != LedgerEffect.Replayed && effect != LedgerEffect.Refused && effect != LedgerEffect.ReversalRepeated;
        }

        private ProcessingResult MacRefused(IsoMessage request, MacCheck mac)
        {
            IsoMessage response = ResponseBuilder.Create(request, Mti.ResponseOf(request.Mti), ResponseCodes.MacError, ResponseBuilder.FinancialEcho);
            _context.SetSettlementDate(response);
            string note = mac switch
            {
                MacCheck.Missing => "no MAC (field 64) while one is required",
                MacCheck.NoKeys => "MAC from a terminal without working keys (no sign-on since the host started)",
                _ => "MAC (field 64) does not match the request",
            };
            return new ProcessingResult(response, LedgerEffect.None, RequestFields.Key(request), null, note + ": answered A0, nothing decided") { Mac = mac };
        }

        private ProcessingResult Dispatch(IsoMessage request)
        {
            switch (request.Mti)
            {
                case Mti.NetworkRequest:
                    return _network.Handle(request);
                case Mti.FinancialRequest:
                case Mti.AdviceRequest:
                case Mti.AdviceRequest + 1:
                    return _financial.Handle(request);
                case Mti.ReversalRequest:
                case Mti.ReversalRepeat:
                    return _reversals.Handle(request);
                case Mti.SettlementRequest:
                    return _settlement.Settle(request);
                case Mti.BatchUploadRequest:
                    return _settlement.Upload(request);
            }

            if (!RequestFields.ExpectsResponse(request.Mti))
            {
                return new ProcessingResult(null, LedgerEffect.None, RequestFields.Key(request), null, "MTI " + Mti.Format(request.Mti) + " is a response: the host does not answer it and closes the connection");
            }

            return _context.InvalidTransaction(request, "MTI " + Mti.Format(request.Mti) + " is not one the host handles");
        }
    }
}
