using System.Collections;
using NanoPos.Hal;

namespace NanoPos.Transactions
{
    /// <content>
    /// The boot-time work of <see cref="Journal"/>: the scan that reads every slot and both checkpoint copies back, the
    /// check of the journal's format, and the primitives of the format migration (docs/transaction-engine.md, "Journal
    /// versions").
    /// </content>
    public sealed partial class Journal
    {
        /// <summary>
        /// Gets the journal's format version as the boot scan found it: the highest version of an intact checkpoint copy (the
        /// checkpoint pair is the journal's header), 0 when neither copy could be read (an empty journal).
        /// </summary>
        public int FormatVersion { get; private set; }

        /// <summary>
        /// Reads only the journal's header, the checkpoint pair (two reads, no write), and returns the format version it
        /// names: the highest of the two copies, also one newer than this firmware can decode; 0 when neither copy names
        /// one. A boot calls it before anything else may write (<see cref="PaymentEngine.CheckJournalFormat"/>).
        /// </summary>
        /// <returns>The format version, 0 when none.</returns>
        public int ReadFormatVersion()
        {
            int version = 0;
            var candidate = new JournalRecord();
            for (int i = 0; i < 2; i++)
            {
                int state = ReadRecord(CheckpointNames[i], candidate, false);
                int found = state == ReadNewer ? _newestUnknown : state >= 0 && candidate.Type == JournalRecordType.Checkpoint ? candidate.Version : 0;
                version = found > version ? found : version;
            }

            return version;
        }

        /// <summary>
        /// Reads every slot and both checkpoint copies (boot). A record whose bytes are damaged is repaired by its parity
        /// when it can be; one that cannot be read or repaired is counted and its slot remembered, never silently dropped.
        /// </summary>
        /// <returns>The intact (or repaired) records in sequence order, the checkpoint copies, and what was damaged.</returns>
        /// <exception cref="JournalVersionException">A checkpoint copy or a slot holds a record of a newer format than this
        /// firmware reads: the journal is refused as a whole, and nothing has been written.</exception>
        public JournalRecovery Recover()
        {
            var records = new ArrayList();
            var damagedSlots = new ArrayList();
            int corrected = 0;
            long highest = 0;
            int newer = 0;
            _staleCount = 0;
            for (int slot = 0; slot < _names.Length; slot++)
            {
                _live[slot] = false;
                _stale[slot] = false;
                _damaged[slot] = false;
                _sequenceInSlot[slot] = 0;
                var record = new JournalRecord();
                int state = ReadRecord(_names[slot], record, false);
                if (state == ReadAbsent)
                {
                    continue;
                }

                if (state == ReadNewer)
                {
                    newer = _newestUnknown > newer ? _newestUnknown : newer;
                    continue;
                }

                if (state == ReadDamaged || record.Type == JournalRecordType.Checkpoint)
                {
                    // Torn (a store without atomic writes) or damaged on the medium: the two look alike. The slot is
                    // free for new records; what it held may still be rebuilt from copies in other records.
                    damagedSlots.Add(slot);
                    _damaged[slot] = true;
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
            int format = 0;
            for (int i = 0; i < 2; i++)
            {
                _checkpointSequence[i] = 0;
                var candidate = new JournalRecord();
                int state = ReadRecord(CheckpointNames[i], candidate, false);
                if (state == ReadAbsent)
                {
                    continue;
                }

                if (state == ReadNewer)
                {
                    newer = _newestUnknown > newer ? _newestUnknown : newer;
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
                format = candidate.Version > format ? candidate.Version : format;
                InsertBySequence(checkpoints, candidate);
            }

            if (newer > 0)
            {
                // Refused as a whole before anything is written: a newer firmware's records may mean what this one cannot tell.
                throw new JournalVersionException(newer, JournalRecordCodec.CurrentVersion);
            }

            SetAsideCopies(records);
            FormatVersion = format;
            _nextSequence = highest + 1;
            var found = new JournalRecovery(records, checkpoints, corrected, damagedSlots, damagedCheckpoints);
            found.FormatVersion = format;
            return found;
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

        /// <summary>
        /// Writes a live ring record again in the current format (migration), under its own sequence number, into a free
        /// slot that was not found damaged; the old copy's slot becomes stale, for <see cref="DeleteStaleSlots"/>. A power cut
        /// before that delete leaves two copies of the same record, which recovery reads as one (the newer format wins).
        /// </summary>
        /// <param name="record">A live record read from a slot, its fields complete for the current format.</param>
        /// <returns>The sequence number of the dead record the write replaced, 0 when none (as <see cref="Append"/>).</returns>
        /// <exception cref="JournalFullException">No free slot that was not found damaged.</exception>
        internal long Rewrite(JournalRecord record)
        {
            int old = record.Slot;
            int slot = FindFreeSlot(true);
            if (slot < 0)
            {
                throw new JournalFullException(_names.Length);
            }

            Write(record, _names[slot]);
            long replaced = Occupy(slot, record);
            if (old >= 0 && old < _live.Length)
            {
                // The old copy is dead but still stored: stale until DeleteStaleSlots has deleted it.
                _live[old] = false;
                _stale[old] = true;
                _staleCount++;
            }

            return replaced;
        }

        /// <summary>Gets whether a slot is free for a migrated copy: neither live nor stale, and not found damaged at boot.</summary>
        internal bool HasMigrationRoom
        {
            get { return FindFreeSlot(true) >= 0; }
        }

        /// <summary>Deletes the old copies of rewritten records (stale slots), each a durable delete; the slot becomes free.</summary>
        /// <returns>The number deleted.</returns>
        /// <exception cref="System.IO.IOException">The store failed a delete; that slot stays stale, the others are done.</exception>
        internal int DeleteStaleSlots()
        {
            int deleted = 0;
            for (int slot = 0; slot < _stale.Length; slot++)
            {
                if (_stale[slot])
                {
                    DeleteStale(slot);
                    deleted++;
                }
            }

            return deleted;
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

        // ReadRecord's results besides a count of repaired bytes (0 or more). ReadNewer: not decodable, and its header names
        // a format above this firmware's (the version is left in _newestUnknown).
        private const int ReadAbsent = -1;
        private const int ReadDamaged = -2;
        private const int ReadNewer = -3;

        private void SetAsideCopies(ArrayList records)
        {
            // Two records with one sequence number are two copies of one record: a migration was cut between writing the
            // new copy and deleting the old. The copy in the newer format is the record; the other slot is stale (neither
            // live nor free) until the migration deletes it. The list is in sequence order, so copies are neighbours.
            for (int i = records.Count - 1; i > 0; i--)
            {
                var a = (JournalRecord)records[i - 1];
                var b = (JournalRecord)records[i];
                if (a.Sequence == b.Sequence)
                {
                    JournalRecord old = a.Version < b.Version ? a : b;
                    _live[old.Slot] = false;
                    _stale[old.Slot] = true;
                    _staleCount++;
                    records.Remove(old);
                }
            }
        }

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
            if (repaired < 0)
            {
                // Only after the parity had its chance: a version byte flipped on a record of a known format is repaired.
                int version = JournalRecordCodec.PeekVersion(_buffer, 0, length);
                if (version > JournalRecordCodec.CurrentVersion)
                {
                    _newestUnknown = version;
                    return ReadNewer;
                }
            }

            return repaired >= 0 && into.Sequence > 0 ? repaired : ReadDamaged;
        }
    }
}
