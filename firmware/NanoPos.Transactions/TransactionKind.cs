namespace NanoPos.Transactions
{
    /// <summary>The financial transactions the journal records. The values are stored on flash: never renumber.</summary>
    public enum TransactionKind
    {
        /// <summary>A purchase (0200, processing code 000000).</summary>
        Sale = 1,

        /// <summary>The cancellation of a sale of the open batch (0200, processing code 200000).</summary>
        Void = 2,

        /// <summary>Money returned to the card (0220 advice, processing code 200000).</summary>
        Refund = 3,
    }
}
