namespace NanoPos.Ui.Flows
{
    /// <summary>
    /// The history: the merchant's transactions newest first, each one's detail, its e-receipt, and (for an approved sale
    /// still in the batch) the way into a <see cref="VoidFlow"/>. It reads the engine's log, so it opens only while no
    /// engine call runs, and it sends nothing itself.
    /// </summary>
    internal sealed class HistoryFlow : Flow
    {
        /// <summary>Creates the flow.</summary>
        /// <param name="ui">The UI.</param>
        internal HistoryFlow(TerminalUi ui)
            : base(ui)
        {
        }

        /// <summary>Shows the history list (a beep instead while an engine call runs).</summary>
        internal override void Begin()
        {
            Enter();
            Ui.Open(Screens.History);
        }
    }
}
