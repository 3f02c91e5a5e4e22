namespace NanoPos.Transactions
{
    /// <summary>
    /// Moves one exchange through <see cref="TransactionTable"/>. The machine holds only the current state
    /// (the journal holds everything durable), counts ignored events, and never moves except along a table
    /// row or by the table's policy for unexpected events.
    /// </summary>
    public sealed class TransactionStateMachine
    {
        private TransactionState _state;
        private int _ignored;

        /// <summary>Creates a machine in <see cref="TransactionState.Idle"/>.</summary>
        public TransactionStateMachine()
            : this(TransactionState.Idle)
        {
        }

        /// <summary>Creates a machine in a given state: the state lives outside the table, as in the stateless library.</summary>
        /// <param name="initial">The state to start in.</param>
        public TransactionStateMachine(TransactionState initial)
        {
            _state = initial;
        }

        /// <summary>Gets the current state.</summary>
        public TransactionState State
        {
            get { return _state; }
        }

        /// <summary>Gets how many events were ignored because the state did not expect them.</summary>
        public int IgnoredEvents
        {
            get { return _ignored; }
        }

        /// <summary>Gets whether the exchange is over.</summary>
        public bool IsFinal
        {
            get { return TransactionTable.IsFinal(_state); }
        }

        /// <summary>Applies an event: moves to the row's next state and returns its action.</summary>
        /// <param name="transactionEvent">What happened.</param>
        /// <returns>The action to perform, or <see cref="TransactionAction.None"/> when the event was ignored.</returns>
        public TransactionAction Fire(TransactionEvent transactionEvent)
        {
            TransitionRule rule = TransactionTable.Find(_state, transactionEvent);
            if (rule == null)
            {
                rule = TransactionTable.Unexpected(_state);
            }

            if (rule == null)
            {
                _ignored++;
                return TransactionAction.None;
            }

            _state = rule.To;
            return rule.Action;
        }

        /// <summary>Puts the machine back to <see cref="TransactionState.Idle"/> for the next exchange.</summary>
        public void Reset()
        {
            _state = TransactionState.Idle;
        }
    }
}
