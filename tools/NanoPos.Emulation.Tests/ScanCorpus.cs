using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// Everything collected for the scan. Repeated snapshots of one thing (a record read after every key, the state
    /// polled after every key) are kept once per distinct content, under the name of the moment it first appeared.
    /// Thread-safe: the host simulator's events arrive on its own threads.
    /// </summary>
    public sealed class ScanCorpus
    {
        private readonly object _gate = new object();
        private readonly List<ScanSource> _sources = new List<ScanSource>();
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private long _offered;

        /// <summary>Gets the sources kept, in the order collected.</summary>
        public IReadOnlyList<ScanSource> Sources
        {
            get
            {
                lock (_gate)
                {
                    return _sources.ToArray();
                }
            }
        }

        /// <summary>Gets how many snapshots were offered, distinct or not.</summary>
        public long Offered
        {
            get
            {
                lock (_gate)
                {
                    return _offered;
                }
            }
        }

        /// <summary>Adds a text.</summary>
        /// <param name="family">What it is a snapshot of (duplicates within a family are dropped), e.g. "emulator /api/state".</param>
        /// <param name="moment">When it was taken, appended to the family in the source's name.</param>
        /// <param name="text">The text.</param>
        public void AddText(string family, string moment, string text)
        {
            Add(family, moment, Encoding.UTF8.GetBytes(text ?? string.Empty), true);
        }

        /// <summary>Adds raw bytes (a stored record).</summary>
        public void AddBytes(string family, string moment, byte[] bytes)
        {
            Add(family, moment, bytes, false);
        }

        /// <summary>Gets the names of the sources whose name starts with a prefix (coverage checks).</summary>
        public List<string> Named(string prefix)
        {
            var names = new List<string>();
            foreach (ScanSource source in Sources)
            {
                if (source.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    names.Add(source.Name);
                }
            }

            return names;
        }

        private void Add(string family, string moment, byte[] bytes, bool isText)
        {
            string key = family + "\n" + Convert.ToHexString(SHA256.HashData(bytes));
            lock (_gate)
            {
                _offered++;
                if (_seen.Add(key))
                {
                    _sources.Add(new ScanSource(moment == null ? family : family + " (" + moment + ")", bytes, isText));
                }
            }
        }
    }
}
