namespace NanoPos.Ui.Flows
{
    /// <summary>
    /// A refund: money goes back to a card, so the merchant's supervisor PIN comes first (the supervisor PIN screen checks
    /// it, and abandons the refund after too many wrong tries), then the amount and the card; no cardholder PIN.
    /// </summary>
    internal sealed class RefundFlow : CardFlow
    {
        /// <summary>Creates the flow.</summary>
        /// <param name="ui">The UI.</param>
        internal RefundFlow(TerminalUi ui)
            : base(ui, RequestKind.Refund, true, false)
        {
        }

        /// <summary>Starts a refund: the supervisor PIN screen, before anything else is typed.</summary>
        internal override void Begin()
        {
            Enter();
            Ui.Show(Screens.SupervisorPin);
        }

        /// <summary>The supervisor PIN was right: the amount screen.</summary>
        internal void Authorized()
        {
            Start(-1);
        }
    }
}
