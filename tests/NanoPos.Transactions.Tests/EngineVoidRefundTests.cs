using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>Voids and refunds: what the batch and its totals say afterwards, and how an unknown outcome is undone.</summary>
    [TestClass]
    public class EngineVoidRefundTests
    {
        [TestMethod]
        public void Void_of_an_approved_sale_takes_it_out_of_the_totals()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            TransactionResult kept = rig.Engine.Sale(1000, EngineRig.Card());
            TransactionResult sale = rig.Engine.Sale(2500, EngineRig.Card());

            TransactionResult voided = rig.Engine.Void(sale.Stan);

            EngineRig.Expect(TransactionOutcome.Approved, voided, "void");
            Assert.AreEqual(2500L, voided.AmountMinor);
            Assert.AreEqual("622202*********0123", voided.MaskedPan);
            JournalRecord entry = rig.Engine.Log.FindBatchEntry(voided.Stan);
            Assert.IsNotNull(entry);
            Assert.AreEqual((int)TransactionKind.Void, (int)entry.Kind);
            Assert.AreEqual(sale.Stan, entry.OriginalStan);
            BatchTotals totals = BatchTotals.Of(rig.Engine.Log.BatchEntries);
            Assert.AreEqual(1, totals.SaleCount, "only the sale in effect");
            Assert.AreEqual(1000L, totals.SaleAmountMinor);
            Assert.IsTrue(BatchTotals.IsVoided(rig.Reboot().Engine.Log.BatchEntries, sale.Stan), "voided after a reboot too");
            Assert.IsFalse(kept.Stan == sale.Stan);
        }

        [TestMethod]
        public void Void_of_an_unknown_or_already_voided_sale_is_refused_without_a_request()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            TransactionResult sale = rig.Engine.Sale(2500, EngineRig.Card());
            TransactionResult declined = Declined(rig);
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Void(sale.Stan), "first void");
            int requests = rig.Host.Requests.Count;
            int writes = rig.Store.DurableWrites;

            TransactionResult unknown = rig.Engine.Void(999);
            TransactionResult again = rig.Engine.Void(sale.Stan);
            TransactionResult ofDecline = rig.Engine.Void(declined.Stan);

            EngineRig.Expect(TransactionOutcome.Refused, unknown, "no such STAN");
            EngineRig.Expect(TransactionOutcome.Refused, again, "already voided");
            EngineRig.Expect(TransactionOutcome.Refused, ofDecline, "a declined sale is not in the batch");
            Assert.IsTrue(unknown.Reason.IndexOf("000999") >= 0, unknown.Reason);
            Assert.IsTrue(again.Reason.IndexOf("already voided") >= 0, again.Reason);
            Assert.AreEqual((int)RefusalKind.OriginalNotFound, (int)unknown.Refusal, "kind of the unknown STAN");
            Assert.AreEqual((int)RefusalKind.AlreadyVoided, (int)again.Refusal, "kind of the second void");
            Assert.AreEqual((int)RefusalKind.OriginalNotFound, (int)ofDecline.Refusal, "kind of the declined original");
            Assert.AreEqual(requests, rig.Host.Requests.Count);
            Assert.AreEqual(writes, rig.Store.DurableWrites);
        }

        [TestMethod]
        public void Unknown_outcome_of_a_void_reverses_the_void_and_the_sale_stays_in_effect()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            TransactionResult sale = rig.Engine.Sale(2500, EngineRig.Card());
            rig.Host.Then(ScriptedHost.Silent, "00");

            TransactionResult voided = rig.Engine.Void(sale.Stan);

            EngineRig.Expect(TransactionOutcome.Reversed, voided, "void with no answer");
            IsoMessage reversal = rig.Host.Last(Mti.ReversalRequest);
            Assert.IsNotNull(reversal);
            Assert.AreEqual(RequestBuilder.Digits(voided.Stan, 6), reversal.GetString(11), "the void's own STAN");
            Assert.AreEqual(RequestBuilder.VoidOrRefundCode, reversal.GetString(3));
            Assert.AreEqual("000005" + RequestBuilder.Digits(sale.Stan, 6) + reversal.GetString(13), reversal.GetString(61), "it names the sale");
            BatchTotals totals = BatchTotals.Of(rig.Engine.Log.BatchEntries);
            Assert.AreEqual(1, totals.SaleCount, "the sale is still in effect");
            Assert.AreEqual(2500L, totals.SaleAmountMinor);
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Void(sale.Stan), "the void can be tried again");
        }

        [TestMethod]
        public void Refund_is_an_advice_in_the_batch_and_in_the_totals()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            rig.Engine.Sale(4000, EngineRig.Card());

            TransactionResult refund = rig.Engine.Refund(1500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Approved, refund, "refund");
            IsoMessage advice = rig.Host.Last(Mti.AdviceRequest);
            Assert.IsNotNull(advice, "a refund goes as 0220");
            Assert.AreEqual(RequestBuilder.VoidOrRefundCode, advice.GetString(3));
            Assert.AreEqual("25000005000", advice.GetString(60));
            JournalRecord entry = rig.Engine.Log.FindBatchEntry(refund.Stan);
            Assert.AreEqual((int)TransactionKind.Refund, (int)entry.Kind);
            Assert.AreEqual(Mti.AdviceRequest, entry.Mti);
            BatchTotals totals = BatchTotals.Of(rig.Reboot().Engine.Log.BatchEntries);
            Assert.AreEqual(1, totals.SaleCount);
            Assert.AreEqual(4000L, totals.SaleAmountMinor);
            Assert.AreEqual(1, totals.RefundCount);
            Assert.AreEqual(1500L, totals.RefundAmountMinor);
        }

        [TestMethod]
        public void Unknown_outcome_of_a_refund_reverses_the_advice()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            rig.Host.Then(ScriptedHost.Late, "00");

            TransactionResult refund = rig.Engine.Refund(1500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, refund, "refund answered too late");
            Assert.AreEqual(RequestBuilder.VoidOrRefundCode, rig.Host.Last(Mti.ReversalRequest).GetString(3));
            Assert.AreEqual(0, BatchTotals.Of(rig.Engine.Log.BatchEntries).RefundCount);
        }

        [TestMethod]
        public void Refund_cannot_be_voided_only_sales_can()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            TransactionResult refund = rig.Engine.Refund(1500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Refused, rig.Engine.Void(refund.Stan), "void of a refund");
        }

        private static TransactionResult Declined(EngineRig rig)
        {
            rig.Host.Then(ScriptedHost.Approve, "51");
            TransactionResult declined = rig.Engine.Sale(1551, EngineRig.Card());
            EngineRig.Expect(TransactionOutcome.Declined, declined, "setup: declined sale");
            return declined;
        }
    }
}
