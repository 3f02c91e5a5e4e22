using System;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Tests
{
    /// <summary>
    /// The firmware's own evidence of unexpected reboots: a "running" flag set at boot and cleared by an orderly
    /// shutdown, and the boot counts, kept in the record store across "reboots" (new objects over the same store).
    /// </summary>
    [TestClass]
    public class BootRecordTests
    {
        [TestMethod]
        public void First_boot_counts_one_and_nothing_unexpected()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            BootRecord boot = BootRecord.Start(store);

            Assert.AreEqual(1, boot.BootCount);
            Assert.IsFalse(boot.PreviousBootUnexpected);
            Assert.AreEqual(0, boot.UnexpectedReboots);
            Assert.IsTrue(boot.IsRunning);
            Assert.IsTrue(store.Exists(BootRecord.RecordName));
            Assert.AreEqual(1, store.DurableWrites);
        }

        [TestMethod]
        public void A_boot_whose_record_cannot_be_written_still_boots()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.FailWriteAt(1);

            BootRecord boot = BootRecord.Start(store);

            Assert.AreEqual(1, boot.BootCount);
            Assert.IsFalse(store.Exists(BootRecord.RecordName));
        }

        [TestMethod]
        public void Orderly_shutdown_is_not_counted_as_unexpected()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            BootRecord.Start(store).MarkOrderlyShutdown();

            BootRecord second = BootRecord.Start(store);
            Assert.AreEqual(2, second.BootCount);
            Assert.IsFalse(second.PreviousBootUnexpected);
            Assert.AreEqual(0, second.UnexpectedReboots);
        }

        [TestMethod]
        public void Run_without_shutdown_is_counted_as_unexpected()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            BootRecord.Start(store);

            // Power cut: no MarkOrderlyShutdown.
            BootRecord second = BootRecord.Start(store);
            Assert.AreEqual(2, second.BootCount);
            Assert.IsTrue(second.PreviousBootUnexpected);
            Assert.AreEqual(1, second.UnexpectedReboots);

            second.MarkOrderlyShutdown();
            BootRecord third = BootRecord.Start(store);
            Assert.AreEqual(3, third.BootCount);
            Assert.IsFalse(third.PreviousBootUnexpected);
            Assert.AreEqual(1, third.UnexpectedReboots);
        }

        [TestMethod]
        public void A_record_the_store_cannot_read_counts_as_damaged_and_is_replaced()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            BootRecord.Start(store);
            BootRecord.Start(store);

            // The ESP32 store throws IOException for a record file that fails its check: that must not end every boot.
            store.Damage(BootRecord.RecordName);
            BootRecord damaged = BootRecord.Start(store);

            Assert.IsTrue(damaged.RecordWasDamaged);
            Assert.AreEqual(1, damaged.BootCount);
            Assert.IsTrue(damaged.PreviousBootUnexpected);
            Assert.AreEqual(1, damaged.UnexpectedReboots);
            Assert.IsTrue(damaged.IsRunning);

            damaged.MarkOrderlyShutdown();
            BootRecord next = BootRecord.Start(store);
            Assert.IsFalse(next.RecordWasDamaged, "the new record replaced the damaged one");
            Assert.AreEqual(2, next.BootCount);
            Assert.IsFalse(next.PreviousBootUnexpected);
        }

        [TestMethod]
        public void Shutdown_twice_writes_once()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            BootRecord boot = BootRecord.Start(store);
            boot.MarkOrderlyShutdown();
            boot.MarkOrderlyShutdown();

            Assert.AreEqual(2, store.DurableWrites);
            Assert.IsFalse(boot.IsRunning);
        }

        [TestMethod]
        public void Power_cut_during_the_boot_write_keeps_the_previous_record()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            BootRecord.Start(store).MarkOrderlyShutdown();
            store.CutPowerAtWrite(1);
            Assert.ThrowsException(typeof(PowerCutException), () => BootRecord.Start(store));
            store.PowerUp();

            // The interrupted boot left the old record (atomic store): it is not counted at all.
            BootRecord next = BootRecord.Start(store);
            Assert.AreEqual(2, next.BootCount);
            Assert.IsFalse(next.PreviousBootUnexpected);
        }

        [TestMethod]
        public void Power_cut_during_the_shutdown_write_counts_the_run_as_unexpected()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            BootRecord boot = BootRecord.Start(store);
            store.CutPowerAtWrite(1);
            Assert.ThrowsException(typeof(PowerCutException), () => boot.MarkOrderlyShutdown());
            store.PowerUp();

            BootRecord next = BootRecord.Start(store);
            Assert.IsTrue(next.PreviousBootUnexpected);
            Assert.AreEqual(1, next.UnexpectedReboots);
        }

        [TestMethod]
        public void Damaged_record_restarts_the_count_and_reports_it()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write(BootRecord.RecordName, new byte[] { 1, 2, 3 }, 0, 3);

            BootRecord boot = BootRecord.Start(store);
            Assert.IsTrue(boot.RecordWasDamaged);
            Assert.AreEqual(1, boot.BootCount);
            Assert.IsTrue(boot.PreviousBootUnexpected);

            // The rewritten record is sound again.
            boot.MarkOrderlyShutdown();
            BootRecord next = BootRecord.Start(store);
            Assert.IsFalse(next.RecordWasDamaged);
            Assert.AreEqual(2, next.BootCount);
        }

        [TestMethod]
        public void Torn_record_counts_as_damaged()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            BootRecord.Start(store).MarkOrderlyShutdown();
            store.TearWriteAt(1, 5);
            Assert.ThrowsException(typeof(PowerCutException), () => BootRecord.Start(store));
            store.PowerUp();

            BootRecord next = BootRecord.Start(store);
            Assert.IsTrue(next.RecordWasDamaged);
            Assert.IsTrue(next.PreviousBootUnexpected);
        }

        [TestMethod]
        public void Record_from_a_later_version_is_read_by_its_first_twelve_bytes()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            byte[] later = new byte[] { (byte)'N', (byte)'B', 2, 1, 0, 0, 0, 41, 0, 0, 0, 5, 9, 9, 9, 9 };
            store.Write(BootRecord.RecordName, later, 0, later.Length);

            BootRecord boot = BootRecord.Start(store);
            Assert.IsFalse(boot.RecordWasDamaged);
            Assert.AreEqual(42, boot.BootCount);
            Assert.IsTrue(boot.PreviousBootUnexpected);
            Assert.AreEqual(6, boot.UnexpectedReboots);
        }

        [TestMethod]
        public void Foreign_oversized_record_counts_as_damaged()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write(BootRecord.RecordName, new byte[200], 0, 200);

            BootRecord boot = BootRecord.Start(store);
            Assert.IsTrue(boot.RecordWasDamaged);
            Assert.AreEqual(1, boot.BootCount);
        }

        [TestMethod]
        public void Counts_saturate_instead_of_wrapping()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            byte[] worn = new byte[] { (byte)'N', (byte)'B', 1, 1, 0x7F, 0xFF, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF };
            store.Write(BootRecord.RecordName, worn, 0, worn.Length);

            BootRecord boot = BootRecord.Start(store);
            Assert.AreEqual(int.MaxValue, boot.BootCount);
            Assert.AreEqual(int.MaxValue, boot.UnexpectedReboots);
            Assert.IsFalse(boot.RecordWasDamaged);
        }

        [TestMethod]
        public void Null_store_is_refused()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => BootRecord.Start(null));
        }
    }
}
