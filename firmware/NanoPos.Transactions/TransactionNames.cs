namespace NanoPos.Transactions
{
    /// <summary>
    /// Names of the state machine's states, events and actions for logs and drawings. On nanoFramework
    /// <c>enum.ToString()</c> gives a number, so the names are written out here.
    /// </summary>
    public static class TransactionNames
    {
        /// <summary>Gets a state's name.</summary>
        /// <param name="state">The state.</param>
        public static string Of(TransactionState state)
        {
            switch (state)
            {
                case TransactionState.Idle: return "Idle";
                case TransactionState.Flushing: return "Flushing";
                case TransactionState.Preparing: return "Preparing";
                case TransactionState.Connecting: return "Connecting";
                case TransactionState.Sending: return "Sending";
                case TransactionState.AwaitingResponse: return "AwaitingResponse";
                case TransactionState.Recording: return "Recording";
                case TransactionState.Completed: return "Completed";
                case TransactionState.NotSent: return "NotSent";
                case TransactionState.ReversalPending: return "ReversalPending";
                case TransactionState.Reversed: return "Reversed";
                case TransactionState.Refused: return "Refused";
                default: return "State" + ((int)state).ToString();
            }
        }

        /// <summary>Gets an event's name.</summary>
        /// <param name="transactionEvent">The event.</param>
        public static string Of(TransactionEvent transactionEvent)
        {
            switch (transactionEvent)
            {
                case TransactionEvent.Start: return "Start";
                case TransactionEvent.Recovered: return "Recovered";
                case TransactionEvent.QueueFlushed: return "QueueFlushed";
                case TransactionEvent.QueueBlocked: return "QueueBlocked";
                case TransactionEvent.IntentDurable: return "IntentDurable";
                case TransactionEvent.JournalFull: return "JournalFull";
                case TransactionEvent.Connected: return "Connected";
                case TransactionEvent.ConnectFailed: return "ConnectFailed";
                case TransactionEvent.Sent: return "Sent";
                case TransactionEvent.NothingSent: return "NothingSent";
                case TransactionEvent.LinkLost: return "LinkLost";
                case TransactionEvent.ResponseReceived: return "ResponseReceived";
                case TransactionEvent.ResponseTimeout: return "ResponseTimeout";
                case TransactionEvent.MalformedResponse: return "MalformedResponse";
                case TransactionEvent.OutcomeDurable: return "OutcomeDurable";
                case TransactionEvent.ReversalAcknowledged: return "ReversalAcknowledged";
                case TransactionEvent.ReversalFailed: return "ReversalFailed";
                case TransactionEvent.OutcomeUnknown: return "OutcomeUnknown";
                default: return "Event" + ((int)transactionEvent).ToString();
            }
        }

        /// <summary>Gets an action's name.</summary>
        /// <param name="action">The action.</param>
        public static string Of(TransactionAction action)
        {
            switch (action)
            {
                case TransactionAction.None: return "None";
                case TransactionAction.FlushReversals: return "FlushReversals";
                case TransactionAction.WriteIntent: return "WriteIntent";
                case TransactionAction.Connect: return "Connect";
                case TransactionAction.SendRequest: return "SendRequest";
                case TransactionAction.AwaitResponse: return "AwaitResponse";
                case TransactionAction.WriteOutcome: return "WriteOutcome";
                case TransactionAction.WriteNotSent: return "WriteNotSent";
                case TransactionAction.SendReversal: return "SendReversal";
                case TransactionAction.WriteReversalDone: return "WriteReversalDone";
                case TransactionAction.ScheduleRetry: return "ScheduleRetry";
                default: return "Action" + ((int)action).ToString();
            }
        }
    }
}
