using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// Issue 11: any single damaged record or checkpoint is survived without a third write per sale. A flipped bit is
    /// repaired by the record's parity; an unreadable record is rebuilt from the copy another record carries; what
    /// nothing carries is counted and the terminal takes the safe side.
    /// </summary>
    [TestClass]
    public class JournalDamageTests
    {
        [TestMethod]
        public void A_flipped_bit_in_any_live_record_is_repaired_and_counted()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            int approved = JournalSamples.ApprovedSale(log, 2500);
            int pending = log.ReserveStan();
            log.RecordIntent(JournalSamples.Intent(pending, 4200));
            log.RecordReversalAttempt(pending);
            for (int slot = 0; slot < 4; slot++)
            {
                store.FlipBit(Journal.SlotName(slot), (slot * 37) + 11);
            }

            store.FlipBit(Journal.CheckpointName(0), 3);
            var rebooted = new TransactionLog(new Journal(store, JournalSamples.Slots), 10);
            JournalRecovery found = rebooted.Recover();

            Assert.AreEqual(5, found.CorrectedRecords, "four slots and a checkpoint repaired");
            Assert.AreEqual(0, found.DamagedRecords);
            Assert.AreEqual(0, found.LostRecords);
            Assert.AreEqual(2500L, rebooted.FindBatchEntry(approved).AmountMinor);
            Assert.AreEqual(4200L, rebooted.PendingIntent(pending).AmountMinor);
            Assert.AreEqual(1, rebooted.AttemptsOf(pending));
        }

        [TestMethod]
        public void A_damaged_intent_whose_reversal_is_pending_still_gets_its_reversal()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            int stan = log.ReserveStan();
            JournalRecord intent = JournalSamples.Intent(stan, 20000);
            log.RecordIntent(intent);
            log.RecordReversalAttempt(stan);
            store.Damage(Journal.SlotName(intent.Slot));

            var rebooted = new TransactionLog(new Journal(store, JournalSamples.Slots), 10);
            JournalRecovery found = rebooted.Recover();

            Assert.AreEqual(1, rebooted.PendingCount, "the reversal is not lost");
            JournalRecord restored = rebooted.PendingIntent(stan);
            Assert.AreEqual(20000L, restored.AmountMinor);
            Assert.AreEqual("000000", restored.ProcessingCode);
            Assert.AreEqual("1122091500", restored.LocalDateTime);
            Assert.AreEqual(1, rebooted.AttemptsOf(stan), "the next send is a repeat, 0401");
            Assert.AreEqual(1, found.RestoredRecords);
            Assert.AreEqual(0, found.LostRecords);
        }

        [TestMethod]
        public void A_damaged_outcome_whose_intent_is_still_stored_is_rebuilt_not_reversed()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            JournalSamples.ApprovedSale(log, 100);
            int stan = log.ReserveStan();
            JournalRecord intent = JournalSamples.Intent(stan, 30000);
            log.RecordIntent(intent);
            JournalRecord outcome = log.RecordOutcome(intent, true, "00", "AUTH01", "000000000042");
            JournalSamples.ApprovedSale(log, 200); // a later record carries the copy
            store.Damage(Journal.SlotName(outcome.Slot));

            var rebooted = new TransactionLog(new Journal(store, JournalSamples.Slots), 10);
            JournalRecovery found = rebooted.Recover();

            Assert.AreEqual(0, rebooted.PendingCount, "the customer saw it approved: it must not be reversed");
            JournalRecord entry = rebooted.FindBatchEntry(stan);
            Assert.IsNotNull(entry);
            Assert.AreEqual(30000L, entry.AmountMinor);
            Assert.AreEqual("AUTH01", entry.AuthCode);
            Assert.AreEqual("000000000042", entry.Rrn);
            Assert.AreEqual(3, rebooted.BatchEntries.Count);
            Assert.AreEqual(1, found.RestoredRecords);
        }

        [TestMethod]
        public void A_damaged_outcome_after_its_intent_slot_was_reused_keeps_its_batch_entry()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            int first = JournalSamples.ApprovedSale(log, 777);
            JournalRecord firstEntry = log.FindBatchEntry(first);
            for (int i = 0; i < 10; i++)
            {
                JournalSamples.ApprovedSale(log, 1000 + i); // 20 more records through 16 slots: the intent is gone
            }

            store.Damage(Journal.SlotName(firstEntry.Slot));
            var rebooted = new TransactionLog(new Journal(store, JournalSamples.Slots), 10);
            rebooted.Recover();

            Assert.AreEqual(11, rebooted.BatchEntries.Count, "settlement totals still add up");
            Assert.AreEqual(777L, rebooted.FindBatchEntry(first).AmountMinor);
            Assert.AreEqual(0, rebooted.PendingCount);
        }

        [TestMethod]
        public void The_newest_outcome_damaged_with_nothing_after_it_is_reversed_never_approved()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            int stan = log.ReserveStan();
            JournalRecord intent = JournalSamples.Intent(stan, 5000);
            log.RecordIntent(intent);
            JournalRecord outcome = log.RecordOutcome(intent, true, "00", "AUTH02", "000000000043");
            store.Damage(Journal.SlotName(outcome.Slot));

            var rebooted = new TransactionLog(new Journal(store, JournalSamples.Slots), 10);
            JournalRecovery found = rebooted.Recover();

            Assert.IsNull(rebooted.FindBatchEntry(stan), "an outcome nobody can read is never counted as approved");
            Assert.AreEqual(1, rebooted.PendingCount, "the safe side: reverse it");
            Assert.AreEqual(1, rebooted.AttemptsOf(stan), "flagged as a repeat");
            Assert.AreEqual(1, found.LostRecords, "and reported");
        }

        [TestMethod]
        public void A_damaged_checkpoint_that_closed_a_batch_does_not_reopen_it()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            log.RecordBatchNumber(5);
            JournalSamples.ApprovedSale(log, 100);
            JournalSamples.ApprovedSale(log, 200);
            log.CloseBatch(6);
            store.Damage(Journal.CheckpointName(0));

            var rebooted = new TransactionLog(new Journal(store, JournalSamples.Slots), 10);
            JournalRecovery found = rebooted.Recover();

            Assert.AreEqual(6, rebooted.BatchNumber);
            Assert.AreEqual(0, rebooted.BatchEntries.Count, "the settled batch stays settled");
            Assert.AreEqual(1, found.DamagedCheckpoints);
        }

        [TestMethod]
        public void A_damaged_checkpoint_never_hands_a_stan_out_twice()
        {
            for (int copy = 0; copy < 2; copy++)
            {
                var store = new InMemoryRecordStore();
                TransactionLog log = JournalSamples.NewLog(store);
                int highest = 0;
                for (int i = 0; i < 25; i++)
                {
                    highest = log.ReserveStan(); // blocks of 10: three reservations
                }

                store.Damage(Journal.CheckpointName(copy));
                TransactionLog rebooted = JournalSamples.NewLog(store);

                Assert.IsTrue(rebooted.ReserveStan() > highest, "copy " + copy.ToString() + ": a STAN is never reused");
            }
        }

        [TestMethod]
        public void Both_checkpoint_copies_hold_the_checkpoint_for_two_writes_per_block()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            int before = store.DurableWrites;
            log.ReserveStan();

            Assert.AreEqual(2, store.DurableWrites - before, "one reservation writes both copies");
            Assert.IsTrue(store.Exists(Journal.CheckpointName(0)));
            Assert.IsTrue(store.Exists(Journal.CheckpointName(1)));
        }

        [TestMethod]
        public void An_unreadable_record_nothing_can_rebuild_is_counted_and_reversals_go_out_as_repeats()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            int pending = log.ReserveStan();
            log.RecordIntent(JournalSamples.Intent(pending, 900));
            JournalRecord lost = JournalSamples.Intent(log.ReserveStan(), 1100);
            log.RecordIntent(lost);
            store.Damage(Journal.SlotName(lost.Slot));

            var rebooted = new TransactionLog(new Journal(store, JournalSamples.Slots), 10);
            JournalRecovery found = rebooted.Recover();

            Assert.AreEqual(1, found.LostRecords);
            Assert.AreEqual(1, rebooted.PendingCount);
            Assert.AreEqual(1, rebooted.AttemptsOf(pending), "its first reversal may have gone out before: 0401");
            Assert.IsNull(rebooted.FindBatchEntry(lost.Stan), "never an approval");
        }

        [TestMethod]
        public void An_approved_sale_still_costs_two_durable_writes()
        {
            var store = new InMemoryRecordStore();
            TransactionLog log = JournalSamples.NewLog(store);
            JournalSamples.ApprovedSale(log, 100); // reserves the STAN block
            int before = store.DurableWrites;
            for (int i = 0; i < 5; i++)
            {
                JournalSamples.ApprovedSale(log, 200 + i);
            }

            Assert.AreEqual(10, store.DurableWrites - before);
        }
    }
}
