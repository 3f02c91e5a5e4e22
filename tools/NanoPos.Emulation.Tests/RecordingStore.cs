using System;
using NanoPos.Hal;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// A record store that hands every version of every record to the corpus as it is written: records a later write
    /// replaces (a journal slot, a checkpoint, the keys of an earlier sign-on) are scanned too.
    /// </summary>
    public sealed class RecordingStore : IRecordStore
    {
        private readonly IRecordStore _inner;
        private readonly ScanCorpus _corpus;
        private readonly string _label;
        private int _writes;

        /// <summary>Wraps a store.</summary>
        public RecordingStore(IRecordStore inner, ScanCorpus corpus, string label)
        {
            _inner = inner;
            _corpus = corpus;
            _label = label;
        }

        /// <inheritdoc/>
        public long FreeBytes => _inner.FreeBytes;

        /// <summary>Gets the number of writes seen.</summary>
        public int Writes => _writes;

        /// <inheritdoc/>
        public void Write(string name, byte[] data, int offset, int count)
        {
            _inner.Write(name, data, offset, count);
            _corpus.AddBytes(_label + " / store record " + name, "write " + (++_writes), data.AsSpan(offset, count).ToArray());
        }

        /// <inheritdoc/>
        public int Read(string name, byte[] buffer, int offset, int count) => _inner.Read(name, buffer, offset, count);

        /// <inheritdoc/>
        public bool Exists(string name) => _inner.Exists(name);

        /// <inheritdoc/>
        public bool Delete(string name) => _inner.Delete(name);
    }
}
