using System;
using NanoPos.Iso8583;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The exchanges that move no money and the keys they depend on: sign-on (working keys, batch number), echo, and
    /// the rules that tie every other request to the working keys (refuse without them, sign on by itself when a
    /// reversal is owed and they are gone, drop them when the host answers A0). Part of <see cref="PaymentEngine"/>,
    /// sharing its request and response messages; not thread-safe.
    /// </summary>
    internal sealed class NetworkFlow
    {
        private readonly TransactionLog _log;
        private readonly HostExchange _exchange;
        private readonly RequestBuilder _builder;
        private readonly ReversalQueue _queue;
        private readonly KeyRing _keys;
        private readonly EngineOptions _options;
        private readonly NanoPos.Hal.IClock _clock;
        private readonly IsoMessage _request;
        private readonly IsoMessage _response;

        internal NetworkFlow(TransactionLog log, HostExchange exchange, RequestBuilder builder, ReversalQueue queue, KeyRing keys, EngineOptions options, NanoPos.Hal.IClock clock, IsoMessage request, IsoMessage response)
        {
            _log = log;
            _exchange = exchange;
            _builder = builder;
            _queue = queue;
            _keys = keys;
            _options = options;
            _clock = clock;
            _request = request;
            _response = response;
        }

        /// <summary>
        /// Sign-on (0800/003), sent without a MAC: an approved answer's field 62 brings the working keys (each check value
        /// verified, else KeysRefused and the old keys stay), and the batch number to use, which is journaled if it
        /// changed and the open batch is empty (a batch with entries is settled under its own number first).
        /// </summary>
        internal TransactionResult SignOn()
        {
            if (!_keys.HasMasterKey)
            {
                return TransactionResult.Refuse(RefusalKind.KeysRefused, "No terminal master key is installed: provision the TMK, then sign on.");
            }

            _queue.Flush(false);
            if (!_log.TryReserveStan(out int stan, out string storage))
            {
                return TransactionResult.Refuse(RefusalKind.StorageFailure, storage);
            }

            _builder.Network(stan, _builder.LocalDateTime(_clock.UtcNow), "003", _log.BatchNumber, _request);
            TransactionResult result = Plain(stan, _exchange.Exchange(_request, _response, _options.ResponseTimeoutMs));
            if (result.Outcome == TransactionOutcome.Approved)
            {
                string refused = AcceptKeys();
                if (refused != null)
                {
                    _response.Clear();
                    return TransactionResult.Refuse(RefusalKind.KeysRefused, refused);
                }
            }

            // A batch that still holds entries keeps the number its requests carried until it is settled: after a
            // settlement whose answer was lost the host already counts the next number, and adopting it here would
            // count the settled entries again in the next batch's totals.
            string field60 = _response.GetString(60);
            if (result.Outcome == TransactionOutcome.Approved && field60 != null && field60.Length >= 8 && _log.BatchEntries.Count == 0)
            {
                try
                {
                    _log.RecordBatchNumber(int.Parse(field60.Substring(2, 6)));
                }
                catch (System.IO.IOException e)
                {
                    // The number is not durable, so the terminal keeps the one it has; the next sign-on tries again.
                    return TransactionResult.Refuse(RefusalKind.StorageFailure, "The host's batch number could not be stored (" + e.Message + ").");
                }
            }

            return result;
        }

        /// <summary>Echo test (0800/301): is the host there?</summary>
        internal TransactionResult Echo()
        {
            TransactionResult noKeys = NeedsKeys();
            if (noKeys != null)
            {
                return noKeys;
            }

            if (!_log.TryReserveStan(out int stan, out string storage))
            {
                return TransactionResult.Refuse(RefusalKind.StorageFailure, storage);
            }

            _builder.Network(stan, _builder.LocalDateTime(_clock.UtcNow), "301", _log.BatchNumber, _request);
            return AfterExchanges(Plain(stan, _exchange.Exchange(_request, _response, _options.ResponseTimeoutMs)));
        }

        /// <summary>Signs on when a reversal is owed and the working keys are gone (it cannot leave without a MAC).</summary>
        internal void SignOnForReversals()
        {
            // A reversal cannot leave without a MAC. When the working keys are gone (a damaged key record, the host's
            // A0) and one is owed, the engine signs on by itself rather than wait for the screens to do it: what is
            // owed must not depend on anyone pressing a key.
            if (!_keys.HasWorkingKeys && _keys.HasMasterKey && _queue.PendingCount > 0)
            {
                SignOn();
            }
        }

        /// <summary>Returns the NotSignedOn refusal when there are no working keys, else null.</summary>
        internal TransactionResult NeedsKeys()
        {
            return _keys.HasWorkingKeys ? null : TransactionResult.Refuse(RefusalKind.NotSignedOn, "The terminal has no working keys: sign on first.");
        }

        /// <summary>Applies <see cref="AfterExchanges()"/> and passes the result on.</summary>
        internal TransactionResult AfterExchanges(TransactionResult result)
        {
            AfterExchanges();
            return result;
        }

        /// <summary>Drops the working keys when the host said they are out of step (A0), so a sign-on comes next.</summary>
        internal void AfterExchanges()
        {
            // The host answered A0 ("MAC error"): its keys and ours differ. Ours are dropped so that the terminal
            // signs on before anything else is sent (a pending reversal waits for the new keys, then goes).
            if (_exchange.SignOnNeeded)
            {
                _exchange.SignOnNeeded = false;
                _keys.DropWorkingKeys();
            }
        }

        private string AcceptKeys()
        {
            byte[] field62 = _response.GetBytes(62);
            if (field62 == null)
            {
                return _keys.HasWorkingKeys ? null : "The host's sign-on answer carries no working keys (field 62): sign-on failed.";
            }

            string refused = _keys.AcceptWorkingKeys(field62, 0, field62.Length);
            Array.Clear(field62, 0, field62.Length);
            return refused == null ? null : refused + " Sign-on failed.";
        }

        /// <summary>The result of an exchange that moves no money (sign-on, echo, balance): nothing to reverse.</summary>
        internal TransactionResult Plain(int stan, ExchangeStatus status)
        {
            if (status != ExchangeStatus.Response)
            {
                return new TransactionResult(status == ExchangeStatus.ConnectFailed || status == ExchangeStatus.NothingSent ? TransactionOutcome.NotSent : TransactionOutcome.NoAnswer, stan, null, null);
            }

            // The answer matched the request (a malformed one is NoAnswer above). Nothing moved either way, so there is
            // nothing to reverse: any code but an approval is a refusal, shown with its code.
            string code = _response.GetString(39);
            return new TransactionResult(ResponseCodePolicy.IsApproval(code) ? TransactionOutcome.Approved : TransactionOutcome.Declined, stan, code, null);
        }
    }
}
