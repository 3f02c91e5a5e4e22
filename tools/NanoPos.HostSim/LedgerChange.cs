using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NanoPos.HostSim
{
    /// <summary>
    /// One line of the ledger log: what one decided request changed (or, in a compacted log, one object of the
    /// state). Replaying the lines in order rebuilds the ledger: entries are upserts by key (the last line holding a
    /// key wins), settlement and upload records are appended, batches are set per terminal, the sequence is set.
    /// Absent properties change nothing.
    /// </summary>
    internal sealed class LedgerChange
    {
        /// <summary>Gets or sets the line's number in its file, from 1 after the header; a gap means a lost line.</summary>
        public long N { get; set; }

        /// <summary>Gets or sets the ledger's reference sequence number after the change, or null when it did not move.</summary>
        public long? Sequence { get; set; }

        /// <summary>Gets or sets the entries the change added or changed, each whole (upserts by key), or null.</summary>
        public List<LedgerEntry> Entries { get; set; }

        /// <summary>Gets or sets the settlement records the change added, or null.</summary>
        public List<SettlementRecord> Settlements { get; set; }

        /// <summary>Gets or sets the batch-upload records the change added, or null.</summary>
        public List<BatchUploadRecord> Uploads { get; set; }

        /// <summary>Gets or sets the terminals whose current batch changed, with the new batch, or null.</summary>
        public Dictionary<string, string> Batches { get; set; }

        /// <summary>Gets how many objects (entries and records) the line holds; the compaction rule counts them.</summary>
        [JsonIgnore]
        public int ObjectCount => (Entries?.Count ?? 0) + (Settlements?.Count ?? 0) + (Uploads?.Count ?? 0);
    }
}
