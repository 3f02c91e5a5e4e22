using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Writes the ledger as JSON (System.Text.Json, camelCase, enums as names, indented) and reads it back.
    /// Files are replaced atomically (written beside, then renamed), so a reader never sees half a file.
    /// </summary>
    public static class LedgerFile
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };

        /// <summary>Serializes the ledger.</summary>
        /// <param name="ledger">The ledger.</param>
        /// <returns>The JSON text.</returns>
        public static string ToJson(Ledger ledger)
        {
            ArgumentNullException.ThrowIfNull(ledger);
            return JsonSerializer.Serialize(ledger.ToDocument(DateTimeOffset.UtcNow), Options);
        }

        /// <summary>Reads a ledger from JSON written by <see cref="ToJson"/>.</summary>
        /// <param name="json">The JSON text.</param>
        /// <returns>A new ledger holding the same entries, records, batches and sequence.</returns>
        /// <exception cref="FormatException">The text is not a ledger of a version this build knows.</exception>
        public static Ledger FromJson(string json)
        {
            LedgerDocument document;
            try
            {
                document = JsonSerializer.Deserialize<LedgerDocument>(json, Options);
            }
            catch (JsonException e)
            {
                throw new FormatException("Not a ledger file: " + e.Message, e);
            }

            if (document == null || document.Version != LedgerDocument.CurrentVersion)
            {
                throw new FormatException("Not a version " + LedgerDocument.CurrentVersion + " ledger file.");
            }

            return Ledger.FromDocument(document);
        }

        /// <summary>Writes the ledger to a file, replacing it atomically.</summary>
        /// <param name="ledger">The ledger.</param>
        /// <param name="path">The file.</param>
        public static void Save(Ledger ledger, string path)
        {
            string json = ToJson(ledger);
            string full = Path.GetFullPath(path);
            string temporary = full + ".tmp";
            File.WriteAllText(temporary, json);
            File.Move(temporary, full, overwrite: true);
        }

        /// <summary>Reads a ledger file.</summary>
        /// <param name="path">The file.</param>
        /// <returns>The ledger.</returns>
        /// <exception cref="FormatException">The file is not a ledger.</exception>
        public static Ledger Load(string path)
        {
            return FromJson(File.ReadAllText(path));
        }
    }
}
