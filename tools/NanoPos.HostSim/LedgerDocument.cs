using System;
using System.Collections.Generic;

namespace NanoPos.HostSim
{
    /// <summary>The shape of the whole-JSON ledger file (version 1; the simulator now keeps a log, see <see cref="LedgerFileWriter"/>), and of the state a log replays into.</summary>
    internal sealed class LedgerDocument
    {
        /// <summary>The format version this build writes and reads.</summary>
        public const int CurrentVersion = 1;

        /// <summary>Gets or sets the format version.</summary>
        public int Version { get; set; }

        /// <summary>Gets or sets when the file was written (UTC).</summary>
        public DateTimeOffset SavedAt { get; set; }

        /// <summary>Gets or sets the last reference sequence number handed out.</summary>
        public long Sequence { get; set; }

        /// <summary>Gets or sets each terminal's current batch (the one its next sign-on gets).</summary>
        public SortedDictionary<string, string> Batches { get; set; }

        /// <summary>Gets or sets the entries in arrival order.</summary>
        public List<LedgerEntry> Entries { get; set; }

        /// <summary>Gets or sets the settlement records.</summary>
        public List<SettlementRecord> Settlements { get; set; }

        /// <summary>Gets or sets the batch-upload records.</summary>
        public List<BatchUploadRecord> Uploads { get; set; }
    }
}
