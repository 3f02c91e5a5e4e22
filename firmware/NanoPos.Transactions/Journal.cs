using System;
using NanoPos.Hal;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The journal over an <see cref="IRecordStore"/> (docs/transaction-engine.md): a set of slots named
    /// "j000", "j001", … holding one record each, plus a pair of checkpoint records "cp0"/"cp1" written in
    /// turn. A record is written only into a slot whose record is dead, and a checkpoint only over the
    /// older of the pair, so a torn write can never destroy a record that matters.
    /// </summary>
    /// <remarks>
    /// The journal knows slots and sequence numbers; which records are live is decided by its owner
    /// (<see cref="TransactionLog"/>) through <see cref="Release"/>. After <see cref="Recover"/> every intact
    /// record starts live. Sequence numbers order all records, ring and checkpoints alike. Not thread-safe:
    /// the engine drives it from one thread. Writing and slot state are in this file; reading back at boot, the format
    /// check and the migration's rewrite are in Journal.Recovery.cs.
    /// <para>A slot can also be <b>stale</b>: it holds the old copy of a record that <see cref="Rewrite"/> (format migration)
    /// wrote again elsewhere under the same sequence number, until the old copy is deleted. A stale slot is neither live
    /// nor free, and the record it holds counts as still stored.</para>
    /// </remarks>
    public sealed partial class Journal
    {
        /// <summary>The default number of slots.</summary>
        public const int DefaultSlotCount = 64;

        private static readonly string[] CheckpointNames = new string[] { "cp0", "cp1" };

        private readonly IRecordStore _store;
        private readonly string[] _names;
        private readonly bool[] _live;
        private readonly long[] _sequenceInSlot;
        private readonly bool[] _stale;
        private readonly bool[] _damaged;
        private int _staleCount;
        private int _newestUnknown;
        private readonly long[] _checkpointSequence = new long[2];
        private readonly byte[] _buffer = new byte[JournalRecordCodec.MaxRecordLength];
        private long _nextSequence = 1;
        private int _cursor;
        private int _writes;
        private long _bytesWritten;

        /// <summary>Creates a journal over a store.</summary>
        /// <param name="store">The durable store.</param>
        /// <param name="slotCount">The number of ring slots, 4 to 1000.</param>
        /// <exception cref="ArgumentOutOfRangeException">The slot count is outside 4 to 1000.</exception>
        public Journal(IRecordStore store, int slotCount)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            if (slotCount < 4 || slotCount > 1000)
            {
                throw new ArgumentOutOfRangeException("slotCount", "A journal has 4 to 1000 slots.");
            }

            _store = store;
            _names = StringArray.Create(slotCount);
            _live = new bool[slotCount];
            _sequenceInSlot = new long[slotCount];
            _stale = new bool[slotCount];
            _damaged = new bool[slotCount];
            for (int i = 0; i < slotCount; i++)
            {
                _names[i] = SlotName(i);
            }
        }

        /// <summary>Gets the number of ring slots.</summary>
        public int SlotCount
        {
            get { return _names.Length; }
        }

        /// <summary>Gets the sequence number the next write will use.</summary>
        public long NextSequence
        {
            get { return _nextSequence; }
        }

        /// <summary>Gets the durable writes (records and checkpoints) made since this instance was created.</summary>
        public int Writes
        {
            get { return _writes; }
        }

        /// <summary>Gets the bytes written since this instance was created.</summary>
        public long BytesWritten
        {
            get { return _bytesWritten; }
        }

        /// <summary>Gets the number of slots holding a live record.</summary>
        public int LiveCount
        {
            get
            {
                int n = 0;
                for (int i = 0; i < _live.Length; i++)
                {
                    n += _live[i] ? 1 : 0;
                }

                return n;
            }
        }

        /// <summary>Gets whether a slot is free for the next append.</summary>
        public bool CanAppend
        {
            get { return FindFreeSlot(false) >= 0; }
        }

        /// <summary>Gets the number of slots whose record is dead (free for appends).</summary>
        public int FreeSlots
        {
            get { return _names.Length - LiveCount - StaleCount; }
        }

        /// <summary>Gets the number of stale slots: old copies of rewritten records not deleted yet (see the class remarks).</summary>
        public int StaleCount
        {
            get { return _staleCount; }
        }

        /// <summary>Returns the record name of a ring slot: "j" and three digits.</summary>
        /// <param name="slot">The slot, 0 to 999.</param>
        public static string SlotName(int slot)
        {
            return "j" + (slot < 10 ? "00" : slot < 100 ? "0" : string.Empty) + slot.ToString();
        }

        /// <summary>Returns the record name of one of the two checkpoint records.</summary>
        /// <param name="index">0 or 1.</param>
        public static string CheckpointName(int index)
        {
            return CheckpointNames[index];
        }

        /// <summary>
        /// Writes a ring record durably into a free slot, assigning its sequence number and slot. The record is
        /// live until released. On an exception nothing is assigned.
        /// </summary>
        /// <param name="record">The record to write; Type and the fields of its type must be set (not a checkpoint).</param>
        /// <returns>The sequence number of the dead record the write replaced in that slot, 0 when the slot held none.</returns>
        /// <exception cref="JournalFullException">Every slot holds a live record.</exception>
        /// <exception cref="JournalFormatException">A value does not fit the record layout.</exception>
        public long Append(JournalRecord record)
        {
            if (record.Type == JournalRecordType.Checkpoint)
            {
                throw new JournalFormatException("Checkpoints are written with WriteCheckpoint.");
            }

            int slot = FindFreeSlot(false);
            if (slot < 0)
            {
                throw new JournalFullException(_names.Length);
            }

            record.Sequence = _nextSequence;
            Write(record, _names[slot]);
            _nextSequence++;
            return Occupy(slot, record);
        }

        /// <summary>
        /// Writes a checkpoint to both copies of the pair, the older first: after both writes either copy alone holds it,
        /// so a single damaged copy is survived; a power cut between the two leaves the newer one and the previous one.
        /// </summary>
        /// <remarks>Two durable writes, once per STAN block (a checkpoint per 100 STANs by default) and per batch change:
        /// 0.02 writes per sale.</remarks>
        /// <param name="record">The checkpoint; its sequence is set by the second write.</param>
        /// <exception cref="JournalFormatException">The record is not a checkpoint.</exception>
        public void WriteCheckpoint(JournalRecord record)
        {
            if (record.Type != JournalRecordType.Checkpoint)
            {
                throw new JournalFormatException("Only checkpoints go to the checkpoint pair.");
            }

            int older = _checkpointSequence[0] <= _checkpointSequence[1] ? 0 : 1;
            record.Sequence = _nextSequence;
            Write(record, CheckpointNames[older]);
            _checkpointSequence[older] = record.Sequence;
            _nextSequence++;
            record.Sequence = _nextSequence;
            Write(record, CheckpointNames[1 - older]);
            _checkpointSequence[1 - older] = record.Sequence;
            _nextSequence++;
            record.Slot = -1;
        }

        /// <summary>Marks a slot's record dead, so a later append may overwrite it. Costs no write.</summary>
        /// <param name="slot">The slot from <see cref="JournalRecord.Slot"/>; out-of-range values are ignored.</param>
        public void Release(int slot)
        {
            if (slot >= 0 && slot < _live.Length)
            {
                _live[slot] = false;
            }
        }

        /// <summary>Gets whether a slot holds a live record.</summary>
        /// <param name="slot">The slot; out-of-range values give false.</param>
        public bool IsLive(int slot)
        {
            return slot >= 0 && slot < _live.Length && _live[slot];
        }

        /// <summary>Gets the sequence number of the record stored in a slot (live or dead), 0 when none.</summary>
        /// <param name="slot">The slot; out-of-range values give 0.</param>
        public long SequenceInSlot(int slot)
        {
            return slot >= 0 && slot < _live.Length ? _sequenceInSlot[slot] : 0;
        }

        private void Write(JournalRecord record, string name)
        {
            int length = JournalRecordCodec.Encode(record, _buffer);

            // The durable write. A power cut inside it can only damage what this name held, which is dead.
            _store.Write(name, _buffer, 0, length);
            record.Version = JournalRecordCodec.CurrentVersion;
            _writes++;
            _bytesWritten += length;
        }

        private long Occupy(int slot, JournalRecord record)
        {
            long replaced = _sequenceInSlot[slot];
            record.Slot = slot;
            _live[slot] = true;
            _damaged[slot] = false;
            _sequenceInSlot[slot] = record.Sequence;
            _cursor = (slot + 1) % _names.Length;

            // A record whose old copy is still stored in a stale slot is not gone from flash: whatever is pinned to it stays.
            for (int i = 0; i < _stale.Length && replaced > 0 && _staleCount > 0; i++)
            {
                replaced = _stale[i] && _sequenceInSlot[i] == replaced ? 0 : replaced;
            }

            return replaced;
        }

        private void DeleteStale(int slot)
        {
            // A durable delete (a write on flash). Until it returns the old copy is still there, and stays stale.
            _store.Delete(_names[slot]);
            _writes++;
            _stale[slot] = false;
            _staleCount--;
            _sequenceInSlot[slot] = 0;
        }

        private int FindFreeSlot(bool skipDamaged)
        {
            // Round-robin from the last write spreads wear over the flash. A migration keeps off slots found damaged: what
            // they held may matter to the next boot's safe side (a reversal sent as a repeat), and their loss is counted.
            for (int i = 0; i < _names.Length; i++)
            {
                int slot = (_cursor + i) % _names.Length;
                if (!_live[slot] && !_stale[slot] && !(skipDamaged && _damaged[slot]))
                {
                    return slot;
                }
            }

            return -1;
        }
    }
}
