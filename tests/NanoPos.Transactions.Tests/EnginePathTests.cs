using nanoFramework.TestFramework;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The engine moves along the table's rows: each flow's path (<see cref="PaymentEngine.LastPath"/>) is what the
    /// table says, and together the flows visit every state and every step between two states that the table has.
    /// </summary>
    [TestClass]
    public class EnginePathTests
    {
        private const int StateCount = 12;

        [TestMethod]
        public void Approved_sale_walks_the_whole_happy_path()
        {
            var rig = new EngineRig();
            rig.Engine.Sale(100, EngineRig.Card());

            Assert.AreEqual("Idle Flushing Preparing Connecting Sending AwaitingResponse Recording Completed", Path(rig.Engine.LastPath));
        }

        [TestMethod]
        public void Every_state_and_every_step_of_the_table_is_taken_by_some_flow()
        {
            var seen = new bool[StateCount * StateCount];
            var visited = new bool[StateCount];

            var rig = new EngineRig();
            Run(rig, "approved", seen, visited);
            rig.Host.Then(ScriptedHost.Approve, "51");
            Run(rig, "declined", seen, visited);
            rig.Host.Then(ScriptedHost.Silent, "00");
            Run(rig, "timeout, reversed", seen, visited);
            rig.Host.Then(ScriptedHost.Garbage, "00");
            Run(rig, "malformed", seen, visited);
            rig.Link.RefuseConnections(true);
            Run(rig, "connect failed", seen, visited);
            rig.Link.RefuseConnections(false);
            rig.Link.DropAfterSentBytes(0);
            Run(rig, "nothing sent", seen, visited);
            rig.Link.DropAfterSentBytes(3);
            Run(rig, "link lost while sending", seen, visited);
            rig.Host.Then(ScriptedHost.HangUp, "00");
            Run(rig, "link lost while waiting", seen, visited);
            rig.Host.ReversalsAnswered = false;
            rig.Host.Then(ScriptedHost.Silent, "00");
            Run(rig, "reversal failed", seen, visited);
            Run(rig, "queue blocked", seen, visited);
            rig.Host.ReversalsAnswered = true;
            for (int i = 0; i < 40 && rig.Engine.Log.HasRoomForIntent; i++)
            {
                EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(100 + i, EngineRig.Card()), "filling the journal");
            }

            Run(rig, "journal full", seen, visited);

            for (int s = 0; s < StateCount; s++)
            {
                Assert.IsTrue(visited[s], TransactionNames.Of((TransactionState)s) + " was never visited by the engine");
            }

            foreach (TransitionRule rule in TransactionTable.Rules)
            {
                if (rule.Event == TransactionEvent.Recovered)
                {
                    continue; // the queue's entry at boot: see the reboot tests
                }

                Assert.IsTrue(seen[((int)rule.From * StateCount) + (int)rule.To], "no flow went " + TransactionNames.Of(rule.From) + " -> " + TransactionNames.Of(rule.To));
            }
        }

        [TestMethod]
        public void Unacknowledged_reversal_path_ends_in_the_retry_row()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            rig.Engine.Sale(100, EngineRig.Card());

            Assert.AreEqual("Idle Flushing Preparing Connecting Sending AwaitingResponse ReversalPending ReversalPending", Path(rig.Engine.LastPath));
        }

        [TestMethod]
        public void Refused_connection_path_ends_in_not_sent_once()
        {
            var rig = new EngineRig();
            rig.Link.RefuseConnections(true);
            rig.Engine.Sale(100, EngineRig.Card());

            Assert.AreEqual("Idle Flushing Preparing Connecting NotSent", Path(rig.Engine.LastPath));
        }

        private static void Run(EngineRig rig, string label, bool[] seen, bool[] visited)
        {
            rig.Engine.Sale(1000, EngineRig.Card());
            TransactionState[] path = rig.Engine.LastPath;
            Assert.IsTrue(path.Length > 0, label);
            for (int i = 0; i < path.Length; i++)
            {
                visited[(int)path[i]] = true;
                if (i > 0)
                {
                    seen[((int)path[i - 1] * StateCount) + (int)path[i]] = true;
                }
            }
        }

        private static string Path(TransactionState[] path)
        {
            string text = string.Empty;
            for (int i = 0; i < path.Length; i++)
            {
                text += (i > 0 ? " " : string.Empty) + TransactionNames.Of(path[i]);
            }

            return text;
        }
    }
}
