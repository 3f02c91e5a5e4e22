using System;
using System.IO;
using NanoPos.Hal;
using NanoPos.Iso8583;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Runs one financial exchange (sale, void, refund) along <see cref="TransactionTable"/>: each action the
    /// table returns is performed here and its result fed back as the next event, until a final state, or
    /// until a failed reversal is left to the queue's backoff. Nothing moves except along a table row.
    /// </summary>
    internal sealed class FinancialFlow
    {
        private readonly TransactionLog _log;
        private readonly HostExchange _exchange;
        private readonly RequestBuilder _builder;
        private readonly ReversalQueue _queue;
        private readonly EngineOptions _options;
        private readonly IClock _clock;
        private readonly IsoMessage _request = new IsoMessage();
        private readonly IsoMessage _response = new IsoMessage();

        // The code of an answer whose outcome is unknown (ResponseCodePolicy), kept for the result; null otherwise.
        private string _unknownCode;

        /// <summary>
        /// The most entries a run's path can hold. Every row the run takes leads to a state numbered higher than the
        /// one it leaves (<see cref="TransactionTable"/> is laid out so, and a test keeps it so), except the
        /// reversal retry row ReversalPending to ReversalPending, which the queue takes at most once per run; an
        /// ignored event repeats the current state once and ends the run. So a run visits each of the 12 states at
        /// most once, plus one repeated entry: 13. (The longest real path has 8.)
        /// </summary>
        private const int MaxPathLength = (int)TransactionState.Refused + 2;

        internal FinancialFlow(TransactionLog log, HostExchange exchange, RequestBuilder builder, ReversalQueue queue, EngineOptions options, IClock clock)
        {
            _log = log;
            _exchange = exchange;
            _builder = builder;
            _queue = queue;
            _options = options;
            _clock = clock;
        }

        /// <summary>Gets the states the last run passed through, Idle first, one entry per table row taken, for tests and logs.</summary>
        internal TransactionState[] LastPath { get; private set; }

        /// <summary>Runs the exchange for a prepared intent (Kind, Mti, ProcessingCode, AmountMinor, EntryMode, MaskedPan, originals set).</summary>
        internal TransactionResult Run(JournalRecord intent, CardData card)
        {
            try
            {
                return Follow(intent, card);
            }
            finally
            {
                // The request (and a host's echo in the answer) held the full PAN and the PIN block: nothing of the
                // card outlives the exchange, not even when a journal write or a driver throws halfway.
                _request.Clear();
                _response.Clear();
                _exchange.Close();
            }
        }

        private TransactionResult Follow(JournalRecord intent, CardData card)
        {
            var machine = new TransactionStateMachine();
            var path = new TransactionState[MaxPathLength];
            int steps = 0;
            string refusal = null;
            RefusalKind refusalKind = RefusalKind.None;
            ReversalCause cause = ReversalCause.None;
            _unknownCode = null;
            path[steps++] = machine.State;
            TransactionAction action = machine.Fire(TransactionEvent.Start);
            path[steps++] = machine.State;
            bool going = true;
            while (going)
            {
                TransactionEvent next = TransactionEvent.Start;
                switch (action)
                {
                    case TransactionAction.FlushReversals:
                        bool flushed = _queue.Flush(false);
                        refusal = flushed ? null : "A reversal of an earlier transaction could not be delivered; no new payment until it is.";
                        refusalKind = flushed ? RefusalKind.None : RefusalKind.ReversalPending;
                        next = flushed ? TransactionEvent.QueueFlushed : TransactionEvent.QueueBlocked;
                        break;
                    case TransactionAction.WriteIntent:
                        next = WriteIntent(intent, ref refusal, ref refusalKind);
                        break;
                    case TransactionAction.Connect:
                        next = _exchange.Open() ? TransactionEvent.Connected : TransactionEvent.ConnectFailed;
                        break;
                    case TransactionAction.SendRequest:
                        _builder.Financial(intent, card, _log.BatchNumber, _request);
                        ExchangeStatus sent = _exchange.Send(_request);
                        next = sent == ExchangeStatus.Response ? TransactionEvent.Sent
                            : sent == ExchangeStatus.NothingSent ? TransactionEvent.NothingSent : TransactionEvent.LinkLost;
                        break;
                    case TransactionAction.AwaitResponse:
                        next = Await();
                        break;
                    case TransactionAction.WriteOutcome:
                        _exchange.Close();
                        string answer = _response.GetString(39);
                        _log.RecordOutcome(intent, ResponseCodePolicy.IsApproval(answer), answer, _response.GetString(38), _response.GetString(37));
                        next = TransactionEvent.OutcomeDurable;
                        break;
                    case TransactionAction.WriteNotSent:
                        _exchange.Close();
                        _log.RecordAbandoned(intent.Stan);
                        going = false;
                        break;
                    case TransactionAction.SendReversal:
                        // The answer, if it ever comes, is dropped with this connection: a late answer never revives the sale.
                        _exchange.Close();
                        _queue.Drive(machine, action, intent);
                        path[steps++] = machine.State;
                        going = false;
                        break;
                    default:
                        going = false;
                        break;
                }

                if (going)
                {
                    cause = next == TransactionEvent.ResponseTimeout ? ReversalCause.Timeout
                        : next == TransactionEvent.LinkLost ? ReversalCause.LinkLost
                        : next == TransactionEvent.MalformedResponse ? ReversalCause.BadAnswer
                        : next == TransactionEvent.OutcomeUnknown ? ReversalCause.UnknownCode : cause;
                    action = machine.Fire(next);
                    path[steps++] = machine.State;
                    going = !machine.IsFinal || action != TransactionAction.None;
                }
            }

            LastPath = Trim(path, steps);
            TransactionResult result = Result(machine.State, intent, refusalKind, refusal);
            result.Cause = result.Outcome == TransactionOutcome.Reversed || result.Outcome == TransactionOutcome.ReversalPending ? cause : ReversalCause.None;
            return result;
        }

        private TransactionEvent WriteIntent(JournalRecord intent, ref string refusal, ref RefusalKind refusalKind)
        {
            if (!_log.HasRoomForIntent)
            {
                refusal = "The transaction journal is full: settle the batch first.";
                refusalKind = RefusalKind.JournalFull;
                return TransactionEvent.JournalFull;
            }

            try
            {
                intent.Stan = _log.ReserveStan();
                intent.LocalDateTime = _builder.LocalDateTime(_clock.UtcNow);
                intent.CreatedUtcTicks = _clock.UtcNow.Ticks;

                // Write 1 of 2: everything needed to reverse the request, durable before its first byte leaves.
                _log.RecordIntent(intent);
            }
            catch (IOException e)
            {
                // The store is full or failing: the STAN or the intent is not durable, so the request must not leave.
                // A refusal, not a crash: nothing was sent, and reversals (which need no new write to go out) still do.
                refusal = "The terminal's storage cannot be written (" + e.Message + "): nothing was sent.";
                refusalKind = RefusalKind.StorageFailure;
                return TransactionEvent.JournalFull;
            }

            return TransactionEvent.IntentDurable;
        }

        private TransactionEvent Await()
        {
            ExchangeStatus status = _exchange.Await(_request, _response, _options.ResponseTimeoutMs);
            switch (status)
            {
                case ExchangeStatus.Response:
                    // The answer matches the request (AnswerCheck); its code decides. A code that hides a possible
                    // approval (98, 96, A0, or one the policy does not list) is as good as no answer: reverse.
                    string code = _response.GetString(39);
                    if (ResponseCodePolicy.ClassOf(code) == ResponseClass.OutcomeUnknown)
                    {
                        _unknownCode = code;
                        return TransactionEvent.OutcomeUnknown;
                    }

                    return TransactionEvent.ResponseReceived;
                case ExchangeStatus.Malformed:
                    return TransactionEvent.MalformedResponse;
                case ExchangeStatus.LinkLost:
                    return TransactionEvent.LinkLost;
                default:
                    return TransactionEvent.ResponseTimeout;
            }
        }

        private TransactionResult Result(TransactionState state, JournalRecord intent, RefusalKind refusalKind, string refusal)
        {
            TransactionOutcome outcome;
            string code = null;
            switch (state)
            {
                case TransactionState.Completed:
                    code = _response.GetString(39);
                    outcome = ResponseCodePolicy.IsApproval(code) ? TransactionOutcome.Approved : TransactionOutcome.Declined;
                    break;
                case TransactionState.Reversed:
                    // Acknowledged by the host, but when its ReversalDone could not be written the journal still holds the
                    // reversal and will repeat it (0401): the terminal's truth is "reversing".
                    code = _unknownCode;
                    outcome = _log.PendingIntent(intent.Stan) == null ? TransactionOutcome.Reversed : TransactionOutcome.ReversalPending;
                    break;
                case TransactionState.ReversalPending:
                    code = _unknownCode;
                    outcome = TransactionOutcome.ReversalPending;
                    break;
                case TransactionState.NotSent:
                    outcome = TransactionOutcome.NotSent;
                    break;
                default:
                    outcome = TransactionOutcome.Refused;
                    break;
            }

            var result = outcome == TransactionOutcome.Refused
                ? TransactionResult.Refuse(refusalKind, refusal)
                : new TransactionResult(outcome, intent.Stan, code, null);
            result.AmountMinor = intent.AmountMinor;
            result.MaskedPan = intent.MaskedPan;
            result.LocalDateTime = intent.LocalDateTime;
            result.CreatedUtcTicks = intent.CreatedUtcTicks;
            if (outcome == TransactionOutcome.Approved || outcome == TransactionOutcome.Declined)
            {
                result.AuthCode = _response.GetString(38);
                result.Rrn = _response.GetString(37);
            }

            return result;
        }

        private static TransactionState[] Trim(TransactionState[] path, int steps)
        {
            var trimmed = new TransactionState[steps];
            Array.Copy(path, trimmed, steps);
            return trimmed;
        }
    }
}
