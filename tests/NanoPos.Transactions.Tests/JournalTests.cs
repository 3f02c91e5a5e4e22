using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>The journal's slots and checkpoint pair: order, capacity, and what survives a torn write.</summary>
    [TestClass]
    public class JournalTests
    {
        [TestMethod]
        public void Records_come_back_in_sequence_order_after_a_reboot()
        {
            var store = new InMemoryRecordStore();
            var journal = new Journal(store, 8);
            journal.Recover();
            for (int i = 1; i <= 5; i++)
            {
                journal.Append(JournalSamples.Intent(i, i * 100));
            }

            JournalRecovery found = new Journal(store, 8).Recover();

            Assert.AreEqual(5, found.Records.Count);
            for (int i = 0; i < 5; i++)
            {
                var record = (JournalRecord)found.Records[i];
                Assert.AreEqual((long)(i + 1), record.Sequence);
                Assert.AreEqual(i + 1, record.Stan);
            }

            Assert.AreEqual(0, found.DamagedRecords);
        }

        [TestMethod]
        public void A_full_journal_refuses_and_overwrites_nothing()
        {
            var store = new InMemoryRecordStore();
            var journal = new Journal(store, 4);
            journal.Recover();
            for (int i = 1; i <= 4; i++)
            {
                journal.Append(JournalSamples.Intent(i, 1));
            }

            int writes = store.DurableWrites;
            Assert.IsFalse(journal.CanAppend);
            Assert.ThrowsException(typeof(JournalFullException), () => journal.Append(JournalSamples.Intent(5, 1)));
            Assert.AreEqual(writes, store.DurableWrites, "a refused append must not touch the store");
            Assert.AreEqual(4, new Journal(store, 4).Recover().Records.Count);
        }

        [TestMethod]
        public void Released_slot_is_reused_and_reports_what_it_replaced()
        {
            var store = new InMemoryRecordStore();
            var journal = new Journal(store, 4);
            journal.Recover();
            JournalRecord first = JournalSamples.Intent(1, 1);
            journal.Append(first);
            for (int i = 2; i <= 4; i++)
            {
                journal.Append(JournalSamples.Intent(i, 1));
            }

            journal.Release(first.Slot);
            JournalRecord fifth = JournalSamples.Intent(5, 1);
            long replaced = journal.Append(fifth);

            Assert.AreEqual(first.Slot, fifth.Slot);
            Assert.AreEqual(first.Sequence, replaced);
        }

        [TestMethod]
        public void Torn_record_is_dropped_and_counted()
        {
            var store = new InMemoryRecordStore();
            var journal = new Journal(store, 8);
            journal.Recover();
            journal.Append(JournalSamples.Intent(1, 1));
            store.TearWriteAt(1, 20);
            try
            {
                journal.Append(JournalSamples.Intent(2, 1));
                Assert.IsTrue(false, "the torn write should have cut the power");
            }
            catch (PowerCutException)
            {
            }

            store.PowerUp();
            JournalRecovery found = new Journal(store, 8).Recover();

            Assert.AreEqual(1, found.Records.Count);
            Assert.AreEqual(1, found.DamagedRecords);
        }

        [TestMethod]
        public void Torn_checkpoint_falls_back_to_the_previous_one()
        {
            var store = new InMemoryRecordStore();
            var journal = new Journal(store, 8);
            journal.Recover();
            journal.WriteCheckpoint(Checkpoint(7, 100));
            journal.WriteCheckpoint(Checkpoint(8, 200));
            store.TearWriteAt(1, 5);
            try
            {
                journal.WriteCheckpoint(Checkpoint(9, 300));
            }
            catch (PowerCutException)
            {
            }

            store.PowerUp();
            JournalRecovery found = new Journal(store, 8).Recover();

            Assert.IsNotNull(found.Checkpoint);
            Assert.AreEqual(8, found.Checkpoint.BatchNumber, "the newest intact checkpoint wins");
            Assert.AreEqual(200, found.Checkpoint.StanHighWater);
        }

        [TestMethod]
        public void A_record_the_medium_cannot_read_is_dropped_and_the_boot_goes_on()
        {
            var store = new InMemoryRecordStore();
            var journal = new Journal(store, 8);
            journal.Recover();
            JournalRecord first = JournalSamples.Intent(1, 1);
            journal.Append(first);
            journal.Append(JournalSamples.Intent(2, 1));

            JournalRecovery found = new Journal(new FailingReadStore(store, Journal.SlotName(first.Slot)), 8).Recover();

            Assert.AreEqual(1, found.Records.Count);
            Assert.AreEqual(2, ((JournalRecord)found.Records[0]).Stan);
            Assert.AreEqual(1, found.DamagedRecords);
        }

        private static JournalRecord Checkpoint(int batch, int stanHighWater)
        {
            var checkpoint = new JournalRecord();
            checkpoint.Type = JournalRecordType.Checkpoint;
            checkpoint.BatchNumber = batch;
            checkpoint.BatchOpen = true;
            checkpoint.StanHighWater = stanHighWater;
            return checkpoint;
        }
    }
}
