using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>Requests that move no money: balance inquiry, sign-on, echo. Nothing to journal, nothing to reverse.</summary>
    [TestClass]
    public class EngineInquiryTests
    {
        [TestMethod]
        public void Balance_inquiry_shows_the_balance_and_writes_nothing()
        {
            var rig = new EngineRig();
            rig.Engine.Sale(100, EngineRig.Card()); // reserves the STAN block
            int writes = rig.Store.DurableWrites;

            TransactionResult result = rig.Engine.BalanceInquiry(EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Approved, result, "balance");
            Assert.AreEqual(ScriptedHost.BalanceText, result.Balance);
            Assert.AreEqual("622202*********0123", result.MaskedPan);
            Assert.AreEqual(0, rig.Store.DurableWrites - writes, "not journaled");
            IsoMessage request = rig.Host.Last(Mti.FinancialRequest);
            Assert.AreEqual(RequestBuilder.BalanceCode, request.GetString(3));
            Assert.IsFalse(request.Has(4), "no amount");
            Assert.AreEqual(1, rig.Engine.Log.BatchEntries.Count, "not in the batch");
        }

        [TestMethod]
        public void Silent_host_on_a_balance_inquiry_is_no_answer_with_nothing_to_reverse()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;

            TransactionResult result = rig.Engine.BalanceInquiry(EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.NoAnswer, result, "balance with a silent host");
            Assert.IsNull(result.Balance);
            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
            Assert.AreEqual(0, rig.Reboot().Engine.Log.PendingCount);
        }

        [TestMethod]
        public void Balance_answer_without_a_response_code_is_no_answer()
        {
            var rig = new EngineRig();
            rig.Host.Then(ScriptedHost.NoResponseCode, null);

            TransactionResult result = rig.Engine.BalanceInquiry(EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.NoAnswer, result, "0210 without field 39");
            Assert.IsNull(result.Balance);
        }

        [TestMethod]
        public void Balance_inquiry_on_a_refused_connection_is_not_sent()
        {
            var rig = new EngineRig();
            rig.Link.RefuseConnections(true);

            EngineRig.Expect(TransactionOutcome.NotSent, rig.Engine.BalanceInquiry(EngineRig.Card()), "no connection");
        }

        [TestMethod]
        public void Balance_inquiry_waits_for_pending_reversals()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            rig.Engine.Sale(12500, EngineRig.Card());
            rig.Host.FinancialBehaviour = ScriptedHost.Approve;

            TransactionResult result = rig.Engine.BalanceInquiry(EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Refused, result, "reversal pending");
            Assert.IsNotNull(result.Reason);
            Assert.AreEqual((int)RefusalKind.ReversalPending, (int)result.Refusal);
            Assert.AreEqual(1, rig.Host.Count(Mti.FinancialRequest), "only the sale went out");
        }

        [TestMethod]
        public void Sign_on_takes_the_batch_number_from_field_60_and_journals_it_once()
        {
            var rig = new EngineRig();
            rig.Engine.Echo(); // reserves the STAN block
            rig.Host.SignOnBatch = 42;
            int writes = rig.Store.DurableWrites;

            TransactionResult first = rig.Engine.SignOn();

            EngineRig.Expect(TransactionOutcome.Approved, first, "sign-on");
            Assert.AreEqual(42, rig.Engine.Log.BatchNumber);
            Assert.AreEqual(3, rig.Store.DurableWrites - writes, "one checkpoint, written to both copies, and the working keys the sign-on delivered");
            Assert.AreEqual("00000000003", rig.Host.Last(Mti.NetworkRequest).GetString(60), "the terminal sends the batch it holds");

            writes = rig.Store.DurableWrites;
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.SignOn(), "second sign-on");
            Assert.AreEqual(1, rig.Store.DurableWrites - writes, "unchanged batch: no checkpoint, only the working keys record");
            Assert.AreEqual("00000042003", rig.Host.Last(Mti.NetworkRequest).GetString(60));

            EngineRig after = rig.Reboot();
            Assert.AreEqual(42, after.Engine.Log.BatchNumber, "durable");
            EngineRig.Expect(TransactionOutcome.Approved, after.Engine.Sale(100, EngineRig.Card()), "sale");
            Assert.AreEqual("22000042000", rig.Host.Last(Mti.FinancialRequest).GetString(60), "the sale carries the batch");
        }

        [TestMethod]
        public void Sign_on_does_not_move_a_batch_that_still_holds_entries()
        {
            // The 0510 that closed batch 5 at the host was lost, then the terminal rebooted and signed on: the host
            // now says 6. Batch 5's sales must be settled as batch 5, not counted again in batch 6.
            EngineRig rig = EngineRig.SignedOn(5);
            rig.Engine.Sale(1000, EngineRig.Card());
            rig.Host.SilentMti = Mti.SettlementRequest;
            EngineRig.Expect(TransactionOutcome.NoAnswer, rig.Engine.Settle(), "settlement answer lost");
            rig.Host.SilentMti = 0;
            rig.Host.SignOnBatch = 6;
            EngineRig after = rig.Reboot();

            EngineRig.Expect(TransactionOutcome.Approved, after.Engine.SignOn(), "sign-on");
            Assert.AreEqual(5, after.Engine.Log.BatchNumber, "the open batch keeps its number");
            EngineRig.Expect(TransactionOutcome.Approved, after.Engine.Settle(), "settlement again");
            Assert.AreEqual("00000005201", after.Host.Last(Mti.SettlementRequest).GetString(60));
            Assert.AreEqual(6, after.Engine.Log.BatchNumber);
            EngineRig.Expect(TransactionOutcome.Approved, after.Engine.SignOn(), "sign-on with an empty batch");
            after.Host.SignOnBatch = 9;
            EngineRig.Expect(TransactionOutcome.Approved, after.Engine.SignOn(), "the host moves the batch");
            Assert.AreEqual(9, after.Engine.Log.BatchNumber, "an empty batch takes the host's number");
        }

        [TestMethod]
        public void Sign_on_without_an_answer_keeps_the_batch()
        {
            EngineRig rig = EngineRig.SignedOn(7);
            rig.Host.SignOnBatch = 8;
            rig.Host.SilentMti = Mti.NetworkRequest;

            EngineRig.Expect(TransactionOutcome.NoAnswer, rig.Engine.SignOn(), "silent host");
            Assert.AreEqual(7, rig.Engine.Log.BatchNumber);
        }

        [TestMethod]
        public void Echo_tells_whether_the_host_is_there()
        {
            var rig = new EngineRig();
            TransactionResult up = rig.Engine.Echo();
            rig.Host.SilentMti = Mti.NetworkRequest;
            TransactionResult silent = rig.Engine.Echo();
            rig.Link.RefuseConnections(true);
            TransactionResult down = rig.Engine.Echo();

            EngineRig.Expect(TransactionOutcome.Approved, up, "host up");
            EngineRig.Expect(TransactionOutcome.NoAnswer, silent, "host silent");
            EngineRig.Expect(TransactionOutcome.NotSent, down, "no connection");
            Assert.AreEqual("301", rig.Host.Last(Mti.NetworkRequest).GetString(60).Substring(8, 3));
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
        }
    }
}
