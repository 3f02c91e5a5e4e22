namespace NanoPos.Transactions
{
    /// <summary>
    /// How a transaction of the history ended, as the merchant must read it. A voided sale keeps <see cref="Approved"/>
    /// with <see cref="HistoryEntry.Voided"/> set. The values are stored in the history record on flash: never renumber.
    /// </summary>
    public enum HistoryStatus
    {
        /// <summary>The host approved: the card was charged (a sale) or credited (a refund), or the sale was voided (a void).</summary>
        Approved = 1,

        /// <summary>The host declined; <see cref="HistoryEntry.ResponseCode"/> says why. Nothing was charged.</summary>
        Declined = 2,

        /// <summary>The outcome was unknown and the host acknowledged the reversal: the card is not charged.</summary>
        Reversed = 3,

        /// <summary>The outcome is unknown and the reversal is still owed; the terminal sends it until the host takes it.</summary>
        Reversing = 4,

        /// <summary>The request never left the terminal (no connection): nothing happened at the bank.</summary>
        NotSent = 5,
    }
}
