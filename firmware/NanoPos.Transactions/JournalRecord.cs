namespace NanoPos.Transactions
{
    /// <summary>
    /// One journal record in memory. One class serves every <see cref="JournalRecordType"/>; each type
    /// uses the fields its documentation names and leaves the rest at their defaults. A record is a plain
    /// value holder, so one instance can be reused for every append.
    /// </summary>
    public sealed class JournalRecord
    {
        /// <summary>Gets or sets the record type.</summary>
        public JournalRecordType Type { get; set; }

        /// <summary>Gets or sets the sequence number, assigned by <see cref="Journal.Append"/> (1 for the first record ever).</summary>
        public long Sequence { get; set; }

        /// <summary>Gets or sets the ring slot the record was read from or written to (-1 when not stored).</summary>
        public int Slot { get; set; } = -1;

        /// <summary>Gets or sets the format version the record was read in (the current version for new records).</summary>
        public int Version { get; set; }

        /// <summary>Gets or sets the STAN the record is about (Intent, Outcome, ReversalAttempt, ReversalDone, Abandoned).</summary>
        public int Stan { get; set; }

        /// <summary>Gets or sets the transaction kind (Intent; repeated in Outcome).</summary>
        public TransactionKind Kind { get; set; }

        /// <summary>Gets or sets the request MTI as a number, e.g. 200 (Intent, Outcome).</summary>
        public int Mti { get; set; }

        /// <summary>Gets or sets the 6-digit processing code (Intent; repeated in Outcome).</summary>
        public string ProcessingCode { get; set; }

        /// <summary>Gets or sets the amount in minor units (Intent; repeated in Outcome).</summary>
        public long AmountMinor { get; set; }

        /// <summary>Gets or sets the local transaction date and time as "MMDDhhmmss" (Intent; repeated in Outcome).</summary>
        public string LocalDateTime { get; set; }

        /// <summary>Gets or sets the 3-digit POS entry mode (Intent; repeated in Outcome).</summary>
        public string EntryMode { get; set; }

        /// <summary>Gets or sets the masked PAN, first 6 and last 4 digits (Intent; repeated in Outcome). The full PAN is never journaled.</summary>
        public string MaskedPan { get; set; }

        /// <summary>Gets or sets the STAN of the original sale of a void or refund, 0 otherwise (Intent; repeated in Outcome).</summary>
        public int OriginalStan { get; set; }

        /// <summary>Gets or sets the "MMDD" date of the original sale of a void or refund (Intent; repeated in Outcome).</summary>
        public string OriginalDate { get; set; }

        /// <summary>Gets or sets when the intent was created, in UTC ticks (100 ns units); 0 when unknown (v1 records) (Intent; repeated in Outcome).</summary>
        public long CreatedUtcTicks { get; set; }

        /// <summary>Gets or sets whether the host approved (Outcome).</summary>
        public bool Approved { get; set; }

        /// <summary>Gets or sets the host's 2-character response code (Outcome, ReversalDone).</summary>
        public string ResponseCode { get; set; }

        /// <summary>Gets or sets the authorization code (Outcome).</summary>
        public string AuthCode { get; set; }

        /// <summary>Gets or sets the retrieval reference number (Outcome).</summary>
        public string Rrn { get; set; }

        /// <summary>Gets or sets the reversal attempt number, 1 for the first send (ReversalAttempt).</summary>
        public int Attempt { get; set; }

        /// <summary>Gets or sets the batch number the host assigned (Checkpoint).</summary>
        public int BatchNumber { get; set; }

        /// <summary>Gets or sets whether the batch is open (Checkpoint).</summary>
        public bool BatchOpen { get; set; }

        /// <summary>Gets or sets the STAN counter high-water mark: every counter value below it may have been used (Checkpoint).</summary>
        public int StanHighWater { get; set; }

        /// <summary>Gets or sets the sequence number through which every ring record is dead because its batch was settled (Checkpoint).</summary>
        public long ClosedThroughSequence { get; set; }

        /// <summary>
        /// Gets or sets, on a ring record of format version 3, the copy it carries of the newest batch entry written before
        /// it (an approved outcome), or null. Recovery rebuilds a batch entry whose own slot is unreadable from it.
        /// </summary>
        public JournalRecord Tail { get; set; }

        /// <summary>Gets or sets the sequence number of the batch entry whose copy this record carries (0: none), also when
        /// the boot scan did not build the copy itself (<see cref="Tail"/> null).</summary>
        public long TailSequence { get; set; }

        /// <summary>Gets or sets, on a reversal attempt (version 3), the slot its intent was written to (-1: unknown).</summary>
        public int IntentSlot { get; set; } = -1;

        /// <summary>Gets or sets, on a reversal attempt (version 3), the sequence number of its intent (0: unknown).</summary>
        public long IntentSequence { get; set; }

        /// <summary>Resets every field, so the instance can be reused for the next record.</summary>
        public void Clear()
        {
            Type = 0;
            Sequence = 0;
            Slot = -1;
            Version = 0;
            Stan = 0;
            Kind = 0;
            Mti = 0;
            ProcessingCode = null;
            AmountMinor = 0;
            LocalDateTime = null;
            EntryMode = null;
            MaskedPan = null;
            OriginalStan = 0;
            OriginalDate = null;
            CreatedUtcTicks = 0;
            Approved = false;
            ResponseCode = null;
            AuthCode = null;
            Rrn = null;
            Attempt = 0;
            BatchNumber = 0;
            BatchOpen = false;
            StanHighWater = 0;
            ClosedThroughSequence = 0;
            Tail = null;
            TailSequence = 0;
            IntentSlot = -1;
            IntentSequence = 0;
        }

        /// <summary>Copies every field except Type, Sequence, Slot and Version from another record.</summary>
        /// <param name="other">The record to copy from.</param>
        public void CopyFieldsFrom(JournalRecord other)
        {
            Stan = other.Stan;
            Kind = other.Kind;
            Mti = other.Mti;
            ProcessingCode = other.ProcessingCode;
            AmountMinor = other.AmountMinor;
            LocalDateTime = other.LocalDateTime;
            EntryMode = other.EntryMode;
            MaskedPan = other.MaskedPan;
            OriginalStan = other.OriginalStan;
            OriginalDate = other.OriginalDate;
            CreatedUtcTicks = other.CreatedUtcTicks;
            Approved = other.Approved;
            ResponseCode = other.ResponseCode;
            AuthCode = other.AuthCode;
            Rrn = other.Rrn;
            Attempt = other.Attempt;
            BatchNumber = other.BatchNumber;
            BatchOpen = other.BatchOpen;
            StanHighWater = other.StanHighWater;
            ClosedThroughSequence = other.ClosedThroughSequence;
        }
    }
}
