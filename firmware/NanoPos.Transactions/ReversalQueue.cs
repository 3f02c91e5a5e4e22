using System;
using System.Collections;
using System.IO;
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
    /// <remarks>
    /// Storage faults never stop a reversal (this folder's README, "Reversal path under storage faults"): when the
    /// attempt record cannot be written (medium error, full store, no free slot) the reversal still goes out, as a 0401,
    /// and so does every later send of it in this boot, so no write failure can ever let a second 0400 out; when the
    /// host acknowledged but the ReversalDone record cannot be written, the reversal stays pending and is repeated as a
    /// 0401 after the backoff. Only <see cref="IOException"/> and <see cref="JournalFullException"/> are storage
    /// faults here; anything else (a power cut in the simulation) ends the call as before.
    /// </remarks>
    public sealed class ReversalQueue
    {
        private readonly TransactionLog _log;
        private readonly HostExchange _exchange;
        private readonly RequestBuilder _builder;
        private readonly EngineOptions _options;
        private readonly IClock _clock;
        private readonly IsoMessage _request = new IsoMessage();
        private readonly IsoMessage _response = new IsoMessage();
        private readonly StanSet _sentUnrecorded = new StanSet(); // reversals sent in this boot without a durable attempt
        private int _consecutiveFailures;
        private long _nextAttemptAtMs;
        private int _acknowledged;
        private int _unrecordedAttempts;
        private int _unrecordedAcknowledgements;

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

        /// <summary>Gets how many reversals went out since start although their attempt record could not be written (sent as 0401).</summary>
        public int UnrecordedAttempts
        {
            get { return _unrecordedAttempts; }
        }

        /// <summary>
        /// Gets how many acknowledgements since start could not be recorded (the ReversalDone write failed): each left its
        /// reversal pending, to be repeated as 0401.
        /// </summary>
        public int UnrecordedAcknowledgements
        {
            get { return _unrecordedAcknowledgements; }
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

            // Without a MAK no reversal can leave (it needs a MAC): that is no failed attempt, so no backoff is
            // scheduled, and the flush right after the sign-on that brings the keys sends at once.
            if (!_exchange.CanAuthenticate)
            {
                return false;
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
        /// <see cref="TransactionState.ReversalPending"/>). An acknowledgement whose ReversalDone record could not be
        /// written also ends in Reversed, with the intent still pending in the log and a retry scheduled.
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
                        if (RecordDone(intent.Stan))
                        {
                            _acknowledged++;
                            _consecutiveFailures = 0;
                            _nextAttemptAtMs = 0;
                        }
                        else
                        {
                            // The host has the reversal, the journal does not know: it stays pending and goes out again
                            // as a 0401 (acknowledged, never applied twice) once the backoff has passed.
                            _unrecordedAcknowledgements++;
                            ScheduleRetry();
                        }

                        return machine.State;
                    case TransactionAction.ScheduleRetry:
                        ScheduleRetry();
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
            // The attempt is durable before the message leaves, so a repeat after a reboot is flagged 0401. A 0400 goes
            // out only right after attempt 1 became durable and when this boot has not sent this reversal unrecorded:
            // a durable attempt 1 is written once per intent, so at most one 0400 ever leaves, reboots or not. Should the
            // attempt not be writable, the reversal goes out anyway, unrecorded and flagged as a repeat: a host applies a
            // 0401 that arrives first, and ignores it after a 0400.
            if (!_exchange.CanAuthenticate)
            {
                // No MAK: the host would refuse the reversal unMACed. Nothing is recorded or sent; it stays pending
                // until a sign-on brings keys (the engine signs on by itself when a reversal is owed).
                return false;
            }

            bool repeat;
            try
            {
                repeat = _log.RecordReversalAttempt(intent.Stan) > 1 || _sentUnrecorded.Contains(intent.Stan);
            }
            catch (IOException)
            {
                repeat = NoteUnrecorded(intent.Stan);
            }
            catch (JournalFullException)
            {
                repeat = NoteUnrecorded(intent.Stan);
            }

            _builder.Reversal(intent, repeat, _log.BatchNumber, _request);
            ExchangeStatus status = _exchange.Exchange(_request, _response, _options.ReversalTimeoutMs);
            if (status != ExchangeStatus.Response)
            {
                return false;
            }

            // 00: reversed; 25: the host never saw the original, so there is nothing to reverse either way.
            string code = _response.GetString(39);
            return code == "00" || code == "25";
        }

        private bool RecordDone(int stan)
        {
            try
            {
                _log.RecordReversalDone(stan, _response.GetString(39));
            }
            catch (IOException)
            {
                return false;
            }
            catch (JournalFullException)
            {
                return false;
            }

            // Done for good: a later reversal with this STAN (after the counter wraps) starts afresh.
            _sentUnrecorded.Remove(stan);
            return true;
        }

        private void ScheduleRetry()
        {
            _consecutiveFailures++;
            _nextAttemptAtMs = _clock.MonotonicMs + Backoff(_consecutiveFailures);
        }

        /// <summary>Notes a send without a durable attempt; returns true (such a send is always flagged as a repeat).</summary>
        private bool NoteUnrecorded(int stan)
        {
            _unrecordedAttempts++;
            _sentUnrecorded.Add(stan);
            return true;
        }
    }
}
