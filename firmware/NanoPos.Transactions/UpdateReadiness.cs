using System;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Whether the terminal may take a firmware update now, and what it still owes when not: a firmware update must never
    /// start while a reversal is pending (the cardholder would stay charged until the new firmware sends it) or while the
    /// batch holds entries (the merchant's money would wait on a journal the update must migrate). <see cref="Prepare"/>
    /// delivers what it can first; <see cref="Refresh"/> only looks.
    /// </summary>
    /// <remarks>
    /// The values are a snapshot taken at the end of <see cref="Prepare"/> or <see cref="Refresh"/>: call them on the thread
    /// that drives the engine (the transaction runner), and start the update right after <see cref="Ready"/> with no
    /// payment in between. <see cref="Ready"/> is true only when the snapshot shows no pending reversal, no batch entry and
    /// a journal that was read (a refused or unread journal is never ready).
    /// </remarks>
    public sealed class UpdateReadiness
    {
        private readonly PaymentEngine _engine;

        /// <summary>Creates the check over the engine; nothing is read until <see cref="Prepare"/> or <see cref="Refresh"/>.</summary>
        /// <param name="engine">The engine, recovered (<see cref="PaymentEngine.Start"/> or <see cref="PaymentEngine.Recover"/>).</param>
        /// <exception cref="ArgumentNullException">The engine is null.</exception>
        public UpdateReadiness(PaymentEngine engine)
        {
            if (engine == null)
            {
                throw new ArgumentNullException("engine");
            }

            _engine = engine;
        }

        /// <summary>Gets whether nothing is owed: no pending reversal, no entry in the batch, and a journal that was read.</summary>
        public bool Ready { get; private set; }

        /// <summary>Gets the number of reversals still pending (the host has not acknowledged them).</summary>
        public int PendingReversals { get; private set; }

        /// <summary>Gets whether the open batch still holds entries (approved sales, voids or refunds not settled).</summary>
        public bool BatchOpen { get; private set; }

        /// <summary>Gets the number of entries in the open batch (voids and voided sales included), 0 when settled.</summary>
        public int BatchCount { get; private set; }

        /// <summary>
        /// Gets the batch's net total in minor units as settlement reports it: the sales in effect (not voided) minus the
        /// refunds; 0 when settled.
        /// </summary>
        public long BatchTotalMinor { get; private set; }

        /// <summary>Gets the batch number of the open batch.</summary>
        public int BatchNumber { get; private set; }

        /// <summary>Gets whether the journal was refused because a newer firmware wrote it (never ready then).</summary>
        public bool JournalRefused { get; private set; }

        /// <summary>
        /// Gets the result of the settlement <see cref="Prepare"/> attempted (its outcome, response code or refusal), or null
        /// when it attempted none: the batch was empty, or a reversal was still pending (a batch never settles before its
        /// reversals reach the host).
        /// </summary>
        public TransactionResult Settlement { get; private set; }

        /// <summary>Gets one plain English sentence for logs on what is still owed, or null when <see cref="Ready"/>.</summary>
        public string Reason { get; private set; }

        /// <summary>
        /// Makes the terminal ready if the host lets it: delivers every pending reversal (ignoring the backoff), then, when
        /// none is left and the batch holds entries, settles the batch; then takes the snapshot (<see cref="Refresh"/>).
        /// </summary>
        /// <remarks>Talks to the host and writes the journal as the reversals and the settlement do; every wait is bounded by
        /// the engine's timeouts. A journal that was refused or not read is left alone.</remarks>
        /// <returns><see cref="Ready"/>.</returns>
        public bool Prepare()
        {
            Settlement = null;
            if (_engine.JournalRecovered && _engine.JournalRefusal == null)
            {
                bool delivered = _engine.FlushReversals();
                if (delivered && _engine.Log.BatchEntries.Count > 0)
                {
                    Settlement = _engine.Settle();
                }
            }

            Refresh();
            return Ready;
        }

        /// <summary>Takes the snapshot of what is owed, without talking to the host or writing anything.</summary>
        /// <returns><see cref="Ready"/>.</returns>
        public bool Refresh()
        {
            TransactionLog log = _engine.Log;
            JournalRefused = _engine.JournalRefusal != null;
            PendingReversals = log.PendingCount;
            BatchCount = log.BatchEntries.Count;
            BatchOpen = BatchCount > 0;
            BatchNumber = log.BatchNumber;
            BatchTotals totals = BatchTotals.Of(log.BatchEntries);
            BatchTotalMinor = totals.SaleAmountMinor - totals.RefundAmountMinor;
            Ready = _engine.JournalRecovered && !JournalRefused && PendingReversals == 0 && !BatchOpen;
            Reason = Ready ? null : Explain();
            return Ready;
        }

        private string Explain()
        {
            if (JournalRefused)
            {
                return _engine.JournalRefusal.Message;
            }

            if (!_engine.JournalRecovered)
            {
                return "The journal has not been read yet.";
            }

            string owed = PendingReversals > 0
                ? PendingReversals.ToString() + " reversal(s) not yet acknowledged by the host"
                : string.Empty;
            if (BatchOpen)
            {
                string batch = "batch " + BatchNumber.ToString() + " holds " + BatchCount.ToString() + " entries not settled"
                    + (Settlement == null ? string.Empty
                        : Settlement.Refusal != RefusalKind.None ? " (settlement refused: " + Settlement.Reason + ")"
                        : " (settlement " + (Settlement.ResponseCode == null ? "unanswered" : "answered " + Settlement.ResponseCode) + ")");
                owed = owed.Length == 0 ? batch : owed + "; " + batch;
            }

            return "Not ready for an update: " + owed + ".";
        }
    }
}
