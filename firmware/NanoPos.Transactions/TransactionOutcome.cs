namespace NanoPos.Transactions
{
    /// <summary>How a transaction ended, as the cashier must be told.</summary>
    public enum TransactionOutcome
    {
        /// <summary>The host approved; the approval is durable (and in the batch for a sale, void or refund).</summary>
        Approved = 1,

        /// <summary>The host declined; see the response code.</summary>
        Declined = 2,

        /// <summary>The outcome was unknown (no answer, a malformed answer, or a code whose outcome is unknown) and the
        /// reversal was acknowledged and recorded: the card is not charged.</summary>
        Reversed = 3,

        /// <summary>The outcome is unknown; the reversal is queued and will be retried until its acknowledgement is recorded:
        /// the card will not be charged.</summary>
        ReversalPending = 4,

        /// <summary>The request never left the terminal (no connection); nothing happened at the bank.</summary>
        NotSent = 5,

        /// <summary>Refused before anything was sent: a reversal could not be delivered, the journal is full, or the input is invalid.</summary>
        Refused = 6,

        /// <summary>A request that moves no money (balance inquiry, sign-on, echo, settlement) got no usable answer; nothing changed.</summary>
        NoAnswer = 7,
    }
}
