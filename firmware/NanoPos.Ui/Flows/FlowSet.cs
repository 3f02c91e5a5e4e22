namespace NanoPos.Ui.Flows
{
    /// <summary>
    /// Every flow of the terminal, made once when the UI is attached to the engine, and which one is under way (the one a
    /// return to idle cancels).
    /// </summary>
    internal sealed class FlowSet
    {
        /// <summary>Creates the flows of a UI; its screens must exist already.</summary>
        /// <param name="ui">The UI.</param>
        internal FlowSet(TerminalUi ui)
        {
            Sale = new SaleFlow(ui);
            Void = new VoidFlow(ui);
            Refund = new RefundFlow(ui);
            Balance = new BalanceFlow(ui);
            History = new HistoryFlow(ui);
            Settlement = new SettlementFlow(ui);
            Technician = new TechnicianFlow(ui);
            Language = new LanguageFlow(ui);
        }

        /// <summary>Gets the sale: amount, card, duplicate check, PIN.</summary>
        internal SaleFlow Sale { get; }

        /// <summary>Gets the void of an approved sale chosen in the history.</summary>
        internal VoidFlow Void { get; }

        /// <summary>Gets the refund: supervisor PIN, amount, card.</summary>
        internal RefundFlow Refund { get; }

        /// <summary>Gets the balance inquiry: card, PIN.</summary>
        internal BalanceFlow Balance { get; }

        /// <summary>Gets the history of the merchant's transactions.</summary>
        internal HistoryFlow History { get; }

        /// <summary>Gets the settlement of the open batch.</summary>
        internal SettlementFlow Settlement { get; }

        /// <summary>Gets the technician menu behind its PIN.</summary>
        internal TechnicianFlow Technician { get; }

        /// <summary>Gets the language choice of the technician menu.</summary>
        internal LanguageFlow Language { get; }

        /// <summary>Gets the flow under way, or null when none is (idle, boot).</summary>
        internal Flow Current { get; private set; }

        /// <summary>Makes a flow the one under way, cancelling the one before it if that was another.</summary>
        /// <param name="flow">The flow starting.</param>
        internal void Enter(Flow flow)
        {
            if (Current != null && Current != flow)
            {
                Current.Cancel();
            }

            Current = flow;
        }

        /// <summary>Cancels the flow under way, if any (back to idle).</summary>
        internal void CancelCurrent()
        {
            if (Current != null)
            {
                Flow flow = Current;
                Current = null;
                flow.Cancel();
            }
        }
    }
}
