using System;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Journal records by a number (a STAN or a sequence number), held in two parallel arrays and searched in
    /// order. The tables of <see cref="TransactionLog"/> hold a handful of entries (pending reversals, their latest
    /// attempts, pinned resolvers; never more than the journal has slots), so a short scan of longs costs less on
    /// the interpreter than a Hashtable, which boxes an int key into a new object on every lookup and calls
    /// GetHashCode and Equals on it.
    /// </summary>
    internal sealed class RecordTable
    {
        private long[] _keys;
        private JournalRecord[] _records;
        private int _count;

        /// <summary>Creates an empty table.</summary>
        /// <param name="capacity">The entries expected at most (the journal's slot count), 1 or more; more still fit.</param>
        internal RecordTable(int capacity)
        {
            _keys = new long[capacity];
            _records = new JournalRecord[capacity];
        }

        /// <summary>Gets the number of entries.</summary>
        internal int Count
        {
            get { return _count; }
        }

        /// <summary>Gets the record of the entry at an index, 0 to <see cref="Count"/> - 1 (in no particular order).</summary>
        internal JournalRecord At(int index)
        {
            return _records[index];
        }

        /// <summary>Gets the record stored under a key, or null.</summary>
        internal JournalRecord Get(long key)
        {
            int i = IndexOf(key);
            return i < 0 ? null : _records[i];
        }

        /// <summary>Stores a record under a key, replacing the one stored there before.</summary>
        internal void Put(long key, JournalRecord record)
        {
            int i = IndexOf(key);
            if (i >= 0)
            {
                _records[i] = record;
                return;
            }

            if (_count == _keys.Length)
            {
                Grow();
            }

            _keys[_count] = key;
            _records[_count] = record;
            _count++;
        }

        /// <summary>Removes the entry of a key and returns its record, or null when there was none.</summary>
        internal JournalRecord Remove(long key)
        {
            int i = IndexOf(key);
            if (i < 0)
            {
                return null;
            }

            JournalRecord removed = _records[i];
            _count--;
            _keys[i] = _keys[_count];
            _records[i] = _records[_count];
            _records[_count] = null;
            return removed;
        }

        /// <summary>Removes every entry.</summary>
        internal void Clear()
        {
            Array.Clear(_records, 0, _count);
            _count = 0;
        }

        private int IndexOf(long key)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_keys[i] == key)
                {
                    return i;
                }
            }

            return -1;
        }

        private void Grow()
        {
            long[] keys = new long[_keys.Length * 2];
            JournalRecord[] records = new JournalRecord[_keys.Length * 2];
            Array.Copy(_keys, keys, _count);
            Array.Copy(_records, records, _count);
            _keys = keys;
            _records = records;
        }
    }
}
