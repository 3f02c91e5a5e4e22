using System.IO;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Transactions.Tests
{
    /// <summary>A store whose medium cannot return one record (the flash driver reports a damaged file).</summary>
    internal sealed class FailingReadStore : IRecordStore
    {
        private readonly InMemoryRecordStore _inner;
        private readonly string _damaged;

        internal FailingReadStore(InMemoryRecordStore inner, string damaged)
        {
            _inner = inner;
            _damaged = damaged;
        }

        public long FreeBytes
        {
            get { return _inner.FreeBytes; }
        }

        public void Write(string name, byte[] data, int offset, int count)
        {
            _inner.Write(name, data, offset, count);
        }

        public int Read(string name, byte[] buffer, int offset, int count)
        {
            if (name == _damaged)
            {
                throw new IOException("The record file '" + name + "' fails its check.");
            }

            return _inner.Read(name, buffer, offset, count);
        }

        public bool Exists(string name)
        {
            return _inner.Exists(name);
        }

        public bool Delete(string name)
        {
            return _inner.Delete(name);
        }
    }
}
