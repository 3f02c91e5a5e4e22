using System;
using System.Collections.Generic;
using System.Text;
using NanoPos.Hal;
using NanoPos.Terminal;

namespace NanoPos.Emulation
{
    /// <summary>Edits the raw "config" record of a store line by line (scripts and tests: wrong values included, to show the error screen).</summary>
    public static class ConfigRecord
    {
        /// <summary>Sets one key, replacing its line or appending one; the firmware reads it at the next boot.</summary>
        /// <param name="store">The store.</param>
        /// <param name="key">The key, e.g. "terminal.id".</param>
        /// <param name="value">The value as text (not checked: the boot checks it).</param>
        public static void Set(IRecordStore store, string key, string value)
        {
            var buffer = new byte[TerminalConfig.MaxRecordBytes];
            int length = store.Read(TerminalConfig.RecordName, buffer, 0, buffer.Length);
            string text = length < 0 ? string.Empty : Encoding.UTF8.GetString(buffer, 0, length);
            var lines = new List<string>(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            int at = lines.FindIndex(l => l.TrimStart().StartsWith(key + "=", StringComparison.Ordinal));
            string line = key + "=" + value;
            if (at >= 0)
            {
                lines[at] = line;
            }
            else
            {
                lines.Add(line);
            }

            byte[] bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
            store.Write(TerminalConfig.RecordName, bytes, 0, bytes.Length);
        }
    }
}
