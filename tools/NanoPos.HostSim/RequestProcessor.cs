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
    /// MTIs: 0800 → 0810 (sign-on, echo), 0200 → 0210 (sale, void, balance), 0220/0221 → 0230 (refund),
    /// 0400/0401 → 0410 (reversal), 0500 → 0510 (settlement), 0320 → 0330 (batch upload). Any other request,
    /// advice or notification MTI is answered with MTI + 10 and response code 12; a message whose MTI is itself
    /// a response (third digit 1 or 3) gets no answer and the connection is closed.
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
        /// <param name="rules">The decision rules (blocked cards).</param>
        /// <param name="time">The clock (null: the system clock).</param>
        /// <param name="seed">The seed of the authorization codes: the same seed and requests give the same codes.</param>
        public RequestProcessor(Ledger ledger, DecisionRules rules, TimeProvider time = null, int seed = 0)
        {
            ArgumentNullException.ThrowIfNull(ledger);
            ArgumentNullException.ThrowIfNull(rules);
            _context = new ProcessingContext(ledger, rules, time ?? TimeProvider.System, seed);
            _financial = new FinancialHandler(_context);
            _reversals = new ReversalHandler(_context);
            _settlement = new SettlementHandler(_context);
            _network = new NetworkHandler(_context);
        }

        /// <summary>Gets the ledger.</summary>
        public Ledger Ledger => _context.Ledger;

        /// <summary>Gets the decision rules.</summary>
        public DecisionRules Rules => _context.Rules;

        /// <summary>Decides a request and records it in the ledger.</summary>
        /// <param name="request">The request (it is read, not changed).</param>
        /// <returns>The response (null: close the connection) and what happened to the ledger.</returns>
        /// <exception cref="System.IO.IOException">The ledger's log file could not be written (the decision stays in memory; send no answer).</exception>
        public ProcessingResult Process(IsoMessage request)
        {
            ArgumentNullException.ThrowIfNull(request);
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

            return result;
        }

        /// <summary>
        /// Answers a request with 91 (issuer or switch inoperative) without deciding it: the maintenance window and
        /// the "answer91" fault. Nothing is recorded.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <returns>The response, or null for a message that expects none (the connection is closed).</returns>
        public IsoMessage AnswerUnavailable(IsoMessage request)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!RequestFields.ExpectsResponse(request.Mti))
            {
                return null;
            }

            IsoMessage response = ResponseBuilder.Create(request, Mti.ResponseOf(request.Mti), ResponseCodes.IssuerUnavailable, ResponseBuilder.FinancialEcho);
            _context.SetSettlementDate(response);
            return response;
        }

        /// <summary>Tells whether an effect records a decision (fsynced before the answer) rather than only counting a repeat.</summary>
        private static bool IsDecision(LedgerEffect effect)
        {
            return effect != LedgerEffect.None && effect != LedgerEffect.Replayed && effect != LedgerEffect.Refused && effect != LedgerEffect.ReversalRepeated;
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
