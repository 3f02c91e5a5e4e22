using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>A firmware update must never lose a pending reversal or an open batch written by the previous format.</summary>
    [TestClass]
    public class JournalMigrationTests
    {
        [TestMethod]
        public void Version_1_journal_recovers_its_pending_reversal_and_open_batch()
        {
            var store = new InMemoryRecordStore();
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];

            // What version 1 firmware left: a checkpoint, an approved sale, and a sale cut off before its answer.
            var checkpoint = new JournalRecord();
            checkpoint.Type = JournalRecordType.Checkpoint;
            checkpoint.BatchNumber = 41;
            checkpoint.BatchOpen = true;
            checkpoint.StanHighWater = 120;
            checkpoint.Sequence = 1;
            Write(store, Journal.CheckpointName(0), checkpoint, buffer);

            JournalRecord approvedIntent = JournalSamples.Intent(101, 3000);
            approvedIntent.Sequence = 2;
            Write(store, Journal.SlotName(0), approvedIntent, buffer);
            JournalRecord approved = JournalSamples.Intent(101, 3000);
            approved.Type = JournalRecordType.Outcome;
            approved.Approved = true;
            approved.ResponseCode = "00";
            approved.AuthCode = "OLD001";
            approved.Rrn = "000000000101";
            approved.Sequence = 3;
            Write(store, Journal.SlotName(1), approved, buffer);
            JournalRecord cutOff = JournalSamples.Intent(102, 4500);
            cutOff.Sequence = 4;
            Write(store, Journal.SlotName(2), cutOff, buffer);

            TransactionLog log = JournalSamples.NewLog(store);

            Assert.AreEqual(41, log.BatchNumber);
            Assert.AreEqual(1, log.BatchEntries.Count);
            Assert.AreEqual("OLD001", log.FindBatchEntry(101).AuthCode);
            Assert.AreEqual(1, log.PendingCount);
            Assert.AreEqual(4500L, log.PendingIntent(102).AmountMinor);
            Assert.IsTrue(log.ReserveStan() >= 120, "STANs continue above the old high-water mark");

            // New records are written in the current version next to the old ones.
            log.RecordReversalAttempt(102);
            log.RecordReversalDone(102, "00");
            TransactionLog again = JournalSamples.NewLog(store);
            Assert.AreEqual(0, again.PendingCount);
            Assert.AreEqual(1, again.BatchEntries.Count);
        }

        private static void Write(InMemoryRecordStore store, string name, JournalRecord record, byte[] buffer)
        {
            int length = JournalRecordCodec.Encode(record, buffer, 1);
            store.Write(name, buffer, 0, length);
        }
    }
}
