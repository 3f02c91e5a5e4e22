using System.Collections;
using NanoPos.Hal;

namespace NanoPos.Transactions
{
    /// <content>The boot-time scan of <see cref="Journal"/>: every slot and both checkpoint copies read back.</content>
    public sealed partial class Journal
    {
        /// <summary>
        /// Reads every slot and both checkpoint copies (boot). A record whose bytes are damaged is repaired by its parity
        /// when it can be; one that cannot be read or repaired is counted and its slot remembered, never silently dropped.
        /// </summary>
        /// <returns>The intact (or repaired) records in sequence order, the checkpoint copies, and what was damaged.</returns>
        public JournalRecovery Recover()
        {
            var records = new ArrayList();
            var damagedSlots = new ArrayList();
            int corrected = 0;
            long highest = 0;
            for (int slot = 0; slot < _names.Length; slot++)
            {
                _live[slot] = false;
                _sequenceInSlot[slot] = 0;
                var record = new JournalRecord();
                int state = ReadRecord(_names[slot], record, false);
                if (state == ReadAbsent)
                {
                    continue;
                }

                if (state == ReadDamaged || record.Type == JournalRecordType.Checkpoint)
                {
                    // Torn (a store without atomic writes) or damaged on the medium: the two look alike. The slot is
                    // free for new records; what it held may still be rebuilt from copies in other records.
                    damagedSlots.Add(slot);
                    continue;
                }

                corrected += state;
                record.Slot = slot;
                _live[slot] = true;
                _sequenceInSlot[slot] = record.Sequence;
                highest = record.Sequence > highest ? record.Sequence : highest;
                InsertBySequence(records, record);
            }

            var checkpoints = new ArrayList();
            int damagedCheckpoints = 0;
            for (int i = 0; i < 2; i++)
            {
                _checkpointSequence[i] = 0;
                var candidate = new JournalRecord();
                int state = ReadRecord(CheckpointNames[i], candidate, false);
                if (state == ReadAbsent)
                {
                    continue;
                }

                if (state == ReadDamaged || candidate.Type != JournalRecordType.Checkpoint)
                {
                    damagedCheckpoints++;
                    continue;
                }

                corrected += state;
                _checkpointSequence[i] = candidate.Sequence;
                highest = candidate.Sequence > highest ? candidate.Sequence : highest;
                InsertBySequence(checkpoints, candidate);
            }

            _nextSequence = highest + 1;
            return new JournalRecovery(records, checkpoints, corrected, damagedSlots, damagedCheckpoints);
        }

        /// <summary>
        /// Reads one slot again with the copy of the batch entry its record carries (the boot scan noted only whose copy
        /// it is): recovery asks for it when that entry's own record is missing.
        /// </summary>
        /// <param name="slot">The slot.</param>
        /// <returns>The copy, or null when the slot no longer yields it.</returns>
        internal JournalRecord ReadTailOf(int slot)
        {
            var record = new JournalRecord();
            return slot >= 0 && slot < _names.Length && ReadRecord(_names[slot], record, true) >= 0 ? record.Tail : null;
        }

        internal static void InsertBySequence(ArrayList records, JournalRecord record)
        {
            int i = records.Count;
            while (i > 0 && ((JournalRecord)records[i - 1]).Sequence > record.Sequence)
            {
                i--;
            }

            records.Insert(i, record);
        }

        // ReadRecord's results besides a count of repaired bytes (0 or more).
        private const int ReadAbsent = -1;
        private const int ReadDamaged = -2;

        private int ReadRecord(string name, JournalRecord into, bool withTail)
        {
            int length;
            try
            {
                // Where the store can hand over bytes that fail its own check, take them: the record's parity may
                // repair them. Otherwise a record the store rejects counts as damaged.
                IRawRecordReader raw = _store as IRawRecordReader;
                if (raw != null)
                {
                    bool verified;
                    length = raw.ReadRaw(name, _buffer, 0, _buffer.Length, out verified);
                }
                else
                {
                    length = _store.Read(name, _buffer, 0, _buffer.Length);
                }
            }
            catch (System.IO.IOException)
            {
                // Never allowed to stop the boot (which would also stop the reversals).
                return _store.Exists(name) ? ReadDamaged : ReadAbsent;
            }
            catch (System.ArgumentException)
            {
                // Longer than any record: not one of ours, or damaged beyond recognition.
                return ReadDamaged;
            }

            if (length < 0)
            {
                return ReadAbsent;
            }

            int repaired = JournalRecordCodec.Decode(_buffer, 0, length, into, withTail);
            return repaired >= 0 && into.Sequence > 0 ? repaired : ReadDamaged;
        }
    }
}
