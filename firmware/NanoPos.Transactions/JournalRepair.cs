using System.Collections;

namespace NanoPos.Transactions
{
    /// <summary>
    /// What recovery does about damaged records before the replay (docs/transaction-engine.md, "Surviving a damaged
    /// record"): rebuild what other records carry copies of, account for what nothing carries, and derive the checkpoint
    /// so that STANs and the batch number never go backwards.
    /// </summary>
    internal static class JournalRepair
    {
        /// <summary>
        /// Rebuilds, into <paramref name="found"/>'s records, every batch entry whose own record is missing but whose copy
        /// (a later record's tail) survives, and every intent whose record is missing while one of its reversal attempts
        /// survives and its slot was not overwritten by a newer record. Sets the restored and lost counts.
        /// </summary>
        /// <param name="found">What the journal scan found; its record list is extended in sequence order.</param>
        /// <param name="closedThrough">Records at or below this sequence belong to settled batches and are not rebuilt.</param>
        /// <param name="journal">The journal, to read a carrier's copy again when it is needed.</param>
        internal static void RestoreFromCopies(JournalRecovery found, long closedThrough, Journal journal)
        {
            int slotCount = journal.SlotCount;
            ArrayList records = found.Records;
            var present = new RecordTable(records.Count + 4);
            for (int i = 0; i < records.Count; i++)
            {
                var r = (JournalRecord)records[i];
                present.Put(r.Sequence, r);
            }

            bool[] explained = new bool[slotCount];
            int restored = 0;

            // The records read from their own slots; the list itself grows as rebuilt records are inserted.
            object[] primaries = records.ToArray();
            for (int i = 0; i < primaries.Length; i++)
            {
                var carrier = (JournalRecord)primaries[i];
                long copied = carrier.TailSequence;
                JournalRecord tail = copied > closedThrough && present.Get(copied) == null ? carrier.Tail ?? journal.ReadTailOf(carrier.Slot) : null;
                if (tail != null && tail.Sequence == copied)
                {
                    Explain(explained, tail.Slot);
                    tail.Slot = -1;
                    present.Put(tail.Sequence, tail);
                    Journal.InsertBySequence(records, tail);
                    restored++;
                }

                if (carrier.Type == JournalRecordType.ReversalAttempt && carrier.IntentSequence > closedThrough
                    && present.Get(carrier.IntentSequence) == null && !Overwritten(primaries, carrier.IntentSlot, carrier.IntentSequence))
                {
                    JournalRecord intent = IntentFrom(carrier);
                    Explain(explained, carrier.IntentSlot);
                    present.Put(intent.Sequence, intent);
                    Journal.InsertBySequence(records, intent);
                    restored++;
                }
            }

            int lost = 0;
            for (int i = 0; i < found.DamagedSlots.Count; i++)
            {
                int slot = (int)found.DamagedSlots[i];
                lost += explained[slot] ? 0 : 1;
            }

            found.RestoredRecords = restored;
            found.LostRecords = lost;
        }

        /// <summary>
        /// Derives the checkpoint to start from: the newest intact copy, with the STAN high-water mark and the "closed
        /// through" sequence the highest of any copy, one more STAN block when a copy is damaged (it may have reserved
        /// that block), and the batch number never below that of an intact batch entry.
        /// </summary>
        /// <param name="found">What the journal scan found.</param>
        /// <param name="stanBlock">The STAN block size.</param>
        /// <param name="into">Receives the checkpoint values (BatchNumber, BatchOpen, StanHighWater, ClosedThroughSequence, Sequence).</param>
        internal static void DeriveCheckpoint(JournalRecovery found, int stanBlock, JournalRecord into)
        {
            JournalRecord newest = found.Checkpoint;
            if (newest != null)
            {
                into.CopyFieldsFrom(newest);
                into.Sequence = newest.Sequence;
            }

            for (int i = 0; i < found.Checkpoints.Count; i++)
            {
                var copy = (JournalRecord)found.Checkpoints[i];
                into.StanHighWater = copy.StanHighWater > into.StanHighWater ? copy.StanHighWater : into.StanHighWater;
                into.ClosedThroughSequence = copy.ClosedThroughSequence > into.ClosedThroughSequence ? copy.ClosedThroughSequence : into.ClosedThroughSequence;
            }

            if (found.DamagedCheckpoints > 0)
            {
                // The unreadable copy may be the newer one and may have reserved the next block: skip it. Gaps are
                // allowed, reuse never.
                into.StanHighWater += stanBlock;
            }

            for (int i = 0; i < found.Records.Count; i++)
            {
                var r = (JournalRecord)found.Records[i];
                bool entry = r.Type == JournalRecordType.Outcome && r.Approved && r.Version >= 3;
                if (entry && r.Sequence > into.ClosedThroughSequence && r.BatchNumber > into.BatchNumber)
                {
                    // A batch entry of a later batch than the checkpoint says: the checkpoint that opened it is the one
                    // lost; batch numbers never go back.
                    into.BatchNumber = r.BatchNumber;
                    into.BatchOpen = true;
                }
            }
        }

        /// <summary>Tells whether a batch entry belongs to a batch before the current one (so it was settled).</summary>
        internal static bool IsFromEarlierBatch(JournalRecord record, int currentBatch)
        {
            // Only approved outcomes: the batch number changes only while the batch is empty, so an entry of an earlier
            // number can only be one that was settled. Pending intents are never judged by their number.
            return record.Type == JournalRecordType.Outcome && record.Approved && record.Version >= 3 && record.BatchNumber < currentBatch;
        }

        private static bool Overwritten(object[] records, int slot, long sequence)
        {
            // An intent whose slot now holds a newer intact record was overwritten on purpose (it had been resolved).
            if (slot < 0)
            {
                return false;
            }

            for (int i = 0; i < records.Length; i++)
            {
                var r = (JournalRecord)records[i];
                if (r.Slot == slot && r.Sequence > sequence)
                {
                    return true;
                }
            }

            return false;
        }

        private static JournalRecord IntentFrom(JournalRecord attempt)
        {
            var intent = new JournalRecord();
            intent.CopyFieldsFrom(attempt);
            intent.Type = JournalRecordType.Intent;
            intent.Version = attempt.Version;
            intent.Sequence = attempt.IntentSequence;
            intent.Slot = -1;
            intent.Attempt = 0;
            intent.Approved = false;
            intent.ResponseCode = null;
            intent.AuthCode = null;
            intent.Rrn = null;
            return intent;
        }

        private static void Explain(bool[] explained, int slot)
        {
            if (slot >= 0 && slot < explained.Length)
            {
                explained[slot] = true;
            }
        }
    }
}
