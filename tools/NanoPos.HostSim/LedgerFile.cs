using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Reads ledger files of both formats, and writes whole snapshots. The simulator's own file (<c>--ledger</c>) is
    /// the append-only log of version 2, kept by <see cref="LedgerFileWriter"/>; version 1, one indented JSON document
    /// (System.Text.Json, camelCase, enums as names), is still read, and written by <see cref="Save"/> as a snapshot
    /// for people and other tools.
    /// </summary>
    public static class LedgerFile
    {
        /// <summary>Serializes the ledger as one JSON document (version 1).</summary>
        /// <param name="ledger">The ledger.</param>
        /// <returns>The JSON text.</returns>
        public static string ToJson(Ledger ledger)
        {
            ArgumentNullException.ThrowIfNull(ledger);
            return JsonSerializer.Serialize(ledger.ToDocument(DateTimeOffset.UtcNow), LedgerJson.Indented);
        }

        /// <summary>Reads a ledger from JSON written by <see cref="ToJson"/>.</summary>
        /// <param name="json">The JSON text.</param>
        /// <returns>A new ledger holding the same entries, records, batches and sequence.</returns>
        /// <exception cref="FormatException">The text is not a ledger of a version this build knows.</exception>
        public static Ledger FromJson(string json)
        {
            return Ledger.FromDocument(ParseDocument(json));
        }

        /// <summary>Writes the ledger to a file as one JSON document (version 1), replacing it atomically (written beside, then renamed).</summary>
        /// <param name="ledger">The ledger.</param>
        /// <param name="path">The file (not the one a running simulator appends to: that one is a log).</param>
        public static void Save(Ledger ledger, string path)
        {
            string json = ToJson(ledger);
            string full = Path.GetFullPath(path);
            string temporary = full + ".tmp";
            File.WriteAllText(temporary, json);
            File.Move(temporary, full, overwrite: true);
        }

        /// <summary>
        /// Reads a ledger file of either format without changing it (a simulator may be appending to it): a log's torn
        /// last line is ignored, as the simulator would at its next start.
        /// </summary>
        /// <param name="path">The file.</param>
        /// <returns>The ledger.</returns>
        /// <exception cref="FormatException">The file is not a ledger.</exception>
        public static Ledger Load(string path)
        {
            byte[] bytes = ReadShared(path);
            return LedgerLogReader.IsLog(bytes)
                ? Ledger.FromDocument(LedgerLogReader.Read(bytes, Path.GetFullPath(path)).Document)
                : FromJson(Encoding.UTF8.GetString(bytes));
        }

        /// <summary>Parses a whole-JSON ledger (version 1).</summary>
        /// <exception cref="FormatException">The text is not a version 1 ledger.</exception>
        internal static LedgerDocument ParseDocument(string json)
        {
            LedgerDocument document;
            try
            {
                document = JsonSerializer.Deserialize<LedgerDocument>(json, LedgerJson.Indented);
            }
            catch (JsonException e)
            {
                throw new FormatException("Not a ledger file: " + e.Message, e);
            }

            if (document == null || document.Version != LedgerDocument.CurrentVersion)
            {
                throw new FormatException("Not a ledger file: neither a ledger log (version " + LedgerLogHeader.CurrentVersion + ") nor a whole-JSON ledger (version " + LedgerDocument.CurrentVersion + ").");
            }

            return document;
        }

        /// <summary>Reads a whole file while another process may write, rename or delete it.</summary>
        internal static byte[] ReadShared(string path)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            byte[] bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            return bytes;
        }
    }
}
