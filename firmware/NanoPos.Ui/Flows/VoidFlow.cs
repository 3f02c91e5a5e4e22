namespace NanoPos.Ui.Flows
{
    /// <summary>
    /// A void: the approved sale is chosen in the history (its detail shows "#=Void" while it is in the open batch and not
    /// voided yet), confirmed on the void screen, then voided by STAN. No card and no PIN: the sale's own data goes.
    /// </summary>
    internal sealed class VoidFlow : Flow
    {
        /// <summary>Creates the flow.</summary>
        /// <param name="ui">The UI.</param>
        internal VoidFlow(TerminalUi ui)
            : base(ui)
        {
        }

        /// <summary>Starts a void from the menu: the history, where the sale is chosen (once no engine call runs).</summary>
        internal override void Begin()
        {
            Enter();
            Ui.Open(Screens.History);
        }

        /// <summary>The void screen confirmed the sale: the void goes.</summary>
        /// <param name="saleStan">The STAN of the approved sale to void.</param>
        internal void Confirmed(int saleStan)
        {
            Submit(new TransactionRequest(RequestKind.Void, 0, null, saleStan));
        }
    }
}
