using System.Collections;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Recovery of <see cref="Journal"/> at boot: every slot and both checkpoints are read, intact records are kept
    /// in sequence order, and anything torn, foreign or misplaced, or that the medium cannot return, is counted and
    /// dropped, never allowed to stop the boot.
    /// </summary>
    public sealed partial class Journal
    {
        /// <summary>
        /// Reads every slot and both checkpoints. Returns the intact ring records ordered by sequence number and
        /// the newest intact checkpoint; torn, foreign or misplaced records are skipped and counted. Marks every
        /// returned ring record live and continues the sequence after the highest one found.
        /// </summary>
        /// <returns>What was found.</returns>
        public JournalRecovery Recover()
        {
            var records = new ArrayList();
            int torn = 0;
            long highest = 0;
            for (int slot = 0; slot < _names.Length; slot++)
            {
                _live[slot] = false;
                _sequenceInSlot[slot] = 0;
                JournalRecord record = ReadRecord(_names[slot]);
                if (record == null)
                {
                    torn += _store.Exists(_names[slot]) ? 1 : 0;
                    continue;
                }

                if (record.Type == JournalRecordType.Checkpoint)
                {
                    torn++;
                    continue;
                }

                record.Slot = slot;
                _live[slot] = true;
                _sequenceInSlot[slot] = record.Sequence;
                highest = record.Sequence > highest ? record.Sequence : highest;
                InsertBySequence(records, record);
            }

            JournalRecord checkpoint = null;
            for (int i = 0; i < 2; i++)
            {
                _checkpointSequence[i] = 0;
                JournalRecord candidate = ReadRecord(CheckpointNames[i]);
                if (candidate == null || candidate.Type != JournalRecordType.Checkpoint)
                {
                    torn += _store.Exists(CheckpointNames[i]) ? 1 : 0;
                    continue;
                }

                _checkpointSequence[i] = candidate.Sequence;
                highest = candidate.Sequence > highest ? candidate.Sequence : highest;
                if (checkpoint == null || candidate.Sequence > checkpoint.Sequence)
                {
                    checkpoint = candidate;
                }
            }

            _nextSequence = highest + 1;
            return new JournalRecovery(records, checkpoint, torn);
        }

        /// <summary>Inserts a record into a list kept in sequence order (records mostly arrive in order, so from the end).</summary>
        /// <param name="records">The list (JournalRecord), in sequence order.</param>
        /// <param name="record">The record to insert.</param>
        internal static void InsertBySequence(ArrayList records, JournalRecord record)
        {
            int i = records.Count;
            while (i > 0 && ((JournalRecord)records[i - 1]).Sequence > record.Sequence)
            {
                i--;
            }

            records.Insert(i, record);
        }

        private JournalRecord ReadRecord(string name)
        {
            int length;
            try
            {
                length = _store.Read(name, _buffer, 0, _buffer.Length);
            }
            catch (System.IO.IOException)
            {
                // A record the medium cannot return intact is treated like a torn one: dropped and counted,
                // never allowed to stop the boot (which would also stop the reversals).
                return null;
            }

            if (length < 0)
            {
                return null;
            }

            var record = new JournalRecord();
            return JournalRecordCodec.TryDecode(_buffer, 0, length, record) && record.Sequence > 0 ? record : null;
        }
    }
}
