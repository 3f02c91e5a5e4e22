using System.Collections;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Firmware.Tests
{
    /// <summary>
    /// A record store that remembers the name of every record written, so a test can scan the bytes of every record
    /// the firmware left (<see cref="RecordHolding"/>): a secret found in clear anywhere fails it. Device-compatible.
    /// </summary>
    internal sealed class ScanningStore : IRecordStore
    {
        private readonly ArrayList _names = new ArrayList();

        /// <summary>Creates a scanning store over a simulated one.</summary>
        /// <param name="inner">The store that keeps the records (and injects damage).</param>
        internal ScanningStore(InMemoryRecordStore inner)
        {
            Inner = inner;
        }

        /// <summary>Gets the simulated store underneath.</summary>
        internal InMemoryRecordStore Inner { get; private set; }

        public long FreeBytes
        {
            get { return Inner.FreeBytes; }
        }

        public void Write(string name, byte[] data, int offset, int count)
        {
            Inner.Write(name, data, offset, count);
            if (!_names.Contains(name))
            {
                _names.Add(name);
            }
        }

        public int Read(string name, byte[] buffer, int offset, int count)
        {
            return Inner.Read(name, buffer, offset, count);
        }

        public bool Exists(string name)
        {
            return Inner.Exists(name);
        }

        public bool Delete(string name)
        {
            return Inner.Delete(name);
        }

        /// <summary>Finds the first record, among all ever written and still there, whose bytes contain a sequence.</summary>
        /// <param name="needle">The bytes looked for (at least one).</param>
        /// <returns>The record's name, or null when no record holds them.</returns>
        internal string RecordHolding(byte[] needle)
        {
            byte[] buffer = new byte[4096];
            for (int n = 0; n < _names.Count; n++)
            {
                string name = (string)_names[n];
                if (!Inner.Exists(name))
                {
                    continue;
                }

                int length;
                try
                {
                    length = Inner.Read(name, buffer, 0, buffer.Length);
                }
                catch (System.IO.IOException)
                {
                    // A record the test damaged: its bytes cannot be read, so they cannot leak either.
                    continue;
                }

                for (int at = 0; at + needle.Length <= length; at++)
                {
                    int i = 0;
                    while (i < needle.Length && buffer[at + i] == needle[i])
                    {
                        i++;
                    }

                    if (i == needle.Length)
                    {
                        return name;
                    }
                }
            }

            return null;
        }

        /// <summary>Reads a record as ASCII text (the configuration), or null when there is none.</summary>
        /// <param name="name">The record.</param>
        /// <returns>The text.</returns>
        internal string Text(string name)
        {
            byte[] buffer = new byte[4096];
            int length = Inner.Read(name, buffer, 0, buffer.Length);
            if (length < 0)
            {
                return null;
            }

            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)buffer[i];
            }

            return new string(chars);
        }
    }
}
