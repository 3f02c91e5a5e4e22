using System;
using System.Collections;
using NanoPos.Hal;
using NanoPos.Iso8583;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Store-and-forward of reversals: the pending intents of the <see cref="TransactionLog"/> are reversed
    /// through the state machine (<see cref="TransactionEvent.Recovered"/> → SendReversal → …) until the host
    /// acknowledges each one. Retries back off exponentially (capped); repeats are sent as 0401; an entry leaves
    /// only on an acknowledgement, and the queue itself is the journal, so it survives any number of reboots.
    /// </summary>
    public sealed class ReversalQueue
    {
        private readonly TransactionLog _log;
        private readonly HostExchange _exchange;
        private readonly RequestBuilder _builder;
        private readonly EngineOptions _options;
        private readonly IClock _clock;
        private readonly IsoMessage _request = new IsoMessage();
        private readonly IsoMessage _response = new IsoMessage();
        private int _consecutiveFailures;
        private long _nextAttemptAtMs;
        private int _acknowledged;

        /// <summary>Creates the queue over the log.</summary>
        /// <param name="log">The transaction log holding the pending intents.</param>
        /// <param name="exchange">The host exchange.</param>
        /// <param name="builder">Builds 0400/0401.</param>
        /// <param name="options">Timeouts and backoff.</param>
        /// <param name="clock">The monotonic clock for the backoff.</param>
        public ReversalQueue(TransactionLog log, HostExchange exchange, RequestBuilder builder, EngineOptions options, IClock clock)
        {
            _log = log;
            _exchange = exchange;
            _builder = builder;
            _options = options;
            _clock = clock;
        }

        /// <summary>Gets the number of reversals waiting for the host.</summary>
        public int PendingCount
        {
            get { return _log.PendingCount; }
        }

        /// <summary>Gets how many reversals the host acknowledged since start.</summary>
        public int Acknowledged
        {
            get { return _acknowledged; }
        }

        /// <summary>Gets the monotonic time (ms) before which a background retry should not start.</summary>
        public long NextAttemptAtMs
        {
            get { return _nextAttemptAtMs; }
        }

        /// <summary>Gets the most attempts any pending reversal has had (0 when none is pending).</summary>
        public int MaxAttempts
        {
            get
            {
                int max = 0;
                foreach (JournalRecord intent in _log.PendingReversals)
                {
                    int attempts = _log.AttemptsOf(intent.Stan);
                    max = attempts > max ? attempts : max;
                }

                return max;
            }
        }

        /// <summary>Gets the age in seconds of the oldest pending reversal, from its intent's creation time; 0 when none or unknown.</summary>
        /// <param name="nowUtc">The current wall time.</param>
        public long OldestAgeSeconds(DateTime nowUtc)
        {
            long oldest = 0;
            foreach (JournalRecord intent in _log.PendingReversals)
            {
                if (intent.CreatedUtcTicks > 0)
                {
                    long age = (nowUtc.Ticks - intent.CreatedUtcTicks) / TimeSpan.TicksPerSecond;
                    oldest = age > oldest ? age : oldest;
                }
            }

            return oldest;
        }

        /// <summary>
        /// Tries to deliver every pending reversal, oldest first, stopping at the first that fails (the host is
        /// then unreachable for the others too).
        /// </summary>
        /// <param name="respectBackoff">True for background retries (nothing is sent before <see cref="NextAttemptAtMs"/>);
        /// false when a cashier's new request or the boot sequence needs the queue empty now.</param>
        /// <returns>True when no reversal is pending any more.</returns>
        public bool Flush(bool respectBackoff)
        {
            // Nothing pending is the case before every sale: answer it without building the list.
            if (_log.PendingCount == 0 || (respectBackoff && _clock.MonotonicMs < _nextAttemptAtMs))
            {
                return _log.PendingCount == 0;
            }

            ArrayList pending = _log.PendingReversals;
            foreach (JournalRecord intent in pending)
            {
                var machine = new TransactionStateMachine();
                if (Drive(machine, machine.Fire(TransactionEvent.Recovered), intent) != TransactionState.Reversed)
                {
                    return false;
                }
            }

            return _log.PendingCount == 0;
        }

        /// <summary>
        /// Runs the reversal part of the table for one intent from <paramref name="action"/> until the reversal
        /// is acknowledged (<see cref="TransactionState.Reversed"/>) or a retry is scheduled (stays
        /// <see cref="TransactionState.ReversalPending"/>).
        /// </summary>
        /// <param name="machine">The exchange's machine, in <see cref="TransactionState.ReversalPending"/>.</param>
        /// <param name="action">The action the machine returned on entering that state.</param>
        /// <param name="intent">The intent to reverse.</param>
        /// <returns>The state reached.</returns>
        public TransactionState Drive(TransactionStateMachine machine, TransactionAction action, JournalRecord intent)
        {
            while (true)
            {
                switch (action)
                {
                    case TransactionAction.SendReversal:
                        action = machine.Fire(SendOnce(intent) ? TransactionEvent.ReversalAcknowledged : TransactionEvent.ReversalFailed);
                        break;
                    case TransactionAction.WriteReversalDone:
                        _log.RecordReversalDone(intent.Stan, _response.GetString(39));
                        _acknowledged++;
                        _consecutiveFailures = 0;
                        _nextAttemptAtMs = 0;
                        return machine.State;
                    case TransactionAction.ScheduleRetry:
                        _consecutiveFailures++;
                        _nextAttemptAtMs = _clock.MonotonicMs + Backoff(_consecutiveFailures);
                        return machine.State;
                    default:
                        return machine.State;
                }
            }
        }

        /// <summary>Gets the backoff delay after n consecutive failures: initial × 2^(n-1), capped, in ms.</summary>
        /// <param name="failures">Consecutive failures, 1 or more.</param>
        public long Backoff(int failures)
        {
            long delay = _options.BackoffInitialMs;
            for (int i = 1; i < failures && delay < _options.BackoffMaxMs; i++)
            {
                delay *= 2;
            }

            return delay < _options.BackoffMaxMs ? delay : _options.BackoffMaxMs;
        }

        private bool SendOnce(JournalRecord intent)
        {
            // The attempt is durable before the message leaves, so a repeat after a reboot is flagged 0401.
            // Should the journal have no slot for it, the reversal goes out unrecorded and flagged as a repeat:
            // a host applies a 0401 that arrives first, and ignores it after a 0400.
            int attempt;
            try
            {
                attempt = _log.RecordReversalAttempt(intent.Stan);
            }
            catch (JournalFullException)
            {
                attempt = _log.AttemptsOf(intent.Stan) + 2;
            }

            _builder.Reversal(intent, attempt, _log.BatchNumber, _request);
            ExchangeStatus status = _exchange.Exchange(_request, _response, _options.ReversalTimeoutMs);
            if (status != ExchangeStatus.Response)
            {
                return false;
            }

            // 00: reversed; 25: the host never saw the original, so there is nothing to reverse either way.
            string code = _response.GetString(39);
            return code == "00" || code == "25";
        }
    }
}
