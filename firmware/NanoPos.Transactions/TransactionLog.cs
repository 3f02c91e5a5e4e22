using System;
using System.Collections;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The meaning of the journal: pending reversals, the open batch, reversal attempt counts, the batch
    /// number and the STAN allocator. Every change is one durable write made BEFORE the change is acted on
    /// (write-ahead), and recovery replays the journal through the same <see cref="Apply"/> that live writes
    /// use, so what the terminal believes after a reboot is exactly what it believed before.
    /// </summary>
    /// <remarks>
    /// Liveness rules (docs/transaction-engine.md): an intent lives until resolved; an approved outcome lives
    /// until its batch is settled; a resolving record (declined outcome, reversal done, abandoned) lives while
    /// the intent it resolves is still stored, so a reboot can never see an intent without its resolution;
    /// a reversal attempt lives while its intent is pending. Records at or below the checkpoint's
    /// <see cref="JournalRecord.ClosedThroughSequence"/> are dead. This file holds the public operations, the STAN
    /// reservation and the checkpoints; TransactionLog.Replay.cs holds recovery and the liveness rules
    /// (<see cref="Recover"/>, <see cref="Apply"/>, <see cref="Resolve"/>, pinning).
    /// </remarks>
    public sealed partial class TransactionLog
    {
        /// <summary>The default number of STANs reserved per checkpoint write.</summary>
        public const int DefaultStanBlock = 100;

        /// <summary>
        /// The free slots a new intent needs: itself, its resolution and two reversal attempts (a new attempt is
        /// written before the previous one is released), so that a request once sent can always be answered or
        /// reversed in the journal.
        /// </summary>
        public const int SlotsPerIntent = 4;

        private readonly Journal _journal;
        private readonly int _stanBlock;
        private readonly RecordTable _pending;                       // STAN → intent (unresolved)
        private readonly RecordTable _attempts;                      // STAN → latest ReversalAttempt record
        private readonly RecordTable _pinnedBy;                      // intent sequence → resolver record
        private readonly ArrayList _batch = new ArrayList();         // approved outcomes of the open batch
        private readonly JournalRecord _checkpoint = new JournalRecord();
        private int _stanCounter = 1;
        private int _anomalies;

        /// <summary>Creates the log over a journal.</summary>
        /// <param name="journal">The journal to read and write.</param>
        /// <param name="stanBlock">STANs reserved per checkpoint write, 1 or more.</param>
        public TransactionLog(Journal journal, int stanBlock)
        {
            if (journal == null)
            {
                throw new ArgumentNullException("journal");
            }

            if (stanBlock < 1)
            {
                throw new ArgumentOutOfRangeException("stanBlock");
            }

            _journal = journal;
            _stanBlock = stanBlock;

            // A live record takes a slot, so no table ever holds more entries than the journal has slots.
            _pending = new RecordTable(journal.SlotCount);
            _attempts = new RecordTable(journal.SlotCount);
            _pinnedBy = new RecordTable(journal.SlotCount);
            _checkpoint.Type = JournalRecordType.Checkpoint;
            _checkpoint.StanHighWater = 1;
        }

        /// <summary>Gets the journal underneath (for counters).</summary>
        public Journal Journal
        {
            get { return _journal; }
        }

        /// <summary>Gets the batch number the host assigned (0 before the first sign-on).</summary>
        public int BatchNumber
        {
            get { return _checkpoint.BatchNumber; }
        }

        /// <summary>Gets the intents awaiting reversal (JournalRecord), oldest first.</summary>
        public ArrayList PendingReversals
        {
            get
            {
                var list = new ArrayList();
                for (int i = 0; i < _pending.Count; i++)
                {
                    Journal.InsertBySequence(list, _pending.At(i));
                }

                return list;
            }
        }

        /// <summary>Gets the number of intents awaiting reversal.</summary>
        public int PendingCount
        {
            get { return _pending.Count; }
        }

        /// <summary>Gets the approved outcomes of the open batch (JournalRecord, type Outcome), in sequence order.</summary>
        public ArrayList BatchEntries
        {
            get { return _batch; }
        }

        /// <summary>Gets how many records replay could not interpret (an unknown type) and ignored.</summary>
        public int Anomalies
        {
            get { return _anomalies; }
        }

        /// <summary>
        /// Returns the next STAN, first making the reservation durable when the reserved block is used up
        /// (one checkpoint write per block). A STAN is never handed out twice, even across power cuts.
        /// </summary>
        public int ReserveStan()
        {
            if (_stanCounter >= _checkpoint.StanHighWater)
            {
                WriteCheckpoint(_checkpoint.BatchNumber, _checkpoint.BatchOpen, _stanCounter + _stanBlock, _checkpoint.ClosedThroughSequence);
            }

            int counter = _stanCounter++;
            return (int)(((counter - 1) % Stan.Max) + 1);
        }

        /// <summary>
        /// Hands out the next STAN like <see cref="ReserveStan"/>, but reports a store that cannot take the reservation
        /// (full or failing) instead of throwing: the caller then refuses the request, which has not left.
        /// </summary>
        /// <param name="stan">The STAN, or 0 when none could be reserved.</param>
        /// <param name="failure">Why not, for the refusal's text, or null.</param>
        /// <returns>True when the STAN is usable.</returns>
        public bool TryReserveStan(out int stan, out string failure)
        {
            try
            {
                stan = ReserveStan();
                failure = null;
                return true;
            }
            catch (System.IO.IOException e)
            {
                stan = 0;
                failure = "The terminal's storage cannot be written (" + e.Message + "): nothing was sent.";
                return false;
            }
        }

        /// <summary>Gets the STANs still reserved before the next reservation write.</summary>
        public int ReservedStansLeft
        {
            get { return _checkpoint.StanHighWater - _stanCounter; }
        }

        /// <summary>Gets whether the journal has room for a new intent (see <see cref="SlotsPerIntent"/>).</summary>
        public bool HasRoomForIntent
        {
            get { return _journal.FreeSlots >= SlotsPerIntent; }
        }

        /// <summary>Makes a request's reversal data durable before its first byte is sent. One write.</summary>
        /// <param name="intent">A record of type Intent with the request's fields set.</param>
        /// <exception cref="JournalFullException">Fewer than <see cref="SlotsPerIntent"/> slots are free; nothing was written.</exception>
        public void RecordIntent(JournalRecord intent)
        {
            if (!HasRoomForIntent)
            {
                throw new JournalFullException(_journal.SlotCount);
            }

            intent.Type = JournalRecordType.Intent;
            intent.BatchNumber = _checkpoint.BatchNumber;
            AppendAndApply(intent);
        }

        /// <summary>Makes the host's answer durable before it is shown. One write.</summary>
        /// <param name="intent">The intent being answered.</param>
        /// <param name="approved">Whether the host approved.</param>
        /// <param name="responseCode">The host's response code (field 39).</param>
        /// <param name="authCode">The authorization code (field 38), or null.</param>
        /// <param name="rrn">The retrieval reference number (field 37), or null.</param>
        /// <returns>The outcome record (for an approval, the batch entry).</returns>
        public JournalRecord RecordOutcome(JournalRecord intent, bool approved, string responseCode, string authCode, string rrn)
        {
            var outcome = new JournalRecord();
            outcome.CopyFieldsFrom(intent);
            outcome.Type = JournalRecordType.Outcome;
            outcome.Approved = approved;
            outcome.ResponseCode = responseCode;
            outcome.AuthCode = authCode;
            outcome.Rrn = rrn;
            AppendAndApply(outcome);
            return outcome;
        }

        /// <summary>Makes a reversal attempt durable before it is sent. One write.</summary>
        /// <param name="stan">The STAN of the pending intent.</param>
        /// <returns>The attempt number: 1 for the first send (0400), more for repeats (0401).</returns>
        public int RecordReversalAttempt(int stan)
        {
            var attempt = new JournalRecord();
            JournalRecord intent = _pending.Get(stan);
            if (intent != null)
            {
                // The attempt carries the whole request and where its intent lies, so the reversal survives a damaged
                // intent record.
                attempt.CopyFieldsFrom(intent);
                attempt.IntentSlot = intent.Slot;
                attempt.IntentSequence = intent.Sequence;
            }

            attempt.Type = JournalRecordType.ReversalAttempt;
            attempt.Stan = stan;
            attempt.Attempt = AttemptsOf(stan) + 1;
            AppendAndApply(attempt);
            return attempt.Attempt;
        }

        /// <summary>Records that the host acknowledged a reversal; the intent leaves the queue. One write.</summary>
        /// <param name="stan">The STAN of the reversed intent.</param>
        /// <param name="responseCode">The host's response code in the 0410.</param>
        public void RecordReversalDone(int stan, string responseCode)
        {
            var done = new JournalRecord();
            done.Type = JournalRecordType.ReversalDone;
            done.Stan = stan;
            done.ResponseCode = responseCode;
            AppendAndApply(done);
        }

        /// <summary>Records that an intent's request never left the device, so there is nothing to reverse. One write.</summary>
        /// <param name="stan">The STAN of the intent.</param>
        public void RecordAbandoned(int stan)
        {
            var abandoned = new JournalRecord();
            abandoned.Type = JournalRecordType.Abandoned;
            abandoned.Stan = stan;
            AppendAndApply(abandoned);
        }

        /// <summary>Records a batch number from the host (sign-on) if it differs. One write when it does.</summary>
        /// <param name="batchNumber">The batch number.</param>
        public void RecordBatchNumber(int batchNumber)
        {
            if (batchNumber != _checkpoint.BatchNumber || !_checkpoint.BatchOpen)
            {
                WriteCheckpoint(batchNumber, true, _checkpoint.StanHighWater, _checkpoint.ClosedThroughSequence);
            }
        }

        /// <summary>
        /// Closes the open batch after the host accepted its settlement: one checkpoint write makes every
        /// batch entry dead. Refused while reversals are pending (they must reach the host first).
        /// </summary>
        /// <param name="nextBatchNumber">The number of the batch that opens next.</param>
        /// <exception cref="InvalidOperationException">Reversals are pending.</exception>
        public void CloseBatch(int nextBatchNumber)
        {
            if (_pending.Count > 0)
            {
                throw new InvalidOperationException("A batch cannot close while reversals are pending.");
            }

            WriteCheckpoint(nextBatchNumber, true, _checkpoint.StanHighWater, _journal.NextSequence - 1);
            foreach (JournalRecord entry in _batch)
            {
                _journal.Release(entry.Slot);
            }

            _batch.Clear();
            for (int slot = 0; slot < _journal.SlotCount; slot++)
            {
                _journal.Release(slot);
            }

            _attempts.Clear();
            _pinnedBy.Clear();
        }

        /// <summary>Gets how many reversal attempts of an intent have been made (0 before the first).</summary>
        /// <param name="stan">The intent's STAN.</param>
        public int AttemptsOf(int stan)
        {
            JournalRecord attempt = _attempts.Get(stan);
            return attempt == null ? 0 : attempt.Attempt;
        }

        /// <summary>Gets the pending intent with a STAN, or null.</summary>
        /// <param name="stan">The STAN.</param>
        public JournalRecord PendingIntent(int stan)
        {
            return _pending.Get(stan);
        }

        /// <summary>Finds the approved batch entry of a STAN in the open batch, or null.</summary>
        /// <param name="stan">The STAN.</param>
        public JournalRecord FindBatchEntry(int stan)
        {
            for (int i = 0; i < _batch.Count; i++)
            {
                var entry = (JournalRecord)_batch[i];
                if (entry.Stan == stan)
                {
                    return entry;
                }
            }

            return null;
        }

        private void WriteCheckpoint(int batchNumber, bool batchOpen, int stanHighWater, long closedThrough)
        {
            var checkpoint = new JournalRecord();
            checkpoint.Type = JournalRecordType.Checkpoint;
            checkpoint.BatchNumber = batchNumber;
            checkpoint.BatchOpen = batchOpen;
            checkpoint.StanHighWater = stanHighWater;
            checkpoint.ClosedThroughSequence = closedThrough;
            _journal.WriteCheckpoint(checkpoint);

            // Only after the write is durable does the terminal act on the new values.
            _checkpoint.CopyFieldsFrom(checkpoint);
            _checkpoint.Sequence = checkpoint.Sequence;
        }
    }
}
