using System;
using NanoPos.Hal;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The merchant's history: the last <see cref="Capacity"/> sales, voids and refunds whatever their end (approved,
    /// declined, reversed and why, not sent, voided), kept across settlements and reboots in <see cref="PageCount"/> records
    /// "hist.0" … "hist.4" of <see cref="EntriesPerPage"/> entries each. The journal stays the money's truth; this is its
    /// story, for the merchant who asks "was I charged twice?".
    /// </summary>
    /// <remarks>
    /// <para>Written off the payment's path: the UI records an entry after the result is on screen and saves the changed
    /// page with its own records, so a sale still costs two durable writes before its answer shows. A change rewrites one
    /// page (720 bytes), never the whole history. Each page is written whole (the store's atomic replace) and carries a
    /// CRC-32: a page found damaged is dropped (its entries are lost from the history, never money) and counted in
    /// <see cref="DamagedPages"/>.</para>
    /// <para>A power cut between a payment's end and the page write loses nothing that matters: at the next boot
    /// <see cref="HistoryRecorder.AdoptRecovered"/> adds the approved entries of the batch and the interrupted requests the
    /// journal still holds. Only a decline or a not-sent request in that window is missing from the history.</para>
    /// <para>Not thread-safe: the UI thread alone uses it.</para>
    /// </remarks>
    public sealed class TransactionHistory
    {
        /// <summary>The number of history records.</summary>
        public const int PageCount = 5;

        /// <summary>The entries per record.</summary>
        public const int EntriesPerPage = 8;

        /// <summary>The most entries kept: the oldest is forgotten when a new one comes.</summary>
        public const int Capacity = PageCount * EntriesPerPage;

        /// <summary>The bytes of one history record: magic, version, page index, the slots and a CRC-32.</summary>
        public const int PageBytes = Header + (EntriesPerPage * HistoryCodec.SlotBytes) + 4;

        private const int Header = 4;
        private const byte Magic0 = (byte)'H';
        private const byte Magic1 = (byte)'P';
        private const byte Version = 1;

        private static readonly string[] s_names = new string[] { "hist.0", "hist.1", "hist.2", "hist.3", "hist.4" };

        private readonly IRecordStore _store;
        private readonly byte[] _slots = new byte[Capacity * HistoryCodec.SlotBytes];
        private readonly byte[] _page = new byte[PageBytes];
        private readonly bool[] _dirty = new bool[PageCount];
        private int _newest;

        /// <summary>Creates an empty history over a store; <see cref="Load"/> reads what the store holds.</summary>
        /// <param name="store">The durable record store.</param>
        /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
        public TransactionHistory(IRecordStore store)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            _store = store;
        }

        /// <summary>Gets the name of a history record, for tools that read the store.</summary>
        /// <param name="page">The page, 0 to <see cref="PageCount"/> - 1.</param>
        /// <returns>The record name.</returns>
        public static string RecordName(int page)
        {
            return s_names[page];
        }

        /// <summary>Gets how many entries the history holds, at most <see cref="Capacity"/>.</summary>
        public int Count { get; private set; }

        /// <summary>Gets how many history records <see cref="Load"/> found damaged (their entries are lost).</summary>
        public int DamagedPages { get; private set; }

        /// <summary>Gets how many records <see cref="Save"/> has written since this instance was made.</summary>
        public int Writes { get; private set; }

        /// <summary>Gets a value indicating whether a change is not yet durable.</summary>
        public bool HasUnsavedChanges
        {
            get
            {
                for (int p = 0; p < PageCount; p++)
                {
                    if (_dirty[p])
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Reads the history records. A missing record is an empty page; a damaged or unreadable one is dropped and counted.</summary>
        public void Load()
        {
            DamagedPages = 0;
            Array.Clear(_slots, 0, _slots.Length);
            for (int p = 0; p < PageCount; p++)
            {
                _dirty[p] = false;
                if (!_store.Exists(s_names[p]))
                {
                    continue;
                }

                int length;
                try
                {
                    length = _store.Read(s_names[p], _page, 0, PageBytes);
                }
                catch (ArgumentException)
                {
                    length = -2;   // longer than a page: not ours
                }
                catch (System.IO.IOException)
                {
                    length = -3;   // the store's own check found it damaged: only this page's entries are lost
                }

                if (length != PageBytes || _page[0] != Magic0 || _page[1] != Magic1 || _page[2] != Version || _page[3] != p
                    || Crc32.Compute(_page, 0, PageBytes - 4) != ReadCrc(_page, PageBytes - 4))
                {
                    DamagedPages++;
                    continue;
                }

                Array.Copy(_page, Header, _slots, p * EntriesPerPage * HistoryCodec.SlotBytes, EntriesPerPage * HistoryCodec.SlotBytes);
            }

            _newest = 0;
            for (int i = 0; i < Capacity; i++)
            {
                int offset = i * HistoryCodec.SlotBytes;
                if (HistoryCodec.IsUsed(_slots, offset))
                {
                    int number = HistoryCodec.NumberOf(_slots, offset);
                    _newest = number > _newest ? number : _newest;
                }
            }

            // A slot whose number does not belong there, or is older than the ring keeps, is dropped (a page written by a
            // different ring size, or left behind by a damaged neighbour).
            Count = 0;
            for (int i = 0; i < Capacity; i++)
            {
                int offset = i * HistoryCodec.SlotBytes;
                if (!HistoryCodec.IsUsed(_slots, offset))
                {
                    continue;
                }

                int number = HistoryCodec.NumberOf(_slots, offset);
                if (number < 1 || number <= _newest - Capacity || SlotOf(number) != i)
                {
                    Array.Clear(_slots, offset, HistoryCodec.SlotBytes);
                }
                else
                {
                    Count++;
                }
            }
        }

        /// <summary>Reads an entry, the newest first.</summary>
        /// <param name="index">0 for the newest, up to <see cref="Count"/> - 1.</param>
        /// <param name="into">The entry to fill.</param>
        /// <returns>True when the entry was read; false when the index is out of range or its slot is not a valid entry.</returns>
        public bool Read(int index, HistoryEntry into)
        {
            int offset = OffsetOf(index);
            return offset >= 0 && HistoryCodec.Decode(_slots, offset, into);
        }

        /// <summary>Finds the newest entry of a kind with a STAN.</summary>
        /// <param name="stan">The STAN.</param>
        /// <param name="kind">The kind.</param>
        /// <returns>Its index (0 the newest), or -1 when the history has none.</returns>
        public int Find(int stan, TransactionKind kind)
        {
            for (int index = 0; index < Count; index++)
            {
                if (HistoryCodec.StanOf(_slots, OffsetOf(index), out TransactionKind found) == stan && found == kind)
                {
                    return index;
                }
            }

            return -1;
        }

        /// <summary>Gets the STAN of the newest entry, or -1 when the history is empty.</summary>
        public int NewestStan
        {
            get { return Count == 0 ? -1 : HistoryCodec.StanOf(_slots, OffsetOf(0), out TransactionKind unused); }
        }

        /// <summary>Adds an entry as the newest (its <see cref="HistoryEntry.Number"/> is assigned); the oldest goes when full.</summary>
        /// <param name="entry">The entry; its number is set.</param>
        public void Add(HistoryEntry entry)
        {
            _newest++;
            entry.Number = _newest;
            int slot = SlotOf(_newest);
            bool replaces = HistoryCodec.IsUsed(_slots, slot * HistoryCodec.SlotBytes);
            HistoryCodec.Encode(entry, _slots, slot * HistoryCodec.SlotBytes);
            Count = replaces ? Count : Count + 1;
            _dirty[slot / EntriesPerPage] = true;
        }

        /// <summary>Replaces an entry in place (a sale now voided, a reversal now delivered); its number is kept.</summary>
        /// <param name="index">Its index, 0 the newest.</param>
        /// <param name="entry">The new content.</param>
        public void Update(int index, HistoryEntry entry)
        {
            int offset = OffsetOf(index);
            if (offset < 0)
            {
                throw new ArgumentOutOfRangeException("index");
            }

            entry.Number = HistoryCodec.NumberOf(_slots, offset);
            HistoryCodec.Encode(entry, _slots, offset);
            _dirty[offset / HistoryCodec.SlotBytes / EntriesPerPage] = true;
        }

        /// <summary>Writes every changed record. A failure leaves the change owed; the next call tries again.</summary>
        /// <returns>The number of records written.</returns>
        /// <exception cref="System.IO.IOException">The store cannot be written (full or failing).</exception>
        public int Save()
        {
            int written = 0;
            for (int p = 0; p < PageCount; p++)
            {
                if (!_dirty[p])
                {
                    continue;
                }

                _page[0] = Magic0;
                _page[1] = Magic1;
                _page[2] = Version;
                _page[3] = (byte)p;
                Array.Copy(_slots, p * EntriesPerPage * HistoryCodec.SlotBytes, _page, Header, EntriesPerPage * HistoryCodec.SlotBytes);
                WriteCrc(_page, PageBytes - 4, Crc32.Compute(_page, 0, PageBytes - 4));
                _store.Write(s_names[p], _page, 0, PageBytes);
                _dirty[p] = false;
                Writes++;
                written++;
            }

            return written;
        }

        private static int SlotOf(int number)
        {
            return (number - 1) % Capacity;
        }

        private int OffsetOf(int index)
        {
            // Walks back from the newest number, skipping the slots a damaged page emptied.
            int seen = 0;
            for (int back = 0; back < Capacity && _newest - back >= 1; back++)
            {
                int offset = SlotOf(_newest - back) * HistoryCodec.SlotBytes;
                if (HistoryCodec.IsUsed(_slots, offset))
                {
                    if (seen == index)
                    {
                        return offset;
                    }

                    seen++;
                }
            }

            return -1;
        }

        private static uint ReadCrc(byte[] data, int offset)
        {
            return (uint)(data[offset] | (data[offset + 1] << 8) | (data[offset + 2] << 16) | (data[offset + 3] << 24));
        }

        private static void WriteCrc(byte[] data, int offset, uint crc)
        {
            data[offset] = (byte)crc;
            data[offset + 1] = (byte)(crc >> 8);
            data[offset + 2] = (byte)(crc >> 16);
            data[offset + 3] = (byte)(crc >> 24);
        }
    }
}
