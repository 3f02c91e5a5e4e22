using System.IO;
using System.Threading;
using NanoPos.Hal;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The terminal's flash as the firmware sees it: the simulation's record store (RAM or files) with one QA fault in
    /// front, <see cref="FailNextWrite"/>: the next durable write (a write, or the delete of a record that exists) throws
    /// <see cref="IOException"/> and changes nothing, as a flash driver reports a failed write; then the store works again.
    /// Everything else passes through unchanged, power cuts included.
    /// </summary>
    /// <remarks>Made by <see cref="Over"/>, which keeps the store's <see cref="IRawRecordReader"/> when it has one (journal
    /// recovery reads damaged records through it). Thread-safe as the store is: the fault is taken atomically.</remarks>
    internal class FaultyRecordStore : IRecordStore
    {
        /// <summary>The message of the injected failure.</summary>
        internal const string FailureMessage = "flash write failed (medium error)";

        private int _failNext;

        protected FaultyRecordStore(IRecordStore inner)
        {
            Inner = inner;
        }

        /// <summary>Gets or sets whether the next durable write fails (cleared when it has).</summary>
        internal bool FailNextWrite
        {
            get => Volatile.Read(ref _failNext) != 0;
            set => Volatile.Write(ref _failNext, value ? 1 : 0);
        }

        /// <summary>Gets the number of writes that failed by the injected fault.</summary>
        internal int FailedWrites { get; private set; }

        public long FreeBytes => Inner.FreeBytes;

        protected IRecordStore Inner { get; }

        /// <summary>Puts the fault in front of <paramref name="inner"/>.</summary>
        internal static FaultyRecordStore Over(IRecordStore inner)
        {
            return inner is IRawRecordReader ? new RawReading(inner) : new FaultyRecordStore(inner);
        }

        public void Write(string name, byte[] data, int offset, int count)
        {
            RecordNames.Validate(name);
            if (Take())
            {
                throw new IOException("Medium error while writing record '" + name + "': " + FailureMessage + "; the old record is unchanged.");
            }

            Inner.Write(name, data, offset, count);
        }

        public int Read(string name, byte[] buffer, int offset, int count) => Inner.Read(name, buffer, offset, count);

        public bool Exists(string name) => Inner.Exists(name);

        public bool Delete(string name)
        {
            if (Inner.Exists(name) && Take())
            {
                throw new IOException("Medium error while deleting record '" + name + "': " + FailureMessage + "; the record is kept.");
            }

            return Inner.Delete(name);
        }

        private bool Take()
        {
            if (Interlocked.Exchange(ref _failNext, 0) == 0)
            {
                return false;
            }

            FailedWrites++;
            return true;
        }

        private sealed class RawReading : FaultyRecordStore, IRawRecordReader
        {
            internal RawReading(IRecordStore inner)
                : base(inner)
            {
            }

            public int ReadRaw(string name, byte[] buffer, int offset, int count, out bool verified)
            {
                return ((IRawRecordReader)Inner).ReadRaw(name, buffer, offset, count, out verified);
            }
        }
    }
}
