namespace NanoPos.Transactions
{
    /// <summary>The kinds of journal record (see docs/transaction-engine.md). The values are stored on flash: never renumber.</summary>
    public enum JournalRecordType
    {
        /// <summary>A financial request about to be sent, with everything needed to reverse it.</summary>
        Intent = 1,

        /// <summary>The host's answer to an intent, received in time; an approved outcome is the batch entry.</summary>
        Outcome = 2,

        /// <summary>A reversal of an intent is about to be sent (attempt number n; n &gt; 1 is a repeat).</summary>
        ReversalAttempt = 3,

        /// <summary>The host acknowledged the reversal of an intent.</summary>
        ReversalDone = 4,

        /// <summary>An intent's request never left the device (the connection failed before any byte was sent).</summary>
        Abandoned = 5,

        /// <summary>Batch number, batch state and STAN high-water; makes every older record dead.</summary>
        Checkpoint = 6,
    }
}
