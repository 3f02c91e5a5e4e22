namespace NanoPos.Transactions
{
    /// <summary>The states of one online exchange (docs/transaction-engine.md, "The state machine").</summary>
    public enum TransactionState
    {
        /// <summary>Nothing started yet.</summary>
        Idle = 0,

        /// <summary>Delivering pending reversals before a new request may go out.</summary>
        Flushing = 1,

        /// <summary>Reserving the STAN and writing the intent (the reversal data) to the journal.</summary>
        Preparing = 2,

        /// <summary>Opening the connection to the host.</summary>
        Connecting = 3,

        /// <summary>Sending the request frame.</summary>
        Sending = 4,

        /// <summary>Waiting, with a deadline, for the matching response.</summary>
        AwaitingResponse = 5,

        /// <summary>Writing the host's answer to the journal before it is shown.</summary>
        Recording = 6,

        /// <summary>Final: the host's answer (approved or declined) is durable.</summary>
        Completed = 7,

        /// <summary>Final: the request never left the device; nothing to reverse.</summary>
        NotSent = 8,

        /// <summary>The outcome is unknown; the request must be reversed.</summary>
        ReversalPending = 9,

        /// <summary>Final: the host acknowledged the reversal.</summary>
        Reversed = 10,

        /// <summary>Final: refused before anything was written (reversals still pending, journal full).</summary>
        Refused = 11,
    }
}
