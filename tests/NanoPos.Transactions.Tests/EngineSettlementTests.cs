using System.Collections;
using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>Settlement: the totals the host compares, closing the batch, the batch upload on 95, and what an interruption leaves.</summary>
    [TestClass]
    public class EngineSettlementTests
    {
        [TestMethod]
        public void Settlement_sends_the_totals_in_effect_in_field_48()
        {
            EngineRig rig = Batch();

            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Settle(), "settlement");

            IsoMessage request = rig.Host.Last(Mti.SettlementRequest);
            // 2 sales in effect (1000 + 3000; the 2000 was voided), 1 refund of 500, flag 0.
            Assert.AreEqual("002" + "000000004000" + "001" + "000000000500" + "0", request.GetString(48));
            Assert.AreEqual("00000005201", request.GetString(60));
            Assert.AreEqual("156", request.GetString(49));
            Assert.AreEqual(rig.Options.TerminalId, request.GetString(41));
        }

        [TestMethod]
        public void Host_00_closes_the_batch_for_good_and_the_next_batch_follows()
        {
            EngineRig rig = Batch();
            int writes = rig.Store.DurableWrites;

            TransactionResult result = rig.Engine.Settle();

            EngineRig.Expect(TransactionOutcome.Approved, result, "settlement");
            Assert.AreEqual(3500L, result.AmountMinor, "net: sales in effect minus refunds");
            Assert.AreEqual(2, rig.Store.DurableWrites - writes, "one checkpoint closes the batch, written to both copies");
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
            Assert.AreEqual(6, rig.Engine.Log.BatchNumber);
            Assert.AreEqual(0, rig.Host.Count(Mti.BatchUploadRequest), "no upload when the totals agree");

            EngineRig after = rig.Reboot();
            Assert.AreEqual(0, after.Engine.Log.BatchEntries.Count, "the entries are gone after a reboot");
            Assert.AreEqual(6, after.Engine.Log.BatchNumber);
            EngineRig.Expect(TransactionOutcome.Approved, after.Engine.Sale(700, EngineRig.Card()), "first sale of the next batch");
            Assert.AreEqual("22000006000", rig.Host.Last(Mti.FinancialRequest).GetString(60));
            Assert.AreEqual(1, after.Engine.Log.BatchEntries.Count);
        }

        [TestMethod]
        public void Host_95_gets_every_entry_in_effect_uploaded_then_the_end_of_upload_then_the_batch_closes()
        {
            EngineRig rig = Batch();
            rig.Host.SettlementCode = "95";
            ArrayList entries = rig.Engine.Log.BatchEntries;
            var expected = new ArrayList(); // "61|3|4" of each entry the totals count
            foreach (JournalRecord entry in entries)
            {
                if (BatchTotals.IsInEffect(entries, entry))
                {
                    expected.Add("000005" + RequestBuilder.Digits(entry.Stan, 6) + entry.LocalDateTime.Substring(0, 4) + "|" + entry.ProcessingCode + "|" + RequestBuilder.Digits(entry.AmountMinor, 12));
                }
            }

            TransactionResult result = rig.Engine.Settle();

            EngineRig.Expect(TransactionOutcome.Approved, result, "settlement after upload");
            Assert.AreEqual(3, expected.Count, "setup: two sales in effect and a refund; the void and the voided sale are not");
            Assert.AreEqual(expected.Count + 1, rig.Host.Count(Mti.BatchUploadRequest), "one 0320 per entry in effect and the end");
            for (int i = 0; i < expected.Count; i++)
            {
                IsoMessage item = rig.Host.Nth(Mti.BatchUploadRequest, i);
                Assert.AreEqual((string)expected[i], item.GetString(61) + "|" + item.GetString(3) + "|" + item.GetString(4), "item " + i);
                Assert.AreEqual("00000005201", item.GetString(60), "item " + i);
            }

            IsoMessage end = rig.Host.Last(Mti.BatchUploadRequest);
            Assert.AreEqual("00000005202", end.GetString(60), "end of upload");
            Assert.IsFalse(end.Has(61));
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
            Assert.AreEqual(6, rig.Reboot().Engine.Log.BatchNumber);
        }

        [TestMethod]
        public void Settlement_is_refused_while_a_reversal_is_pending_and_the_host_is_down()
        {
            EngineRig rig = Batch();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            rig.Engine.Sale(900, EngineRig.Card());
            rig.Link.RefuseConnections(true);

            TransactionResult result = rig.Engine.Settle();

            EngineRig.Expect(TransactionOutcome.Refused, result, "reversal pending");
            Assert.IsNotNull(result.Reason);
            Assert.AreEqual((int)RefusalKind.ReversalPending, (int)result.Refusal);
            Assert.AreEqual(0, rig.Host.Count(Mti.SettlementRequest));
            Assert.AreEqual(5, rig.Engine.Log.BatchEntries.Count, "the batch stays open");

            rig.Link.RefuseConnections(false);
            rig.Host.ReversalsAnswered = true;
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Settle(), "reversal first, then settlement");
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
        }

        [TestMethod]
        public void Settlement_without_an_answer_leaves_the_batch_open()
        {
            EngineRig rig = Batch();
            rig.Host.SilentMti = Mti.SettlementRequest;

            TransactionResult result = rig.Engine.Settle();

            EngineRig.Expect(TransactionOutcome.NoAnswer, result, "silent host");
            Assert.AreEqual(5, rig.Engine.Log.BatchEntries.Count);
            EngineRig after = rig.Reboot();
            Assert.AreEqual(5, after.Engine.Log.BatchEntries.Count, "still open after a reboot");
            Assert.AreEqual(5, after.Engine.Log.BatchNumber);
            after.Host.SilentMti = 0;
            EngineRig.Expect(TransactionOutcome.Approved, after.Engine.Settle(), "settled when tried again");
        }

        [TestMethod]
        public void Upload_cut_short_is_no_answer_and_leaves_the_batch_open()
        {
            EngineRig rig = Batch();
            rig.Host.SettlementCode = "95";
            rig.Host.SilentMti = Mti.BatchUploadRequest;

            TransactionResult result = rig.Engine.Settle();

            EngineRig.Expect(TransactionOutcome.NoAnswer, result, "the host stopped answering the upload");
            Assert.AreEqual(1, rig.Host.Count(Mti.BatchUploadRequest), "the upload stops at the first unanswered item");
            Assert.AreEqual(5, rig.Engine.Log.BatchEntries.Count);
            Assert.AreEqual(5, rig.Engine.Log.BatchNumber);
        }

        [TestMethod]
        public void Settlement_declined_leaves_the_batch_open_and_shows_the_code()
        {
            EngineRig rig = Batch();
            rig.Host.SettlementCode = "96";

            TransactionResult result = rig.Engine.Settle();

            EngineRig.Expect(TransactionOutcome.Declined, result, "system error at the host");
            Assert.AreEqual("96", result.ResponseCode);
            Assert.AreEqual(5, rig.Engine.Log.BatchEntries.Count);
        }

        [TestMethod]
        public void Full_journal_refuses_sales_until_the_batch_is_settled()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            int approved = 0;
            TransactionResult result = null;
            for (int i = 0; i < 100; i++)
            {
                result = rig.Engine.Sale(100 + i, EngineRig.Card());
                if (result.Outcome != TransactionOutcome.Approved)
                {
                    break;
                }

                approved++;
            }

            // Every approved sale keeps its slot until settlement; an intent needs SlotsPerIntent free slots.
            Assert.AreEqual(rig.Options.JournalSlots - TransactionLog.SlotsPerIntent + 1, approved, "the batch capacity");
            EngineRig.Expect(TransactionOutcome.Refused, result, "journal full");
            Assert.IsTrue(result.Reason.IndexOf("settle") >= 0, result.Reason);
            Assert.AreEqual((int)RefusalKind.JournalFull, (int)result.Refusal);
            Assert.AreEqual(approved, rig.Host.Count(Mti.FinancialRequest), "the refused sale never left");

            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Settle(), "settlement of the full batch");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(100, EngineRig.Card()), "sales work again");
        }

        /// <summary>Batch 5: sales of 10.00, 20.00 (voided) and 30.00, a refund of 5.00: five entries (the void is one).</summary>
        private static EngineRig Batch()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(1000, EngineRig.Card()), "setup: sale");
            TransactionResult voided = rig.Engine.Sale(2000, EngineRig.Card());
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(3000, EngineRig.Card()), "setup: sale");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Void(voided.Stan), "setup: void");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Refund(500, EngineRig.Card()), "setup: refund");
            return rig;
        }
    }
}
