namespace NanoPos.Transactions
{
    /// <summary>
    /// The transaction state machine as data: every (state, event) pair the engine handles, with the next
    /// state and the action. Tools draw it (<c>nanopos states</c>), tests walk every row, and the engine
    /// only ever moves along a row or by <see cref="Unexpected"/>, the one policy for anything else.
    /// </summary>
    public static class TransactionTable
    {
        private static TransitionRule[] s_rules;

        // The rows by state * s_events + event (both as numbers, up to the largest a row uses), so the engine finds its
        // next step with one array read instead of a scan that calls two property getters per row (the interpreter
        // inlines nothing).
        private static TransitionRule[] s_index;
        private static int s_states;
        private static int s_events;

        /// <summary>Gets every row, in the order of a normal exchange.</summary>
        public static TransitionRule[] Rules
        {
            get
            {
                if (s_rules == null)
                {
                    s_rules = Build();
                }

                return s_rules;
            }
        }

        /// <summary>Finds the row for a state and event, or null when the state does not expect the event.</summary>
        /// <param name="state">The current state.</param>
        /// <param name="transactionEvent">The event.</param>
        public static TransitionRule Find(TransactionState state, TransactionEvent transactionEvent)
        {
            if (s_index == null)
            {
                BuildIndex(Rules);
            }

            int s = (int)state;
            int e = (int)transactionEvent;
            return s < 0 || s >= s_states || e < 0 || e >= s_events ? null : s_index[(s * s_events) + e];
        }

        /// <summary>
        /// The one policy for an event a state does not expect: while the request may be at the host
        /// (<see cref="TransactionState.Sending"/>, <see cref="TransactionState.AwaitingResponse"/>) the outcome
        /// becomes unknown, so the exchange goes to <see cref="TransactionState.ReversalPending"/>; in any other
        /// state the event is ignored (the caller counts it as an anomaly).
        /// </summary>
        /// <param name="state">The current state.</param>
        /// <returns>The row to apply, or null to ignore the event.</returns>
        public static TransitionRule Unexpected(TransactionState state)
        {
            if (state == TransactionState.Sending || state == TransactionState.AwaitingResponse)
            {
                return new TransitionRule(state, TransactionEvent.LinkLost, TransactionState.ReversalPending, TransactionAction.SendReversal);
            }

            return null;
        }

        /// <summary>Gets whether a state is final (the exchange is over).</summary>
        /// <param name="state">The state.</param>
        public static bool IsFinal(TransactionState state)
        {
            return state == TransactionState.Completed || state == TransactionState.NotSent
                || state == TransactionState.Reversed || state == TransactionState.Refused;
        }

        private static TransitionRule[] Build()
        {
            const TransactionState Idle = TransactionState.Idle;
            const TransactionState Flushing = TransactionState.Flushing;
            const TransactionState Preparing = TransactionState.Preparing;
            const TransactionState Connecting = TransactionState.Connecting;
            const TransactionState Sending = TransactionState.Sending;
            const TransactionState Awaiting = TransactionState.AwaitingResponse;
            const TransactionState Recording = TransactionState.Recording;
            const TransactionState Pending = TransactionState.ReversalPending;

            return new TransitionRule[]
            {
                Row(Idle, TransactionEvent.Start, Flushing, TransactionAction.FlushReversals),
                Row(Idle, TransactionEvent.Recovered, Pending, TransactionAction.SendReversal),
                Row(Flushing, TransactionEvent.QueueFlushed, Preparing, TransactionAction.WriteIntent),
                Row(Flushing, TransactionEvent.QueueBlocked, TransactionState.Refused, TransactionAction.None),
                Row(Preparing, TransactionEvent.IntentDurable, Connecting, TransactionAction.Connect),
                Row(Preparing, TransactionEvent.JournalFull, TransactionState.Refused, TransactionAction.None),
                Row(Connecting, TransactionEvent.Connected, Sending, TransactionAction.SendRequest),
                Row(Connecting, TransactionEvent.ConnectFailed, TransactionState.NotSent, TransactionAction.WriteNotSent),
                Row(Sending, TransactionEvent.Sent, Awaiting, TransactionAction.AwaitResponse),
                Row(Sending, TransactionEvent.NothingSent, TransactionState.NotSent, TransactionAction.WriteNotSent),
                Row(Sending, TransactionEvent.LinkLost, Pending, TransactionAction.SendReversal),
                Row(Awaiting, TransactionEvent.ResponseReceived, Recording, TransactionAction.WriteOutcome),
                Row(Awaiting, TransactionEvent.ResponseTimeout, Pending, TransactionAction.SendReversal),
                Row(Awaiting, TransactionEvent.LinkLost, Pending, TransactionAction.SendReversal),
                Row(Awaiting, TransactionEvent.MalformedResponse, Pending, TransactionAction.SendReversal),
                Row(Awaiting, TransactionEvent.OutcomeUnknown, Pending, TransactionAction.SendReversal),
                Row(Recording, TransactionEvent.OutcomeDurable, TransactionState.Completed, TransactionAction.None),
                Row(Pending, TransactionEvent.ReversalAcknowledged, TransactionState.Reversed, TransactionAction.WriteReversalDone),
                Row(Pending, TransactionEvent.ReversalFailed, Pending, TransactionAction.ScheduleRetry),
            };
        }

        private static void BuildIndex(TransitionRule[] rules)
        {
            int states = 0;
            int events = 0;
            for (int i = 0; i < rules.Length; i++)
            {
                states = (int)rules[i].From >= states ? (int)rules[i].From + 1 : states;
                events = (int)rules[i].Event >= events ? (int)rules[i].Event + 1 : events;
            }

            var index = new TransitionRule[states * events];
            for (int i = rules.Length - 1; i >= 0; i--)
            {
                // Backwards, so that were a pair ever listed twice the first row wins, as a scan would find it.
                index[((int)rules[i].From * events) + (int)rules[i].Event] = rules[i];
            }

            s_states = states;
            s_events = events;
            s_index = index;
        }

        private static TransitionRule Row(TransactionState from, TransactionEvent e, TransactionState to, TransactionAction action)
        {
            return new TransitionRule(from, e, to, action);
        }
    }
}
