using System.Diagnostics;
using System.IO;
using NanoPos.Diagnostics;
using NanoPos.Transactions;

namespace NanoPos.Ui.Flows
{
    /// <summary>
    /// The settlement: the open batch's totals, # settles with the host. An accepted settlement is recorded in the health
    /// log (the technician's "last settlement") before the result shows.
    /// </summary>
    internal sealed class SettlementFlow : Flow
    {
        /// <summary>Creates the flow.</summary>
        /// <param name="ui">The UI.</param>
        internal SettlementFlow(TerminalUi ui)
            : base(ui)
        {
        }

        /// <summary>Shows the batch totals (read once no engine call runs; a beep instead while one does).</summary>
        internal override void Begin()
        {
            Enter();
            Ui.Open(Screens.Settlement);
        }

        /// <summary>The cashier confirmed the totals: the settlement goes.</summary>
        internal void Confirmed()
        {
            Submit(new TransactionRequest(RequestKind.Settle, 0, null, 0));
        }

        /// <summary>Records an accepted settlement in the health log, then shows the result.</summary>
        /// <param name="done">The finished request.</param>
        internal override void Finished(TransactionRequest done)
        {
            HealthCollector health = Ui.Health;
            if (health != null && done.Result != null && done.Result.Outcome == TransactionOutcome.Approved)
            {
                // Statistics, not money: a failed write of the health record is logged and the terminal goes on.
                try
                {
                    health.Log.RecordSettlement(health.NowUnixSeconds());
                }
                catch (IOException e)
                {
                    Debug.WriteLine("nanoPos: saving the health record failed: " + e.Message);
                }
            }

            base.Finished(done);
        }
    }
}
