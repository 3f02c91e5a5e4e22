using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NanoPos.Hal;
using NanoPos.Hal.Host;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// Every record of a <see cref="FileRecordStore"/>, read through the store's own <see cref="IRecordStore.Read"/>.
    /// The contract has no listing (the firmware never needs one), so the names come from the store's directory
    /// ("rec-NAME.bin", '^' before an upper-case letter); any other file there (an uncommitted ".tmp" left by a power cut)
    /// is read raw.
    /// </summary>
    public static class StoreRecords
    {
        private const string Prefix = "rec-";
        private const string Suffix = ".bin";

        /// <summary>Reads every record and stray file; a store that is powered down (mid power cut) gives nothing.</summary>
        /// <param name="store">The store.</param>
        /// <returns>Record name (or "file NAME" for a file that is no record) and its bytes.</returns>
        public static List<KeyValuePair<string, byte[]>> ReadAll(FileRecordStore store)
        {
            var records = new List<KeyValuePair<string, byte[]>>();
            if (store.IsPoweredDown)
            {
                return records;
            }

            var buffer = new byte[64 * 1024];
            foreach (string path in Directory.GetFiles(store.DirectoryPath))
            {
                string file = Path.GetFileName(path);
                string name = RecordName(file);
                try
                {
                    int length = name == null ? -1 : store.Read(name, buffer, 0, buffer.Length);
                    records.Add(length >= 0
                        ? new KeyValuePair<string, byte[]>(name, buffer.AsSpan(0, length).ToArray())
                        : new KeyValuePair<string, byte[]>("file " + file, File.ReadAllBytes(path)));
                }
                catch (Exception e) when (e is IOException || e is ArgumentException || e is UnauthorizedAccessException)
                {
                    // Gone between the listing and the read (the firmware replaced it), or damaged on purpose: the next
                    // snapshot sees what replaced it.
                }
            }

            return records;
        }

        /// <summary>Reads one record, or null when there is none.</summary>
        public static byte[] Read(IRecordStore store, string name)
        {
            var buffer = new byte[64 * 1024];
            int length = store.Read(name, buffer, 0, buffer.Length);
            return length < 0 ? null : buffer.AsSpan(0, length).ToArray();
        }

        private static string RecordName(string file)
        {
            if (!file.StartsWith(Prefix, StringComparison.Ordinal) || !file.EndsWith(Suffix, StringComparison.Ordinal))
            {
                return null;
            }

            string encoded = file.Substring(Prefix.Length, file.Length - Prefix.Length - Suffix.Length);
            var name = new StringBuilder();
            for (int i = 0; i < encoded.Length; i++)
            {
                name.Append(encoded[i] == '^' && i + 1 < encoded.Length ? char.ToUpperInvariant(encoded[++i]) : encoded[i]);
            }

            return name.ToString();
        }
    }
}
