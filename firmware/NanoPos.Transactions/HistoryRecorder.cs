using System.Collections;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Turns what the engine says into history entries: the result of a sale, void or refund; the reversals the journal
    /// has delivered since; and at boot, what the journal holds that the history missed (a request a power cut
    /// interrupted, an approval whose entry was not yet saved).
    /// </summary>
    public static class HistoryRecorder
    {
        /// <summary>Half the STAN range: a STAN up to this far after another counts as newer (the counter wraps at 999999).</summary>
        private const int StanWindow = 500000;

        /// <summary>Records the end of a sale, void or refund. Refusals and requests that move no money are not recorded.</summary>
        /// <param name="history">The history.</param>
        /// <param name="kind">What was asked.</param>
        /// <param name="result">The engine's result.</param>
        /// <param name="originalStan">For a void, the STAN of the sale it cancels; else 0.</param>
        /// <param name="scratch">An entry to fill (reused: no allocation per call).</param>
        /// <returns>True when an entry was added.</returns>
        public static bool Record(TransactionHistory history, TransactionKind kind, TransactionResult result, int originalStan, HistoryEntry scratch)
        {
            if (result == null || result.Stan == 0)
            {
                return false;
            }

            HistoryStatus status;
            switch (result.Outcome)
            {
                case TransactionOutcome.Approved:
                    status = HistoryStatus.Approved;
                    break;
                case TransactionOutcome.Declined:
                    status = HistoryStatus.Declined;
                    break;
                case TransactionOutcome.Reversed:
                    status = HistoryStatus.Reversed;
                    break;
                case TransactionOutcome.ReversalPending:
                    status = HistoryStatus.Reversing;
                    break;
                case TransactionOutcome.NotSent:
                    status = HistoryStatus.NotSent;
                    break;
                default:
                    return false;
            }

            scratch.Clear();
            scratch.Kind = kind;
            scratch.Status = status;
            scratch.Cause = result.Cause;
            scratch.ResponseCode = result.ResponseCode;
            scratch.Stan = result.Stan;
            scratch.AmountMinor = result.AmountMinor;
            scratch.CreatedUtcTicks = result.CreatedUtcTicks;
            scratch.LocalDateTime = result.LocalDateTime;
            scratch.Rrn = result.Rrn;
            scratch.AuthCode = result.AuthCode;
            scratch.MaskedPan = result.MaskedPan;
            history.Add(scratch);
            if (kind == TransactionKind.Void && status == HistoryStatus.Approved)
            {
                MarkVoided(history, originalStan, scratch);
            }

            return true;
        }

        /// <summary>Marks the entries whose reversal the journal no longer owes as reversed (delivered since they were recorded).</summary>
        /// <param name="history">The history.</param>
        /// <param name="log">The transaction log.</param>
        /// <param name="scratch">An entry to fill.</param>
        /// <returns>How many entries changed.</returns>
        public static int Reconcile(TransactionHistory history, TransactionLog log, HistoryEntry scratch)
        {
            int changed = 0;
            for (int i = 0; i < history.Count; i++)
            {
                if (history.Read(i, scratch) && scratch.Status == HistoryStatus.Reversing && log.PendingIntent(scratch.Stan) == null)
                {
                    scratch.Status = HistoryStatus.Reversed;
                    history.Update(i, scratch);
                    changed++;
                }
            }

            return changed;
        }

        /// <summary>
        /// After the journal's recovery at boot: adds the requests awaiting reversal that the history does not know (a power
        /// cut or restart interrupted them: <see cref="ReversalCause.PowerCut"/>), and the approved entries of the batch newer
        /// than the history's newest (their entry was not saved before the power went). Oldest first.
        /// </summary>
        /// <param name="history">The history.</param>
        /// <param name="log">The recovered transaction log.</param>
        /// <param name="scratch">An entry to fill.</param>
        /// <returns>How many entries were added.</returns>
        public static int AdoptRecovered(TransactionHistory history, TransactionLog log, HistoryEntry scratch)
        {
            int newest = history.NewestStan;
            var found = new ArrayList();
            ArrayList batch = log.BatchEntries;
            for (int i = 0; i < batch.Count; i++)
            {
                var entry = (JournalRecord)batch[i];
                if (IsAfter(entry.Stan, newest) && history.Find(entry.Stan, entry.Kind) < 0)
                {
                    Insert(found, entry, newest);
                }
            }

            foreach (JournalRecord intent in log.PendingReversals)
            {
                if (history.Find(intent.Stan, intent.Kind) < 0)
                {
                    Insert(found, intent, newest);
                }
            }

            for (int i = 0; i < found.Count; i++)
            {
                var record = (JournalRecord)found[i];
                bool pending = record.Type == JournalRecordType.Intent;
                scratch.Clear();
                scratch.Kind = record.Kind;
                scratch.Status = pending ? HistoryStatus.Reversing : HistoryStatus.Approved;
                scratch.Cause = pending ? ReversalCause.PowerCut : ReversalCause.None;
                scratch.ResponseCode = pending ? null : record.ResponseCode;
                scratch.Stan = record.Stan;
                scratch.AmountMinor = record.AmountMinor;
                scratch.CreatedUtcTicks = record.CreatedUtcTicks;
                scratch.LocalDateTime = record.LocalDateTime;
                scratch.Rrn = pending ? null : record.Rrn;
                scratch.AuthCode = pending ? null : record.AuthCode;
                scratch.MaskedPan = record.MaskedPan;
                history.Add(scratch);
                if (!pending && record.Kind == TransactionKind.Void)
                {
                    MarkVoided(history, record.OriginalStan, scratch);
                }
            }

            return found.Count;
        }

        private static void MarkVoided(TransactionHistory history, int saleStan, HistoryEntry scratch)
        {
            int index = history.Find(saleStan, TransactionKind.Sale);
            if (index >= 0 && history.Read(index, scratch) && !scratch.Voided)
            {
                scratch.Voided = true;
                history.Update(index, scratch);
            }
        }

        private static bool IsAfter(int stan, int newest)
        {
            if (newest < 0)
            {
                return true;
            }

            int distance = (stan - newest + 1000000) % 1000000;
            return distance > 0 && distance < StanWindow;
        }

        private static void Insert(ArrayList list, JournalRecord record, int newest)
        {
            // Oldest first by STAN order after the history's newest (the journal's STANs grow, wrapping at 999999).
            int key = newest < 0 ? record.Stan : (record.Stan - newest + 1000000) % 1000000;
            int at = list.Count;
            while (at > 0)
            {
                var before = (JournalRecord)list[at - 1];
                int beforeKey = newest < 0 ? before.Stan : (before.Stan - newest + 1000000) % 1000000;
                if (beforeKey <= key)
                {
                    break;
                }

                at--;
            }

            list.Insert(at, record);
        }
    }
}
