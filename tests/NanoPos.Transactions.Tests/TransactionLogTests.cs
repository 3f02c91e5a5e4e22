using System;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>What the terminal believes after a reboot: pending reversals, the open batch, STANs.</summary>
    [TestClass]
    public class TransactionLogTests
    {
        [TestMethod]
        public void Intent_without_outcome_is_a_pending_reversal_after_reboot()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            int stan = log.ReserveStan();
            log.RecordIntent(JournalSamples.Intent(stan, 12500));

            TransactionLog rebooted = JournalSamples.NewLog(store);

            Assert.AreEqual(1, rebooted.PendingCount);
            Assert.AreEqual(12500L, rebooted.PendingIntent(stan).AmountMinor);
        }

        [TestMethod]
        public void Approved_sale_is_a_batch_entry_after_reboot_and_costs_two_writes()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            JournalSamples.ApprovedSale(log, 100); // the first sale also reserves the STAN block
            int before = store.DurableWrites;
            int stan = JournalSamples.ApprovedSale(log, 2500);

            Assert.AreEqual(2, store.DurableWrites - before, "intent + outcome");
            TransactionLog rebooted = JournalSamples.NewLog(store);
            Assert.AreEqual(0, rebooted.PendingCount);
            Assert.AreEqual(2, rebooted.BatchEntries.Count);
            Assert.AreEqual(2500L, rebooted.FindBatchEntry(stan).AmountMinor);
        }

        [TestMethod]
        public void Batch_entries_survive_after_their_intents_are_overwritten()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            for (int i = 0; i < 12; i++)
            {
                JournalSamples.ApprovedSale(log, 100 + i); // 24 records through 16 slots
            }

            TransactionLog rebooted = JournalSamples.NewLog(store);

            Assert.AreEqual(12, rebooted.BatchEntries.Count);
            Assert.AreEqual(0, rebooted.PendingCount);
        }

        [TestMethod]
        public void Declined_sale_leaves_nothing_pending_even_after_its_slots_turn_over()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            for (int i = 0; i < 40; i++)
            {
                int stan = log.ReserveStan();
                JournalRecord intent = JournalSamples.Intent(stan, 51);
                log.RecordIntent(intent);
                log.RecordOutcome(intent, false, "51", null, null);
                Assert.AreEqual(0, JournalSamples.NewLog(store).PendingCount, "after declined sale " + i);
            }
        }

        [TestMethod]
        public void Resolution_written_after_the_ring_wraps_outlives_its_intent_across_a_reboot()
        {
            // The intent lands in the last slot and its resolution wraps to slot 0. A reboot restarts slot
            // selection at slot 0, so without pinning the next write would overwrite the resolution while the
            // intent is still stored, and the following reboot would "find" a sale to reverse.
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);

            // One reversed sale (three records) puts the later intents on odd slots.
            int reversed = log.ReserveStan();
            log.RecordIntent(JournalSamples.Intent(reversed, 1));
            log.RecordReversalAttempt(reversed);
            log.RecordReversalDone(reversed, "00");
            JournalRecord intent = null;
            for (int i = 0; i < 100 && (intent == null || intent.Slot != JournalSamples.Slots - 1); i++)
            {
                intent = JournalSamples.Intent(log.ReserveStan(), 51);
                log.RecordIntent(intent);
                if (intent.Slot != JournalSamples.Slots - 1)
                {
                    log.RecordOutcome(intent, false, "51", null, null);
                }
            }

            Assert.AreEqual(JournalSamples.Slots - 1, intent.Slot, "setup: an intent in the last slot");
            JournalRecord declined = log.RecordOutcome(intent, false, "51", null, null);
            Assert.AreEqual(0, declined.Slot, "setup: the resolution wrapped to slot 0");

            TransactionLog rebooted = JournalSamples.NewLog(store);
            JournalRecord next = JournalSamples.Intent(rebooted.ReserveStan(), 52);
            rebooted.RecordIntent(next);
            rebooted.RecordOutcome(next, false, "51", null, null);

            Assert.AreEqual(0, JournalSamples.NewLog(store).PendingCount);
        }

        [TestMethod]
        public void Reversal_attempts_are_counted_across_reboots_and_done_clears_the_queue()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            int stan = log.ReserveStan();
            log.RecordIntent(JournalSamples.Intent(stan, 700));
            Assert.AreEqual(1, log.RecordReversalAttempt(stan));

            TransactionLog second = JournalSamples.NewLog(store);
            Assert.AreEqual(1, second.AttemptsOf(stan));
            Assert.AreEqual(2, second.RecordReversalAttempt(stan), "the next send after a reboot is a repeat");
            second.RecordReversalDone(stan, "00");

            TransactionLog third = JournalSamples.NewLog(store);
            Assert.AreEqual(0, third.PendingCount);
            Assert.AreEqual(0, third.AttemptsOf(stan));
        }

        [TestMethod]
        public void Stan_is_never_handed_out_twice_across_reboots()
        {
            var store = new InMemoryRecordStore();
            int last = 0;
            for (int boot = 0; boot < 5; boot++)
            {
                TransactionLog log = JournalSamples.NewLog(store);
                for (int i = 0; i < 3; i++)
                {
                    int stan = log.ReserveStan();
                    Assert.IsTrue(stan > last, "STAN " + stan + " after " + last + " on boot " + boot);
                    last = stan;
                }
            }
        }

        [TestMethod]
        public void Stan_block_costs_one_write_per_block()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            int before = store.DurableWrites;
            for (int i = 0; i < 30; i++)
            {
                log.ReserveStan();
            }

            Assert.AreEqual(6, store.DurableWrites - before, "blocks of 10, each checkpoint written to both copies");
        }

        [TestMethod]
        public void Closing_the_batch_empties_it_for_good()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            log.RecordBatchNumber(7);
            JournalSamples.ApprovedSale(log, 100);
            JournalSamples.ApprovedSale(log, 200);
            log.CloseBatch(8);

            TransactionLog rebooted = JournalSamples.NewLog(store);

            Assert.AreEqual(0, rebooted.BatchEntries.Count);
            Assert.AreEqual(8, rebooted.BatchNumber);
        }

        [TestMethod]
        public void Batch_cannot_close_with_a_reversal_pending()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            log.RecordIntent(JournalSamples.Intent(log.ReserveStan(), 1));

            Assert.ThrowsException(typeof(InvalidOperationException), () => log.CloseBatch(2));
        }

        [TestMethod]
        public void Full_journal_refuses_the_intent_and_keeps_the_batch()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            int sales = 0;
            try
            {
                for (int i = 0; i < 100; i++)
                {
                    JournalSamples.ApprovedSale(log, 1);
                    sales++;
                }
            }
            catch (JournalFullException)
            {
            }

            // Each approved sale keeps one live record; a new intent needs SlotsPerIntent free slots.
            Assert.AreEqual(JournalSamples.Slots - TransactionLog.SlotsPerIntent + 1, sales);
            TransactionLog rebooted = JournalSamples.NewLog(store);
            Assert.AreEqual(sales, rebooted.BatchEntries.Count);
            Assert.AreEqual(0, rebooted.PendingCount, "a refused intent was never written");
        }
    }
}
