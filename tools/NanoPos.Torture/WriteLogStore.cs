using System.Collections.Generic;
using NanoPos.Hal;
using NanoPos.Transactions;

namespace NanoPos.Torture
{
    /// <summary>One durable write that completed: which record, what it held, how long it was.</summary>
    public sealed class WriteRecord
    {
        /// <summary>Gets or sets the 1-based number of the durable write since the store was created.</summary>
        public int Number { get; set; }

        /// <summary>Gets or sets the record name ("j003", "cp1").</summary>
        public string Name { get; set; }

        /// <summary>Gets or sets the journal record type read from the frame (byte 3), or null when it is not a journal frame or was a delete.</summary>
        public JournalRecordType? Type { get; set; }

        /// <summary>Gets or sets the bytes written (0 for a delete).</summary>
        public int Length { get; set; }

        /// <summary>Describes the write: "j001 Outcome 92 B", "keys.work Keys 48 B" (the wrapped working keys of a sign-on).</summary>
        /// <returns>The description.</returns>
        public override string ToString()
        {
            return Name + " " + (Type.HasValue ? Type.Value.ToString() : Length == 0 ? "delete" : Name == KeyRing.WorkingKeysRecord || Name == KeyRing.MasterKeyRecord ? "Keys" : "?") + " " + Length + " B";
        }
    }

    /// <summary>
    /// An <see cref="IRecordStore"/> in front of the simulated flash that logs every durable write which
    /// completed, so a clean run tells the campaign what each cut point interrupts and how long each record is
    /// (for the torn-write prefixes). Faults stay armed on the flash underneath. It passes the flash's raw read through
    /// (so the journal repairs flipped bits as it would on the board) and calls <see cref="AfterWrite"/> after each
    /// completed write (where the damage campaign damages a record).
    /// </summary>
    internal sealed class WriteLogStore : IRecordStore, IRawRecordReader
    {
        private readonly IRecordStore _inner;
        private readonly List<WriteRecord> _writes = new List<WriteRecord>();

        internal WriteLogStore(IRecordStore inner)
        {
            _inner = inner;
        }

        internal IReadOnlyList<WriteRecord> Writes => _writes;

        /// <summary>Gets or sets what to do after durable write n (1-based) completed, or null.</summary>
        internal System.Action<int> AfterWrite { get; set; }

        public long FreeBytes => _inner.FreeBytes;

        public void Write(string name, byte[] data, int offset, int count)
        {
            _inner.Write(name, data, offset, count);
            JournalRecordType? type = null;
            if (count > 3 && data[offset] == (byte)'N' && data[offset + 1] == (byte)'J')
            {
                type = (JournalRecordType)data[offset + 3];
            }

            _writes.Add(new WriteRecord { Number = _writes.Count + 1, Name = name, Type = type, Length = count });
            AfterWrite?.Invoke(_writes.Count);
        }

        public int ReadRaw(string name, byte[] buffer, int offset, int count, out bool verified)
        {
            if (_inner is IRawRecordReader raw)
            {
                return raw.ReadRaw(name, buffer, offset, count, out verified);
            }

            verified = true;
            return _inner.Read(name, buffer, offset, count);
        }

        public int Read(string name, byte[] buffer, int offset, int count)
        {
            return _inner.Read(name, buffer, offset, count);
        }

        public bool Exists(string name)
        {
            return _inner.Exists(name);
        }

        public bool Delete(string name)
        {
            bool deleted = _inner.Delete(name);
            if (deleted)
            {
                _writes.Add(new WriteRecord { Number = _writes.Count + 1, Name = name, Length = 0 });
                AfterWrite?.Invoke(_writes.Count);
            }

            return deleted;
        }
    }
}
