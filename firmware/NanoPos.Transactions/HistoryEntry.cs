namespace NanoPos.Transactions
{
    /// <summary>
    /// One transaction of the merchant's history: what was asked, how it ended and why. Holds the masked card number only,
    /// never the full one. <see cref="TransactionHistory"/> fills a reused instance when asked for an entry.
    /// </summary>
    public sealed class HistoryEntry
    {
        /// <summary>Gets or sets the entry's number: 1 for the first entry the terminal ever recorded, one more for each new one.</summary>
        public int Number { get; set; }

        /// <summary>Gets or sets the kind of transaction: sale, void or refund.</summary>
        public TransactionKind Kind { get; set; }

        /// <summary>Gets or sets how it ended.</summary>
        public HistoryStatus Status { get; set; }

        /// <summary>Gets or sets why it was reversed (or is being reversed); <see cref="ReversalCause.None"/> otherwise.</summary>
        public ReversalCause Cause { get; set; }

        /// <summary>Gets or sets a value indicating whether this sale was voided later (an approved void names it).</summary>
        public bool Voided { get; set; }

        /// <summary>Gets or sets the host's response code (field 39) of an approval, a decline, or the unknown code that caused a reversal; null when none.</summary>
        public string ResponseCode { get; set; }

        /// <summary>Gets or sets the STAN of the request.</summary>
        public int Stan { get; set; }

        /// <summary>Gets or sets the amount in minor units (cents).</summary>
        public long AmountMinor { get; set; }

        /// <summary>Gets or sets when the request was made, UTC, in ticks (100 ns units since 0001-01-01); 0 when unknown.</summary>
        public long CreatedUtcTicks { get; set; }

        /// <summary>Gets or sets the local time of the request as sent in fields 13 and 12: MMDDhhmmss.</summary>
        public string LocalDateTime { get; set; }

        /// <summary>Gets or sets the retrieval reference number (field 37) of a host answer, or null.</summary>
        public string Rrn { get; set; }

        /// <summary>Gets or sets the authorization code (field 38) of an approval, or null.</summary>
        public string AuthCode { get; set; }

        /// <summary>Gets or sets the masked card number (first 6 and last 4 digits), or null.</summary>
        public string MaskedPan { get; set; }

        /// <summary>Gets a value indicating whether the card was charged or credited by this entry and still is: an approved sale
        /// or refund that was not voided.</summary>
        public bool MovedMoney
        {
            get { return Status == HistoryStatus.Approved && !Voided && Kind != TransactionKind.Void; }
        }

        /// <summary>Empties the entry.</summary>
        public void Clear()
        {
            Number = 0;
            Kind = TransactionKind.Sale;
            Status = HistoryStatus.Approved;
            Cause = ReversalCause.None;
            Voided = false;
            ResponseCode = null;
            Stan = 0;
            AmountMinor = 0;
            CreatedUtcTicks = 0;
            LocalDateTime = null;
            Rrn = null;
            AuthCode = null;
            MaskedPan = null;
        }

        /// <summary>Copies every field of another entry into this one.</summary>
        /// <param name="other">The entry to copy.</param>
        public void CopyFrom(HistoryEntry other)
        {
            Number = other.Number;
            Kind = other.Kind;
            Status = other.Status;
            Cause = other.Cause;
            Voided = other.Voided;
            ResponseCode = other.ResponseCode;
            Stan = other.Stan;
            AmountMinor = other.AmountMinor;
            CreatedUtcTicks = other.CreatedUtcTicks;
            LocalDateTime = other.LocalDateTime;
            Rrn = other.Rrn;
            AuthCode = other.AuthCode;
            MaskedPan = other.MaskedPan;
        }
    }
}
