using NanoPos.Ui.Screens;

namespace NanoPos.Ui.Flows
{
    /// <summary>
    /// One thing the cashier or the technician does at the terminal — a sale, a void, a refund, a balance inquiry, the
    /// history, a settlement, the technician menu, the language — from the key that starts it to the screen that ends it.
    /// </summary>
    /// <remarks>
    /// <para>The contract has three parts, all called on the UI's one thread:</para>
    /// <list type="bullet">
    /// <item><see cref="Begin"/> starts the flow: it calls <see cref="Enter"/> and shows the flow's first screen. The
    /// flow's screens then report back to it (an amount typed, a card read, a PIN block, a confirmation).</item>
    /// <item><see cref="Finished"/> is called by the <see cref="CallPump"/> once the engine call that the flow handed over
    /// with <see cref="Submit"/> has returned without throwing, after the pump noted what every call changes (link state,
    /// pending reversals, the history). The default shows the result screen; a flow overrides it to do its own part
    /// first (the sale remembers an approved card and amount for the duplicate check, the settlement records itself in
    /// the health log). A flow that never calls the engine never sees it.</item>
    /// <item><see cref="Cancel"/> is called when the flow is abandoned while it is the one under way: * or an input
    /// timeout back to idle, another flow starting, or its engine call failing. It wipes what the flow holds that must
    /// not stay in memory (amount, card data, PIN block); the default holds nothing.</item>
    /// </list>
    /// <para>A flow owns what spans its screens — the data put together on them and the request it sends. A screen owns
    /// its own keys and drawing. One instance of each flow is made when the UI is attached (<see cref="FlowSet"/>), so
    /// nothing is allocated per transaction beyond the request itself.</para>
    /// </remarks>
    internal abstract class Flow
    {
        /// <summary>Creates a flow of the given UI.</summary>
        /// <param name="ui">The UI whose screens the flow shows.</param>
        protected Flow(TerminalUi ui)
        {
            Ui = ui;
        }

        /// <summary>Gets the UI whose screens the flow shows.</summary>
        protected TerminalUi Ui { get; }

        /// <summary>Gets the screens of the UI.</summary>
        protected ScreenSet Screens
        {
            get { return Ui.All; }
        }

        /// <summary>Starts the flow: becomes the flow under way and shows its first screen.</summary>
        internal abstract void Begin();

        /// <summary>The flow's engine call has returned (it did not throw): shows what it did, by default the result screen.</summary>
        /// <param name="done">The finished request, with its result.</param>
        internal virtual void Finished(TransactionRequest done)
        {
            Screens.Result.Set(done);
            Ui.Show(Screens.Result);
        }

        /// <summary>The flow is abandoned: wipes what it holds. Safe to call more than once.</summary>
        internal virtual void Cancel()
        {
        }

        /// <summary>Makes this flow the one under way, cancelling the one before it if that was another.</summary>
        protected void Enter()
        {
            Ui.Flows.Enter(this);
        }

        /// <summary>Shows the processing screen and hands the request to the engine; <see cref="Finished"/> follows.</summary>
        /// <param name="request">The request, holding everything the engine needs.</param>
        protected void Submit(TransactionRequest request)
        {
            // The processing screen reads the request's kind, so it is taken first; with the synchronous runner the call
            // then runs (and the result shows) inside Pump.
            Enter();
            Ui.Calls.Take(this, request);
            Ui.Show(Screens.Processing);
            Ui.Calls.Pump();
        }
    }
}
