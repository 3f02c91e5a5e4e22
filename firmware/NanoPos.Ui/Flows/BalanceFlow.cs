namespace NanoPos.Ui.Flows
{
    /// <summary>A balance inquiry: card and PIN, no amount; the result shows the balance the host returned.</summary>
    internal sealed class BalanceFlow : CardFlow
    {
        /// <summary>Creates the flow.</summary>
        /// <param name="ui">The UI.</param>
        internal BalanceFlow(TerminalUi ui)
            : base(ui, RequestKind.Balance, false, true)
        {
        }

        /// <summary>Starts the inquiry: the card screen.</summary>
        internal override void Begin()
        {
            Start(-1);
        }
    }
}
