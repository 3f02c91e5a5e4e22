using System.IO;
using NanoPos.Hal;

namespace NanoPos.Torture
{
    /// <summary>
    /// A store in front of the simulated flash that can run full: once <see cref="FullAfter"/>'s count of writes has gone
    /// through, every write throws <see cref="IOException"/> ("store full", as LittleFS reports it) and changes nothing,
    /// until <see cref="Free"/>. Reads, deletes and the raw read pass through.
    /// </summary>
    internal sealed class FillableStore : IRecordStore, IRawRecordReader
    {
        private readonly IRecordStore _inner;
        private int _writesLeft = -1;
        private bool _fullAfterIntent;

        internal FillableStore(IRecordStore inner)
        {
            _inner = inner;
        }

        /// <summary>Gets the writes refused for lack of space so far.</summary>
        internal int Refused { get; private set; }

        /// <summary>Gets whether the store is full now.</summary>
        internal bool IsFull => _writesLeft == 0;

        public long FreeBytes => IsFull ? 0 : _inner.FreeBytes;

        /// <summary>Lets <paramref name="writes"/> more writes through, then runs full (0: full at once).</summary>
        internal void FullAfter(int writes)
        {
            _writesLeft = writes;
        }

        /// <summary>Runs full right after the next intent record is written (a STAN reservation before it still goes through).</summary>
        internal void FullAfterIntent()
        {
            _fullAfterIntent = true;
        }

        /// <summary>Space is back: every write goes through again.</summary>
        internal void Free()
        {
            _writesLeft = -1;
            _fullAfterIntent = false;
        }

        public void Write(string name, byte[] data, int offset, int count)
        {
            if (_writesLeft == 0)
            {
                Refused++;
                throw new IOException("Record store full: '" + name + "' needs " + count + " bytes, 0 available.");
            }

            _inner.Write(name, data, offset, count);
            if (_writesLeft > 0)
            {
                _writesLeft--;
            }

            if (_fullAfterIntent && count > 3 && data[offset] == (byte)'N' && data[offset + 3] == (byte)NanoPos.Transactions.JournalRecordType.Intent)
            {
                _fullAfterIntent = false;
                _writesLeft = 0;
            }
        }

        public int Read(string name, byte[] buffer, int offset, int count) => _inner.Read(name, buffer, offset, count);

        public int ReadRaw(string name, byte[] buffer, int offset, int count, out bool verified)
        {
            if (_inner is IRawRecordReader raw)
            {
                return raw.ReadRaw(name, buffer, offset, count, out verified);
            }

            verified = true;
            return _inner.Read(name, buffer, offset, count);
        }

        public bool Exists(string name) => _inner.Exists(name);

        public bool Delete(string name) => _inner.Delete(name);
    }
}
