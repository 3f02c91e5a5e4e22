using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The history's storage: a ring of the last 40 entries in five records, one record rewritten per change, every field
    /// read back after a reboot, and a damaged record costing only its own eight entries.
    /// </summary>
    [TestClass]
    public class TransactionHistoryTests
    {
        [TestMethod]
        public void Every_field_survives_a_reload()
        {
            var store = new InMemoryRecordStore();
            var history = new TransactionHistory(store);
            history.Load();
            HistoryEntry entry = Entry(123456, 987654321L);
            entry.Kind = TransactionKind.Refund;
            entry.Status = HistoryStatus.Reversing;
            entry.Cause = ReversalCause.LinkLost;
            entry.Voided = true;
            entry.ResponseCode = "98";
            entry.CreatedUtcTicks = 639012345678901234L;
            entry.LocalDateTime = "1122100000";
            entry.Rrn = "000000123456";
            entry.AuthCode = "A1B2C3";
            entry.MaskedPan = "622848*********0015";
            history.Add(entry);
            history.Save();

            var again = new TransactionHistory(store);
            again.Load();
            var read = new HistoryEntry();
            Assert.AreEqual(1, again.Count);
            Assert.IsTrue(again.Read(0, read));
            Assert.AreEqual(1, read.Number);
            Assert.AreEqual((int)TransactionKind.Refund, (int)read.Kind);
            Assert.AreEqual((int)HistoryStatus.Reversing, (int)read.Status);
            Assert.AreEqual((int)ReversalCause.LinkLost, (int)read.Cause);
            Assert.IsTrue(read.Voided);
            Assert.AreEqual("98", read.ResponseCode);
            Assert.AreEqual(123456, read.Stan);
            Assert.AreEqual(987654321L, read.AmountMinor);
            Assert.AreEqual(639012345678901234L, read.CreatedUtcTicks);
            Assert.AreEqual("1122100000", read.LocalDateTime);
            Assert.AreEqual("000000123456", read.Rrn);
            Assert.AreEqual("A1B2C3", read.AuthCode);
            Assert.AreEqual("622848*********0015", read.MaskedPan);
        }

        [TestMethod]
        public void The_ring_keeps_the_newest_forty_and_one_change_rewrites_one_record()
        {
            var store = new InMemoryRecordStore();
            var history = new TransactionHistory(store);
            history.Load();
            for (int i = 1; i <= 45; i++)
            {
                history.Add(Entry(i, i * 100));
                store.ResetCounters();
                Assert.AreEqual(1, history.Save(), "one record per new entry");
                Assert.AreEqual(1, store.DurableWrites);
                Assert.IsTrue(store.BytesWritten <= TransactionHistory.PageBytes, "one page, never the whole history");
            }

            var again = new TransactionHistory(store);
            again.Load();
            var read = new HistoryEntry();
            Assert.AreEqual(TransactionHistory.Capacity, again.Count);
            Assert.IsTrue(again.Read(0, read));
            Assert.AreEqual(45, read.Stan, "newest first");
            Assert.IsTrue(again.Read(TransactionHistory.Capacity - 1, read));
            Assert.AreEqual(6, read.Stan, "the five oldest are forgotten");
            Assert.IsFalse(again.Read(TransactionHistory.Capacity, read));
            Assert.AreEqual(-1, again.Find(5, TransactionKind.Sale));
            Assert.AreEqual(0, again.Find(45, TransactionKind.Sale));
            Assert.AreEqual(-1, again.Find(45, TransactionKind.Void), "the kind must match too");

            again.Add(Entry(46, 4600));
            Assert.IsTrue(again.Read(0, read));
            Assert.AreEqual(46, read.Number, "numbering goes on after a reload");
        }

        [TestMethod]
        public void A_damaged_record_loses_only_its_own_entries()
        {
            var store = new InMemoryRecordStore();
            var history = new TransactionHistory(store);
            history.Load();
            for (int i = 1; i <= 20; i++)
            {
                history.Add(Entry(i, i));
            }

            history.Save();
            Assert.IsTrue(store.FlipBit(TransactionHistory.RecordName(1), 300));

            var again = new TransactionHistory(store);
            again.Load();
            var read = new HistoryEntry();
            Assert.AreEqual(1, again.DamagedPages);
            Assert.AreEqual(12, again.Count, "entries 9 to 16 were in the damaged record");
            Assert.IsTrue(again.Read(0, read));
            Assert.AreEqual(20, read.Stan);
            Assert.IsTrue(again.Read(4, read));
            Assert.AreEqual(8, read.Stan, "16 down to 9 are skipped");
            Assert.AreEqual(-1, again.Find(12, TransactionKind.Sale));
        }

        [TestMethod]
        public void An_update_keeps_the_number_and_marks_its_record_for_saving()
        {
            var store = new InMemoryRecordStore();
            var history = new TransactionHistory(store);
            history.Load();
            history.Add(Entry(7, 700));
            history.Add(Entry(8, 800));
            history.Save();
            var read = new HistoryEntry();
            Assert.IsTrue(history.Read(1, read));
            read.Voided = true;
            history.Update(1, read);
            Assert.IsTrue(history.HasUnsavedChanges);
            history.Save();

            var again = new TransactionHistory(store);
            again.Load();
            Assert.IsTrue(again.Read(1, read));
            Assert.AreEqual(1, read.Number);
            Assert.IsTrue(read.Voided);
        }

        [TestMethod]
        public void Record_maps_each_outcome_and_an_approved_void_marks_its_sale()
        {
            var history = new TransactionHistory(new InMemoryRecordStore());
            history.Load();
            var scratch = new HistoryEntry();
            Assert.IsTrue(HistoryRecorder.Record(history, TransactionKind.Sale, Result(TransactionOutcome.Approved, 10, "00"), 0, scratch));
            Assert.IsTrue(HistoryRecorder.Record(history, TransactionKind.Sale, Result(TransactionOutcome.Declined, 11, "51"), 0, scratch));
            TransactionResult lost = Result(TransactionOutcome.ReversalPending, 12, null);
            lost.Cause = ReversalCause.Timeout;
            Assert.IsTrue(HistoryRecorder.Record(history, TransactionKind.Sale, lost, 0, scratch));
            Assert.IsTrue(HistoryRecorder.Record(history, TransactionKind.Void, Result(TransactionOutcome.Approved, 13, "00"), 10, scratch));
            Assert.IsFalse(HistoryRecorder.Record(history, TransactionKind.Sale, TransactionResult.Refuse(RefusalKind.JournalFull, "full"), 0, scratch), "a refusal sent nothing");

            var read = new HistoryEntry();
            Assert.AreEqual(4, history.Count);
            Assert.IsTrue(history.Read(history.Find(11, TransactionKind.Sale), read));
            Assert.AreEqual((int)HistoryStatus.Declined, (int)read.Status);
            Assert.AreEqual("51", read.ResponseCode);
            Assert.IsTrue(history.Read(history.Find(12, TransactionKind.Sale), read));
            Assert.AreEqual((int)HistoryStatus.Reversing, (int)read.Status);
            Assert.AreEqual((int)ReversalCause.Timeout, (int)read.Cause);
            Assert.IsTrue(history.Read(history.Find(10, TransactionKind.Sale), read));
            Assert.IsTrue(read.Voided, "the void names its sale");
            Assert.IsFalse(read.MovedMoney);
        }

        private static TransactionResult Result(TransactionOutcome outcome, int stan, string code)
        {
            var result = new TransactionResult(outcome, stan, code, null);
            result.AmountMinor = 1000;
            result.MaskedPan = "622848******0015";
            result.LocalDateTime = "1122100000";
            return result;
        }

        private static HistoryEntry Entry(int stan, long amountMinor)
        {
            var entry = new HistoryEntry();
            entry.Kind = TransactionKind.Sale;
            entry.Status = HistoryStatus.Approved;
            entry.Stan = stan;
            entry.AmountMinor = amountMinor;
            entry.MaskedPan = "622848******0015";
            entry.LocalDateTime = "1122100000";
            return entry;
        }
    }
}
