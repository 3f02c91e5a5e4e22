using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The journal's half of the power-cut campaign: cut the power at every durable write of a sale (and
    /// tear every write), reboot, and check the terminal knows either the answer or that it must reverse —
    /// never both, never neither once the request could have left.
    /// </summary>
    [TestClass]
    public class JournalPowerCutTests
    {
        private const int WarmUpSales = 20; // enough to wrap the 16-slot ring once

        [TestMethod]
        public void Cut_at_every_write_of_a_sale_leaves_answer_or_reversal()
        {
            for (int cut = 1; cut <= 3; cut++)
            {
                Run(cut, -1);
            }
        }

        [TestMethod]
        public void Tear_of_every_write_of_a_sale_leaves_answer_or_reversal()
        {
            for (int cut = 1; cut <= 3; cut++)
            {
                for (int prefix = 0; prefix < JournalRecordCodec.MaxRecordLength; prefix += 7)
                {
                    Run(cut, prefix);
                }
            }
        }

        private static void Run(int cutAtWrite, int tearPrefix)
        {
            string label = "cut at write " + cutAtWrite + (tearPrefix >= 0 ? ", torn to " + tearPrefix + " bytes" : string.Empty);
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            log.RecordBatchNumber(1);
            for (int i = 0; i < WarmUpSales; i++)
            {
                if (i % 3 == 0)
                {
                    JournalSamples.ApprovedSale(log, 100);
                }
                else
                {
                    int s = log.ReserveStan();
                    JournalRecord declined = JournalSamples.Intent(s, 51);
                    log.RecordIntent(declined);
                    log.RecordOutcome(declined, false, "51", null, null);
                }
            }

            int batchBefore = log.BatchEntries.Count;

            // Use up the reserved STANs, so the sale needs a reservation write too and all three kinds of write are cut.
            while (log.ReservedStansLeft > 0)
            {
                log.ReserveStan();
            }

            if (tearPrefix >= 0)
            {
                store.TearWriteAt(cutAtWrite, tearPrefix);
            }
            else
            {
                store.CutPowerAtWrite(cutAtWrite);
            }

            int stan = 0;
            bool intentDurable = false;
            bool outcomeDurable = false;
            try
            {
                stan = log.ReserveStan();
                JournalRecord intent = JournalSamples.Intent(stan, 4242);
                log.RecordIntent(intent);
                intentDurable = true;
                log.RecordOutcome(intent, true, "00", "NEW001", "999999999999");
                outcomeDurable = true;
            }
            catch (PowerCutException)
            {
            }

            store.ClearFault();
            store.PowerUp();
            TransactionLog rebooted = JournalSamples.NewLog(store);
            bool pending = stan != 0 && rebooted.PendingIntent(stan) != null;
            bool inBatch = stan != 0 && rebooted.FindBatchEntry(stan) != null;

            Assert.IsFalse(pending && inBatch, label + ": both pending and in the batch");
            Assert.AreEqual(batchBefore + (inBatch ? 1 : 0), rebooted.BatchEntries.Count, label + ": earlier batch entries lost");
            if (outcomeDurable)
            {
                Assert.IsTrue(inBatch, label + ": a durable approval is missing from the batch");
            }
            else if (intentDurable)
            {
                Assert.IsTrue(pending || inBatch, label + ": a request that could have left is neither reversed nor answered");
            }

            int next = rebooted.ReserveStan();
            Assert.IsTrue(stan == 0 || next != stan, label + ": STAN reused");
        }
    }
}
