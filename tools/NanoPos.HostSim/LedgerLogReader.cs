using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Reads a ledger log (JSON lines, see <see cref="LedgerChange"/>) back into a ledger. Only the last line can have
    /// been cut short by a crash or a power cut (every line is written whole, in one call, after the one before), so a
    /// last line without its line end, or a last line that does not parse, is ignored with a warning and the rest loads.
    /// A damaged line anywhere else, a gap in the line numbers or an unknown version is an error: that is not a torn
    /// write, and silently dropping a decision would be worse than refusing to start.
    /// </summary>
    internal static class LedgerLogReader
    {
        private static readonly byte[] Signature = Encoding.UTF8.GetBytes("{\"format\":\"" + LedgerLogHeader.FormatName + "\"");

        /// <summary>Tells whether a file's bytes are a ledger log (as opposed to the whole-JSON file of version 1); an empty file counts as a log.</summary>
        public static bool IsLog(ReadOnlySpan<byte> bytes)
        {
            int prefix = Math.Min(bytes.Length, Signature.Length);
            return bytes[..prefix].SequenceEqual(Signature.AsSpan(0, prefix));
        }

        /// <summary>Replays a log.</summary>
        /// <param name="bytes">The file's bytes.</param>
        /// <param name="name">The file's name, for messages.</param>
        /// <returns>The ledger, where the intact part ends, the warnings and the counts.</returns>
        /// <exception cref="FormatException">The log is damaged somewhere a crash cannot explain, or of an unknown version.</exception>
        public static LedgerLogContents Read(byte[] bytes, string name)
        {
            var state = new Replay();
            var warnings = new List<string>();
            int position = 0;
            int line = 0;
            long intact = 0;
            long objects = 0;
            int changes = 0;
            while (position < bytes.Length)
            {
                int end = Array.IndexOf(bytes, (byte)'\n', position);
                bool last = end < 0 || end == bytes.Length - 1;
                line++;
                if (end < 0)
                {
                    warnings.Add(Torn(name, line, position, bytes.Length - position, "has no line end"));
                    break;
                }

                ReadOnlySpan<byte> text = bytes.AsSpan(position, end - position);
                try
                {
                    if (line == 1)
                    {
                        CheckHeader(text, name);
                    }
                    else
                    {
                        LedgerChange change = JsonSerializer.Deserialize<LedgerChange>(text, LedgerJson.Line) ?? throw new JsonException("the line is null");
                        if (change.N != line - 1)
                        {
                            throw new FormatException(name + ": line " + line + " holds change " + change.N + " where change " + (line - 1) + " belongs: a line is missing or the file was edited.");
                        }

                        state.Apply(change);
                        objects += change.ObjectCount;
                        changes++;
                    }
                }
                catch (JsonException e) when (last)
                {
                    warnings.Add(Torn(name, line, position, end + 1 - position, "does not parse (" + e.Message + ")"));
                    break;
                }
                catch (JsonException e)
                {
                    throw new FormatException(name + ": line " + line + " is damaged (" + e.Message + "); it is not the last line, so it is not a write cut short by a crash. Repair or remove it by hand.", e);
                }

                position = end + 1;
                intact = position;
            }

            return new LedgerLogContents(state.ToDocument(), intact, changes, objects, warnings);
        }

        private static void CheckHeader(ReadOnlySpan<byte> text, string name)
        {
            LedgerLogHeader header = JsonSerializer.Deserialize<LedgerLogHeader>(text, LedgerJson.Line);
            if (header == null || header.Format != LedgerLogHeader.FormatName)
            {
                throw new FormatException(name + ": the first line is not a ledger log header.");
            }

            if (header.Version != LedgerLogHeader.CurrentVersion)
            {
                throw new FormatException(name + ": ledger log version " + header.Version + "; this build reads version " + LedgerLogHeader.CurrentVersion + ".");
            }
        }

        private static string Torn(string name, int line, int offset, int length, string why)
        {
            return name + ": the last line (line " + line.ToString(CultureInfo.InvariantCulture) + ", " + length.ToString(CultureInfo.InvariantCulture) + " bytes from byte "
                + offset.ToString(CultureInfo.InvariantCulture) + ") " + why + ": a write cut short by a crash or power cut. It is ignored and the file is cut back to the "
                + offset.ToString(CultureInfo.InvariantCulture) + " bytes before it; every earlier line is loaded.";
        }

        /// <summary>The state rebuilt line by line.</summary>
        private sealed class Replay
        {
            private readonly Dictionary<LedgerKey, int> _index = new Dictionary<LedgerKey, int>();
            private readonly List<LedgerEntry> _entries = new List<LedgerEntry>();
            private readonly List<SettlementRecord> _settlements = new List<SettlementRecord>();
            private readonly List<BatchUploadRecord> _uploads = new List<BatchUploadRecord>();
            private readonly SortedDictionary<string, string> _batches = new SortedDictionary<string, string>(StringComparer.Ordinal);
            private long _sequence;

            public void Apply(LedgerChange change)
            {
                foreach (LedgerEntry entry in change.Entries ?? new List<LedgerEntry>())
                {
                    if (_index.TryGetValue(entry.Key, out int at))
                    {
                        _entries[at] = entry;
                    }
                    else
                    {
                        _index.Add(entry.Key, _entries.Count);
                        _entries.Add(entry);
                    }
                }

                _settlements.AddRange(change.Settlements ?? new List<SettlementRecord>());
                _uploads.AddRange(change.Uploads ?? new List<BatchUploadRecord>());
                foreach (KeyValuePair<string, string> batch in change.Batches ?? new Dictionary<string, string>())
                {
                    _batches[batch.Key] = batch.Value;
                }

                _sequence = change.Sequence ?? _sequence;
            }

            public LedgerDocument ToDocument()
            {
                return new LedgerDocument
                {
                    Version = LedgerDocument.CurrentVersion,
                    Sequence = _sequence,
                    Batches = _batches,
                    Entries = _entries,
                    Settlements = _settlements,
                    Uploads = _uploads,
                };
            }
        }
    }
}
