namespace NanoPos.Transactions
{
    /// <summary>What the engine does when it enters a transition's next state.</summary>
    public enum TransactionAction
    {
        /// <summary>Nothing.</summary>
        None = 0,

        /// <summary>Deliver every pending reversal first.</summary>
        FlushReversals = 1,

        /// <summary>Reserve the STAN and write the intent (one durable write, before any byte is sent).</summary>
        WriteIntent = 2,

        /// <summary>Open the connection, bounded by the connect timeout.</summary>
        Connect = 3,

        /// <summary>Send the request frame, bounded by the send timeout.</summary>
        SendRequest = 4,

        /// <summary>Wait for the matching response, bounded by the response timeout.</summary>
        AwaitResponse = 5,

        /// <summary>Write the answer (one durable write) before returning it.</summary>
        WriteOutcome = 6,

        /// <summary>Write that the request never left (one durable write).</summary>
        WriteNotSent = 7,

        /// <summary>Write the attempt, send 0400/0401 and wait for 0410.</summary>
        SendReversal = 8,

        /// <summary>Write that the reversal was acknowledged (one durable write).</summary>
        WriteReversalDone = 9,

        /// <summary>Wait for the backoff delay, then try the reversal again.</summary>
        ScheduleRetry = 10,
    }
}
