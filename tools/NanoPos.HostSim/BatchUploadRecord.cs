using System;

namespace NanoPos.HostSim
{
    /// <summary>
    /// One transaction a terminal uploaded (0320) after a settlement disagreed, and whether the ledger agrees that
    /// it is in effect. An upload never changes the ledger's entries: it is evidence, not an authorization.
    /// </summary>
    public sealed class BatchUploadRecord
    {
        /// <summary>Gets or sets the terminal ID, field 41.</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets the batch number, field 60 (digits 3 to 8).</summary>
        public string Batch { get; set; }

        /// <summary>Gets or sets the uploaded transaction's key from field 61 ("TERMINAL/STAN/MMDD"), or null when 61 was absent.</summary>
        public string OriginalKey { get; set; }

        /// <summary>Gets or sets the processing code, field 3.</summary>
        public string ProcessingCode { get; set; }

        /// <summary>Gets or sets the amount in minor units, field 4.</summary>
        public long Amount { get; set; }

        /// <summary>Gets or sets the card number masked as first 6 + last 4, or null.</summary>
        public string MaskedPan { get; set; }

        /// <summary>Gets or sets whether the ledger holds that key in effect with the same amount.</summary>
        public bool LedgerAgrees { get; set; }

        /// <summary>Gets or sets when the upload arrived (UTC).</summary>
        public DateTimeOffset ReceivedAt { get; set; }

        /// <summary>Makes an independent copy.</summary>
        /// <returns>The copy.</returns>
        public BatchUploadRecord Clone()
        {
            return (BatchUploadRecord)MemberwiseClone();
        }
    }
}
