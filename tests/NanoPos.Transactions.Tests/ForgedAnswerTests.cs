using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// Answers whose MAC (field 64) is missing or made with a key the terminal does not hold are forgeries, however
    /// perfect the rest: a forged approval does not charge the card, a forged reversal acknowledgement does not clear the
    /// reversal, a forged settlement answer does not close the batch.
    /// </summary>
    [TestClass]
    public class ForgedAnswerTests
    {
        [DataRow(ScriptedFaults.NoMac, "51", (int)AnswerFault.MissingMac)]
        [DataRow(ScriptedFaults.WrongKeyMac, "51", (int)AnswerFault.BadMac)]
        [DataRow(ScriptedFaults.NoMac, "00", (int)AnswerFault.MissingMac)]
        [DataRow(ScriptedFaults.WrongKeyMac, "00", (int)AnswerFault.BadMac)]
        public void Forged_approval_is_never_believed_the_sale_is_reversed_and_never_in_the_batch(int forgery, string hostCode, int fault)
        {
            // The host decides (a decline, or an approval), and what reaches the terminal is a perfect 0210 approval with
            // an auth code and an RRN, but without the host's MAC.
            var rig = new EngineRig();
            rig.Host.Then(ScriptedHost.Approve, hostCode);
            rig.Host.Faults.Tamper(Mti.FinancialRequest, 39, "00");
            rig.Host.Faults.Tamper(Mti.FinancialRequest, 38, "FORGED");
            rig.Host.Faults.ForgeMac(Mti.FinancialRequest, forgery);

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, result, "a forged approval");
            Assert.IsNull(result.AuthCode, "the forger's auth code is not shown");
            Assert.IsNull(result.ResponseCode, "nothing in the forged answer is trusted");
            Assert.AreEqual(fault, (int)rig.Engine.Exchange.LastAnswerFault);
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest), "reversed at once");
            Assert.IsTrue(rig.Host.Ledger.IsReversed(result.Stan), "the host's ledger shows the reversal");
            Assert.IsFalse(rig.Host.Ledger.IsCharged(result.Stan), "the card is not charged");
            Assert.IsNull(rig.Engine.Log.FindBatchEntry(result.Stan), "not in the batch");
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
            Assert.AreEqual(0, rig.Reboot().Engine.Log.BatchEntries.Count, "not in the batch after a reboot either");
        }

        [DataRow(ScriptedFaults.NoMac, (int)AnswerFault.MissingMac)]
        [DataRow(ScriptedFaults.WrongKeyMac, (int)AnswerFault.BadMac)]
        public void Forged_reversal_acknowledgement_leaves_the_reversal_pending_until_the_host_acknowledges_it(int forgery, int fault)
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.Faults.ForgeMac(Mti.ReversalRequest, forgery);

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.ReversalPending, result, "a 0410 without the host's MAC");
            Assert.AreEqual(fault, (int)rig.Engine.Exchange.LastAnswerFault);
            Assert.AreEqual(1, rig.Engine.Reversals.PendingCount, "still to be reversed");
            Assert.AreEqual(0, rig.Engine.Reversals.Acknowledged);
            Assert.IsNotNull(rig.Engine.Log.PendingIntent(result.Stan));
            EngineRig rebooted = rig.Reboot();
            Assert.AreEqual(0, rebooted.Engine.Reversals.PendingCount, "the boot retries it and the host acknowledges it");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat), "retried as a repeat");
            Assert.AreEqual(ScriptedHost.MacValid, rig.Host.MacOf(Mti.ReversalRepeat, 0));
            Assert.IsTrue(rig.Host.Ledger.IsReversed(result.Stan));
            Assert.IsNull(rebooted.Engine.Log.FindBatchEntry(result.Stan));
        }

        [TestMethod]
        public void Forged_reversal_acknowledgement_is_retried_after_the_backoff_without_a_reboot()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.Faults.ForgeMac(Mti.ReversalRequest, ScriptedFaults.NoMac);
            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(12500, EngineRig.Card()), "forged 0410");

            Assert.IsFalse(rig.Engine.ServiceReversals(), "not before the backoff");
            rig.Clock.Advance(rig.Engine.Reversals.NextAttemptAtMs - rig.Clock.MonotonicMs);
            Assert.IsTrue(rig.Engine.ServiceReversals(), "the real acknowledgement clears it");

            Assert.AreEqual(0, rig.Engine.Reversals.PendingCount);
            Assert.AreEqual(1, rig.Engine.Reversals.Acknowledged);
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat));
        }

        [DataRow(ScriptedFaults.NoMac, (int)AnswerFault.MissingMac)]
        [DataRow(ScriptedFaults.WrongKeyMac, (int)AnswerFault.BadMac)]
        public void Forged_settlement_answer_leaves_the_batch_open(int forgery, int fault)
        {
            EngineRig rig = EngineRig.SignedOn(5);
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(1000, EngineRig.Card()), "setup: sale");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(3000, EngineRig.Card()), "setup: sale");
            rig.Host.Faults.ForgeMac(Mti.SettlementRequest, forgery);

            TransactionResult result = rig.Engine.Settle();

            EngineRig.Expect(TransactionOutcome.NoAnswer, result, "a 0510 without the host's MAC");
            Assert.AreEqual(fault, (int)rig.Engine.Exchange.LastAnswerFault);
            Assert.AreEqual(2, rig.Engine.Log.BatchEntries.Count, "the batch stays open");
            Assert.AreEqual(5, rig.Engine.Log.BatchNumber);
            EngineRig after = rig.Reboot();
            Assert.AreEqual(2, after.Engine.Log.BatchEntries.Count, "still open after a reboot");

            EngineRig.Expect(TransactionOutcome.Approved, after.Engine.Settle(), "the host's real answer closes it");
            Assert.AreEqual(0, after.Engine.Log.BatchEntries.Count);
            Assert.AreEqual(6, after.Engine.Log.BatchNumber);
        }
    }
}
