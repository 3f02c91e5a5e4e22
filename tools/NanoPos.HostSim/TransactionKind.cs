namespace NanoPos.HostSim
{
    /// <summary>What a ledger entry is, decided from the request's MTI and processing code (field 3).</summary>
    public enum TransactionKind
    {
        /// <summary>0200 with processing code 000000: money is taken from the card.</summary>
        Sale = 1,

        /// <summary>0200 with processing code 200000 and the original in field 61: cancels an approved sale.</summary>
        Void = 2,

        /// <summary>0220 (or repeat 0221) with processing code 200000: money goes back to the card.</summary>
        Refund = 3,

        /// <summary>0200 with processing code 310000: no money moves.</summary>
        BalanceInquiry = 4,

        /// <summary>A reversal (0400/0401) for a key the host never saw; the entry exists only to remember it.</summary>
        Reversal = 5,
    }
}
