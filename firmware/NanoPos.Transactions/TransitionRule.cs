namespace NanoPos.Transactions
{
    /// <summary>One row of the transaction table: in <see cref="From"/>, on <see cref="Event"/>, go to <see cref="To"/> and do <see cref="Action"/>.</summary>
    public sealed class TransitionRule
    {
        /// <summary>Creates a row.</summary>
        /// <param name="from">The state the row applies in.</param>
        /// <param name="transactionEvent">The event it handles.</param>
        /// <param name="to">The next state.</param>
        /// <param name="action">What the engine does on entering the next state.</param>
        public TransitionRule(TransactionState from, TransactionEvent transactionEvent, TransactionState to, TransactionAction action)
        {
            From = from;
            Event = transactionEvent;
            To = to;
            Action = action;
        }

        /// <summary>Gets the state the row applies in.</summary>
        public TransactionState From { get; }

        /// <summary>Gets the event the row handles.</summary>
        public TransactionEvent Event { get; }

        /// <summary>Gets the next state.</summary>
        public TransactionState To { get; }

        /// <summary>Gets the action on entering the next state.</summary>
        public TransactionAction Action { get; }
    }
}
