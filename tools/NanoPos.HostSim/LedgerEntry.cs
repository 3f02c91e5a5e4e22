using System;
using System.Text.Json.Serialization;

namespace NanoPos.HostSim
{
    /// <summary>
    /// One request the host decided: an authorization (sale, balance inquiry), a void, a refund, or a reversal
    /// of a key it never saw. Reversals and repeats of a known key update that key's entry instead of adding
    /// one. The full card number is never kept: only <see cref="MaskedPan"/>.
    /// </summary>
    /// <remarks>
    /// Instances handed out by <see cref="Ledger"/> are copies: changing one does not change the ledger.
    /// Property names are the JSON names of the ledger file (camelCase).
    /// </remarks>
    public sealed class LedgerEntry
    {
        /// <summary>Gets or sets the terminal ID, field 41.</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets the STAN, field 11 (6 digits).</summary>
        public string Stan { get; set; }

        /// <summary>Gets or sets the local transaction date, field 13 (MMDD).</summary>
        public string Date { get; set; }

        /// <summary>Gets or sets the local transaction time, field 12 (hhmmss), or null when the request had none.</summary>
        public string Time { get; set; }

        /// <summary>Gets or sets the merchant ID, field 42, or null.</summary>
        public string MerchantId { get; set; }

        /// <summary>Gets or sets the MTI of the first request for this key (200 for "0200").</summary>
        public int Mti { get; set; }

        /// <summary>Gets or sets the processing code, field 3.</summary>
        public string ProcessingCode { get; set; }

        /// <summary>Gets or sets what the entry is.</summary>
        public TransactionKind Kind { get; set; }

        /// <summary>Gets or sets the amount in minor units (fen for currency 156), field 4; 0 when absent.</summary>
        public long Amount { get; set; }

        /// <summary>Gets or sets the currency code, field 49 ("156"), or null.</summary>
        public string Currency { get; set; }

        /// <summary>Gets or sets the card number masked as first 6 + last 4 digits, or null when the request had none.</summary>
        public string MaskedPan { get; set; }

        /// <summary>Gets or sets the batch number the terminal put in field 60 (digits 3 to 8), or null.</summary>
        public string Batch { get; set; }

        /// <summary>Gets or sets the key of the original (void, refund with field 61), as "TERMINAL/STAN/MMDD", or null.</summary>
        public string OriginalKey { get; set; }

        /// <summary>Gets or sets the response code the host answered with, field 39.</summary>
        public string ResponseCode { get; set; }

        /// <summary>Gets or sets the 6-character authorization code, field 38 (approvals only), or null.</summary>
        public string AuthCode { get; set; }

        /// <summary>Gets or sets the 12-character retrieval reference number, field 37, or null (reversal of unknown).</summary>
        public string Rrn { get; set; }

        /// <summary>Gets or sets where the entry stands now.</summary>
        public EntryState State { get; set; }

        /// <summary>Gets or sets when the host first received this key (UTC).</summary>
        public DateTimeOffset ReceivedAt { get; set; }

        /// <summary>Gets or sets when the first reversal for this key arrived (UTC), or null.</summary>
        public DateTimeOffset? ReversedAt { get; set; }

        /// <summary>Gets or sets when an approved void cancelled this sale (UTC), or null.</summary>
        public DateTimeOffset? VoidedAt { get; set; }

        /// <summary>Gets or sets the key of the void that cancelled this sale, or null.</summary>
        public string VoidedBy { get; set; }

        /// <summary>Gets or sets when the last repeat (of the request or of its reversal) arrived (UTC), or null.</summary>
        public DateTimeOffset? LastRepeatAt { get; set; }

        /// <summary>Gets or sets how many times the same request arrived again and got the original answer.</summary>
        public int RepeatCount { get; set; }

        /// <summary>Gets or sets how many times a different request arrived with this key and was refused with 94.</summary>
        public int ConflictCount { get; set; }

        /// <summary>Gets or sets how many reversal messages (0400 and 0401) arrived for this key; only the first is applied.</summary>
        public int ReversalCount { get; set; }

        /// <summary>Gets or sets how many of those reversals were repeats (a 0401, or any after the first).</summary>
        public int ReversalRepeatCount { get; set; }

        /// <summary>Gets the key (terminal ID + STAN + date).</summary>
        [JsonIgnore]
        public LedgerKey Key => new LedgerKey(TerminalId, Stan, Date);

        /// <summary>Gets whether this entry moves money now: an approved sale (debit) or refund (credit).</summary>
        [JsonIgnore]
        public bool IsInEffect => State == EntryState.Approved && (Kind == TransactionKind.Sale || Kind == TransactionKind.Refund);

        /// <summary>Makes an independent copy.</summary>
        /// <returns>The copy.</returns>
        public LedgerEntry Clone()
        {
            return (LedgerEntry)MemberwiseClone();
        }
    }
}
