using System.Collections;
using NanoPos.Hal;
using NanoPos.Iso8583;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Settlement of the open batch: deliver pending reversals, send the totals (0500); when the host's totals
    /// disagree (95), upload every batch entry in effect (0320) and end the upload; then close the batch with one
    /// checkpoint write. An interrupted settlement leaves the batch open and is simply run again: the host
    /// answers a repeated settlement of the same batch the same way.
    /// </summary>
    internal sealed class Settlement
    {
        private readonly TransactionLog _log;
        private readonly HostExchange _exchange;
        private readonly RequestBuilder _builder;
        private readonly ReversalQueue _queue;
        private readonly IClock _clock;
        private readonly IsoMessage _request = new IsoMessage();
        private readonly IsoMessage _response = new IsoMessage();

        internal Settlement(TransactionLog log, HostExchange exchange, RequestBuilder builder, ReversalQueue queue, IClock clock)
        {
            _log = log;
            _exchange = exchange;
            _builder = builder;
            _queue = queue;
            _clock = clock;
        }

        internal TransactionResult Run(int timeoutMs)
        {
            if (!_queue.Flush(false))
            {
                return TransactionResult.Refuse(RefusalKind.ReversalPending, "Reversals are pending and the host cannot be reached: the batch cannot be settled yet.");
            }

            int batch = _log.BatchNumber;
            BatchTotals totals = BatchTotals.Of(_log.BatchEntries);
            if (!_log.TryReserveStan(out int stan, out string storage))
            {
                return TransactionResult.Refuse(RefusalKind.StorageFailure, storage);
            }

            _builder.Settlement(stan, _builder.LocalDateTime(_clock.UtcNow), totals, batch, _request);
            ExchangeStatus status = _exchange.Exchange(_request, _response, timeoutMs);
            if (status != ExchangeStatus.Response)
            {
                return new TransactionResult(TransactionOutcome.NoAnswer, stan, null, "The host did not answer the settlement; the batch stays open.");
            }

            string code = _response.GetString(39);
            if (code == "95")
            {
                code = Upload(batch, timeoutMs);
                if (code != "00")
                {
                    // No answer to an upload message is no answer, not a decline with a made-up code.
                    return new TransactionResult(code == null ? TransactionOutcome.NoAnswer : TransactionOutcome.Declined, stan, code, "The batch upload did not finish; the batch stays open.");
                }
            }
            else if (code != "00")
            {
                return code == null
                    ? new TransactionResult(TransactionOutcome.NoAnswer, stan, null, "The host's answer to the settlement had no response code; the batch stays open.")
                    : new TransactionResult(TransactionOutcome.Declined, stan, code, null);
            }

            // The host has closed the batch; one checkpoint write closes it here. The next sign-on confirms the number.
            _log.CloseBatch(batch + 1);
            var result = new TransactionResult(TransactionOutcome.Approved, stan, "00", null);
            result.AmountMinor = totals.SaleAmountMinor - totals.RefundAmountMinor;
            return result;
        }

        /// <summary>
        /// Uploads every batch entry the totals count (voids and the sales they voided move no money, and the host
        /// finds no transaction in effect for them), then the end of the upload; returns "00", the first other
        /// code, or null when the host did not answer.
        /// </summary>
        private string Upload(int batch, int timeoutMs)
        {
            ArrayList entries = _log.BatchEntries;
            foreach (JournalRecord entry in entries)
            {
                if (!BatchTotals.IsInEffect(entries, entry))
                {
                    continue;
                }

                string code = Send(entry, batch, timeoutMs);
                if (code != "00")
                {
                    return code;
                }
            }

            return Send(null, batch, timeoutMs);
        }

        private string Send(JournalRecord entry, int batch, int timeoutMs)
        {
            _builder.Upload(_log.ReserveStan(), _builder.LocalDateTime(_clock.UtcNow), entry, batch, _request);
            return _exchange.Exchange(_request, _response, timeoutMs) == ExchangeStatus.Response ? _response.GetString(39) : null;
        }
    }
}
