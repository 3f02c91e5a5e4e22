using System.IO;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// A store whose medium fails one write (the flash driver reports an error): the Nth write after
    /// <see cref="FailWriteAt"/> throws <see cref="IOException"/> and leaves the old record unchanged, as
    /// <see cref="IRecordStore.Write"/> promises; every other call goes through.
    /// </summary>
    internal sealed class FailingWriteStore : IRecordStore
    {
        private readonly InMemoryRecordStore _inner;
        private int _writesUntilFailure;

        internal FailingWriteStore(InMemoryRecordStore inner)
        {
            _inner = inner;
        }

        public long FreeBytes
        {
            get { return _inner.FreeBytes; }
        }

        /// <summary>Makes the nth write from now (1 = the next one) fail.</summary>
        internal void FailWriteAt(int n)
        {
            _writesUntilFailure = n;
        }

        public void Write(string name, byte[] data, int offset, int count)
        {
            if (_writesUntilFailure > 0 && --_writesUntilFailure == 0)
            {
                throw new IOException("The record file '" + name + "' could not be written.");
            }

            _inner.Write(name, data, offset, count);
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
            return _inner.Delete(name);
        }
    }
}
