namespace NanoPos.Transactions
{
    /// <summary>What can happen to an online exchange; the table decides what each means in each state.</summary>
    public enum TransactionEvent
    {
        /// <summary>The cashier started a transaction.</summary>
        Start = 0,

        /// <summary>A reboot found this request's intent without a resolution.</summary>
        Recovered = 1,

        /// <summary>No reversal is pending any more.</summary>
        QueueFlushed = 2,

        /// <summary>A pending reversal could not be delivered, so no new request may go out.</summary>
        QueueBlocked = 3,

        /// <summary>The intent is durable in the journal.</summary>
        IntentDurable = 4,

        /// <summary>The journal has no room for the intent.</summary>
        JournalFull = 5,

        /// <summary>The connection to the host is open.</summary>
        Connected = 6,

        /// <summary>The connection could not be opened in time.</summary>
        ConnectFailed = 7,

        /// <summary>The whole request frame was sent.</summary>
        Sent = 8,

        /// <summary>The link failed before any byte of the request left.</summary>
        NothingSent = 9,

        /// <summary>The link was lost after part or all of the request left.</summary>
        LinkLost = 10,

        /// <summary>An answer matching the request (<see cref="AnswerCheck"/>) arrived before the deadline with a code that
        /// approves or declines for certain (<see cref="ResponseCodePolicy"/>).</summary>
        ResponseReceived = 11,

        /// <summary>The deadline passed without a matching response.</summary>
        ResponseTimeout = 12,

        /// <summary>The answer could not be decoded, or does not match the request (<see cref="AnswerCheck"/>).</summary>
        MalformedResponse = 13,

        /// <summary>The answer is durable in the journal.</summary>
        OutcomeDurable = 14,

        /// <summary>The host acknowledged the reversal (0410).</summary>
        ReversalAcknowledged = 15,

        /// <summary>The reversal attempt got no acknowledgement; it will be retried after a backoff.</summary>
        ReversalFailed = 16,

        /// <summary>An answer matching the request arrived with a response code whose outcome is unknown (98, 96, A0, or a
        /// code the policy does not list: <see cref="ResponseClass.OutcomeUnknown"/>).</summary>
        OutcomeUnknown = 17,
    }
}
