using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// Before a firmware update: every pending reversal delivered, the batch settled, and a plain answer on what is still
    /// owed — never "ready" while a reversal is pending or the batch holds entries.
    /// </summary>
    [TestClass]
    public class UpdateReadinessTests
    {
        [TestMethod]
        public void Ready_after_the_reversal_is_delivered_and_the_batch_settled()
        {
            EngineRig rig = Owing();
            rig.Host.ReversalsAnswered = true;
            var readiness = new UpdateReadiness(rig.Engine);

            Assert.IsFalse(readiness.Refresh(), "owing before");
            Assert.IsTrue(readiness.Prepare());

            Assert.IsTrue(readiness.Ready);
            Assert.AreEqual(0, readiness.PendingReversals);
            Assert.IsFalse(readiness.BatchOpen);
            Assert.AreEqual(0, readiness.BatchCount);
            Assert.AreEqual(0L, readiness.BatchTotalMinor);
            Assert.IsNull(readiness.Reason);
            Assert.IsNotNull(readiness.Settlement);
            EngineRig.Expect(TransactionOutcome.Approved, readiness.Settlement, "the settlement it ran");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat), "the reversal went out again, as a repeat");
            Assert.AreEqual(1, rig.Host.Count(Mti.SettlementRequest));
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
        }

        [TestMethod]
        public void Not_ready_while_the_host_is_down_and_it_says_what_is_owed()
        {
            EngineRig rig = Owing();
            rig.Link.RefuseConnections(true);
            var readiness = new UpdateReadiness(rig.Engine);

            Assert.IsFalse(readiness.Prepare());

            Assert.AreEqual(1, readiness.PendingReversals);
            Assert.IsTrue(readiness.BatchOpen);
            Assert.AreEqual(2, readiness.BatchCount);
            Assert.AreEqual(2500L + 1300L, readiness.BatchTotalMinor);
            Assert.IsNull(readiness.Settlement, "no settlement is tried while a reversal is pending");
            Assert.AreEqual(0, rig.Host.Count(Mti.SettlementRequest));
            Assert.IsTrue(readiness.Reason.IndexOf("1 reversal") >= 0, readiness.Reason);
            Assert.IsTrue(readiness.Reason.IndexOf("2 entries") >= 0, readiness.Reason);
            Assert.AreEqual(1, rig.Engine.Log.PendingCount, "the reversal is still owed");
        }

        [TestMethod]
        public void Not_ready_when_the_host_refuses_the_settlement()
        {
            EngineRig rig = Owing();
            rig.Host.ReversalsAnswered = true;
            rig.Host.SettlementCode = "12";
            var readiness = new UpdateReadiness(rig.Engine);

            Assert.IsFalse(readiness.Prepare());

            Assert.AreEqual(0, readiness.PendingReversals, "the reversal is delivered");
            Assert.IsTrue(readiness.BatchOpen);
            Assert.AreEqual(2, readiness.BatchCount);
            Assert.AreEqual(3800L, readiness.BatchTotalMinor);
            EngineRig.Expect(TransactionOutcome.Declined, readiness.Settlement, "the settlement");
            Assert.AreEqual("12", readiness.Settlement.ResponseCode);
            Assert.IsTrue(readiness.Reason.IndexOf("12") >= 0, readiness.Reason);
        }

        [TestMethod]
        public void Nothing_owed_is_ready_without_a_settlement()
        {
            var rig = new EngineRig();
            int requests = rig.Host.Requests.Count;
            var readiness = new UpdateReadiness(rig.Engine);

            Assert.IsTrue(readiness.Prepare());
            Assert.IsNull(readiness.Settlement);
            Assert.AreEqual(requests, rig.Host.Requests.Count, "an empty batch is not settled");
        }

        [TestMethod]
        public void Refresh_only_looks()
        {
            EngineRig rig = Owing();
            int requests = rig.Host.Requests.Count;
            int writes = rig.Store.DurableWrites;
            var readiness = new UpdateReadiness(rig.Engine);

            Assert.IsFalse(readiness.Refresh());

            Assert.AreEqual(1, readiness.PendingReversals);
            Assert.AreEqual(2, readiness.BatchCount);
            Assert.AreEqual(requests, rig.Host.Requests.Count);
            Assert.AreEqual(writes, rig.Store.DurableWrites);
        }

        [TestMethod]
        public void An_engine_that_has_not_read_its_journal_is_never_ready()
        {
            EngineRig rig = Owing();
            var engine = new PaymentEngine(rig.Options, rig.Store, rig.Link, rig.Clock, TestKeys.NewKeyRing(rig.Store));
            var readiness = new UpdateReadiness(engine);

            Assert.IsFalse(readiness.Prepare(), "its log is empty only because it was never read");
            Assert.IsFalse(readiness.Refresh());
            Assert.AreEqual(0, readiness.PendingReversals, "it cannot know yet");

            engine.Recover();
            Assert.AreEqual(1, engine.Log.PendingCount, "setup: the journal does owe a reversal");
            Assert.IsFalse(readiness.Refresh());
        }

        [TestMethod]
        public void A_voided_sale_still_has_to_be_settled()
        {
            var rig = new EngineRig();
            TransactionResult sale = rig.Engine.Sale(900, EngineRig.Card());
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Void(sale.Stan), "void");
            var readiness = new UpdateReadiness(rig.Engine);

            Assert.IsFalse(readiness.Refresh());
            Assert.AreEqual(2, readiness.BatchCount, "the sale and its void");
            Assert.AreEqual(0L, readiness.BatchTotalMinor, "nothing in effect");
            Assert.IsTrue(readiness.Prepare(), "settled");
        }

        /// <summary>A terminal owing a reversal (the host did not acknowledge it) with two approved sales in its batch.</summary>
        private static EngineRig Owing()
        {
            var rig = new EngineRig();
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(2500, EngineRig.Card()), "sale");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(1300, EngineRig.Card()), "sale");
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(4100, EngineRig.Card()), "unanswered sale");
            rig.Host.FinancialBehaviour = ScriptedHost.Approve;
            return rig;
        }
    }
}
