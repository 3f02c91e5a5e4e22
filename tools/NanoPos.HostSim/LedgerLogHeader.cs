using System;

namespace NanoPos.HostSim
{
    /// <summary>The first line of a ledger log: what the file is, so a reader can tell it from the older whole-JSON file.</summary>
    internal sealed class LedgerLogHeader
    {
        /// <summary>The value of <see cref="Format"/>; a log file starts with <c>{"format":"nanopos-host-ledger-log"</c>.</summary>
        public const string FormatName = "nanopos-host-ledger-log";

        /// <summary>The log format version this build writes and reads (version 1 is the whole-JSON file).</summary>
        public const int CurrentVersion = 2;

        /// <summary>Gets or sets the format name (written first).</summary>
        public string Format { get; set; } = FormatName;

        /// <summary>Gets or sets the format version.</summary>
        public int Version { get; set; } = CurrentVersion;

        /// <summary>Gets or sets when this file was written from scratch (created or compacted), UTC.</summary>
        public DateTimeOffset CreatedAt { get; set; }

        /// <summary>Gets or sets a reminder for a person reading the file.</summary>
        public string Note { get; set; } = "One JSON object per line, replayed in order: entries are upserts by key (the last wins), settlements and uploads are appended. See tools/NanoPos.HostSim/README.md.";
    }
}
