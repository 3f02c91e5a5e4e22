using System;
using System.IO;
using System.Threading;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Tests
{
    /// <summary>
    /// The in-memory store and its power-cut injection: the power-cut campaign is only as truthful as these faults.
    /// </summary>
    [TestClass]
    public class InMemoryRecordStoreTests
    {
        [TestMethod]
        public void Record_reads_back_as_written()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write("stan", new byte[] { 9, 1, 2, 3, 9 }, 1, 3);

            byte[] buffer = new byte[8];
            int length = store.Read("stan", buffer, 2, 6);

            Assert.AreEqual(3, length);
            CollectionAssert.AreEqual(new byte[] { 0, 0, 1, 2, 3, 0, 0, 0 }, buffer);
            Assert.IsTrue(store.Exists("stan"));
        }

        [TestMethod]
        public void Store_keeps_its_own_copy_of_the_data()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            byte[] data = new byte[] { 1, 2, 3 };
            store.Write("cfg", data, 0, 3);

            // The journal reuses one buffer for every record.
            data[0] = 99;

            byte[] buffer = new byte[3];
            store.Read("cfg", buffer, 0, 3);
            Assert.AreEqual((byte)1, buffer[0]);
        }

        [TestMethod]
        public void Missing_record_reads_as_minus_one()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            Assert.AreEqual(-1, store.Read("nothing", new byte[4], 0, 4));
            Assert.IsFalse(store.Exists("nothing"));
            Assert.IsFalse(store.Delete("nothing"));
        }

        [TestMethod]
        public void Buffer_too_small_is_refused_and_left_untouched()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write("big", new byte[] { 1, 2, 3, 4, 5 }, 0, 5);
            byte[] buffer = new byte[] { 7, 7, 7, 7 };

            Assert.ThrowsException(typeof(ArgumentException), () => store.Read("big", buffer, 0, 4));
            CollectionAssert.AreEqual(new byte[] { 7, 7, 7, 7 }, buffer);
        }

        [TestMethod]
        public void Power_cut_during_a_write_keeps_the_old_record()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write("j0", new byte[] { 1, 1, 1, 1 }, 0, 4);

            store.CutPowerAtWrite(1);
            Assert.ThrowsException(typeof(PowerCutException), () => store.Write("j0", new byte[] { 2, 2, 2, 2, 2, 2 }, 0, 6));
            store.PowerUp();

            Assert.AreEqual(4, ReadAll(store, "j0").Length);
            CollectionAssert.AreEqual(new byte[] { 1, 1, 1, 1 }, ReadAll(store, "j0"));
        }

        [TestMethod]
        public void Power_cut_counts_writes_from_when_it_is_armed()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write("a", new byte[] { 1 }, 0, 1);

            store.CutPowerAtWrite(2);
            store.Write("b", new byte[] { 2 }, 0, 1);
            Assert.ThrowsException(typeof(PowerCutException), () => store.Write("c", new byte[] { 3 }, 0, 1));
            store.PowerUp();

            Assert.IsTrue(store.Exists("b"));
            Assert.IsFalse(store.Exists("c"));
        }

        [TestMethod]
        public void Store_stays_dead_after_a_cut_until_power_returns()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.CutPowerAtWrite(1);
            Assert.ThrowsException(typeof(PowerCutException), () => store.Write("a", new byte[] { 1 }, 0, 1));

            // Code that swallowed the cut and carried on must not be able to write.
            Assert.IsTrue(store.IsPoweredDown);
            Assert.ThrowsException(typeof(PowerCutException), () => store.Write("b", new byte[] { 1 }, 0, 1));
            Assert.ThrowsException(typeof(PowerCutException), () => store.Exists("a"));

            store.PowerUp();
            store.Write("b", new byte[] { 1 }, 0, 1);
            Assert.IsTrue(store.Exists("b"));
        }

        [TestMethod]
        public void Power_cut_during_a_delete_keeps_the_record()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write("rev", new byte[] { 5, 6 }, 0, 2);

            store.CutPowerAtWrite(1);
            Assert.ThrowsException(typeof(PowerCutException), () => store.Delete("rev"));
            store.PowerUp();

            CollectionAssert.AreEqual(new byte[] { 5, 6 }, ReadAll(store, "rev"));
        }

        [TestMethod]
        public void Torn_write_leaves_only_a_prefix_of_the_new_data()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write("j1", new byte[] { 1, 1, 1, 1, 1, 1 }, 0, 6);

            store.TearWriteAt(1, 3);
            Assert.ThrowsException(typeof(PowerCutException), () => store.Write("j1", new byte[] { 9, 8, 7, 6, 5 }, 0, 5));
            store.PowerUp();

            // Neither the old record nor the new one: the state a non-atomic store leaves.
            CollectionAssert.AreEqual(new byte[] { 9, 8, 7 }, ReadAll(store, "j1"));
        }

        [TestMethod]
        public void Torn_first_write_creates_a_short_record()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.TearWriteAt(1, 2);
            Assert.ThrowsException(typeof(PowerCutException), () => store.Write("new", new byte[] { 4, 5, 6, 7 }, 0, 4));
            store.PowerUp();

            CollectionAssert.AreEqual(new byte[] { 4, 5 }, ReadAll(store, "new"));
        }

        [TestMethod]
        public void Counters_count_completed_durable_writes_and_bytes_that_reached_the_store()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write("a", new byte[10], 0, 10);
            store.Write("b", new byte[4], 0, 4);
            store.Delete("a");
            Assert.AreEqual(3, store.DurableWrites);
            Assert.AreEqual(14L, store.BytesWritten);

            store.TearWriteAt(1, 3);
            Assert.ThrowsException(typeof(PowerCutException), () => store.Write("b", new byte[8], 0, 8));
            store.PowerUp();

            // The torn write did not complete but its prefix reached the medium.
            Assert.AreEqual(3, store.DurableWrites);
            Assert.AreEqual(17L, store.BytesWritten);

            store.ResetCounters();
            Assert.AreEqual(0, store.DurableWrites);
            Assert.AreEqual(0L, store.BytesWritten);
        }

        [TestMethod]
        public void Full_store_refuses_the_write_and_keeps_the_old_record()
        {
            InMemoryRecordStore store = new InMemoryRecordStore(10);
            store.Write("a", new byte[] { 1, 2, 3, 4, 5, 6 }, 0, 6);
            Assert.AreEqual(4L, store.FreeBytes);

            Assert.ThrowsException(typeof(IOException), () => store.Write("b", new byte[5], 0, 5));

            // Replacing a record may reuse its own space.
            store.Write("a", new byte[10], 0, 10);
            Assert.AreEqual(0L, store.FreeBytes);
            Assert.IsFalse(store.Exists("b"));
        }

        [TestMethod]
        public void Names_the_device_file_system_could_not_take_are_refused()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            Assert.ThrowsException(typeof(ArgumentException), () => store.Write("journal/0", new byte[1], 0, 1));
            Assert.ThrowsException(typeof(ArgumentException), () => store.Write("a-name-that-is-far-too-long", new byte[1], 0, 1));
            Assert.ThrowsException(typeof(ArgumentException), () => store.Write(string.Empty, new byte[1], 0, 1));
        }

        [TestMethod]
        public void A_medium_error_fails_one_write_keeps_the_old_record_and_the_store_working()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write("j0", new byte[] { 1, 1 }, 0, 2);

            store.FailWriteAt(2);
            store.Write("a", new byte[] { 9 }, 0, 1);
            Assert.ThrowsException(typeof(IOException), () => store.Write("j0", new byte[] { 2, 2, 2 }, 0, 3));

            Assert.IsFalse(store.IsPoweredDown, "a medium error is no power cut");
            CollectionAssert.AreEqual(new byte[] { 1, 1 }, ReadAll(store, "j0"));
            Assert.AreEqual(2, store.DurableWrites, "the failed write is not counted");
            store.Write("j0", new byte[] { 3 }, 0, 1);
            CollectionAssert.AreEqual(new byte[] { 3 }, ReadAll(store, "j0"));
        }

        [TestMethod]
        public void A_damaged_record_throws_on_read_until_it_is_written_again()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write("boot", new byte[] { 1, 2 }, 0, 2);

            store.Damage("boot");

            Assert.IsTrue(store.Exists("boot"));
            Assert.ThrowsException(typeof(IOException), () => store.Read("boot", new byte[8], 0, 8));
            store.Write("boot", new byte[] { 4 }, 0, 1);
            CollectionAssert.AreEqual(new byte[] { 4 }, ReadAll(store, "boot"));
            store.Damage("missing");
            Assert.AreEqual(-1, store.Read("missing", new byte[8], 0, 8), "no record: nothing to damage");
        }

        [TestMethod]
        public void A_flipped_bit_fails_the_strict_read_and_comes_back_altered_from_the_raw_read()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write("j001", new byte[] { 0x10, 0x20, 0x30 }, 0, 3);

            Assert.IsTrue(store.FlipBit("j001", 9));
            Assert.ThrowsException(typeof(IOException), () => store.Read("j001", new byte[8], 0, 8));
            byte[] buffer = new byte[8];
            bool verified;
            Assert.AreEqual(3, store.ReadRaw("j001", buffer, 0, 8, out verified));
            Assert.IsFalse(verified);
            Assert.AreEqual((byte)0x22, buffer[1], "bit 1 of byte 1 flipped");
            Assert.IsFalse(store.FlipBit("absent", 0));

            store.Write("j001", new byte[] { 1 }, 0, 1);
            Assert.AreEqual(1, store.ReadRaw("j001", buffer, 0, 8, out verified));
            Assert.IsTrue(verified, "writing the record again heals it");
        }

        [TestMethod]
        public void An_unreadable_record_throws_on_both_reads()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            store.Write("cp0", new byte[] { 9 }, 0, 1);
            store.Damage("cp0");
            bool verified;

            Assert.ThrowsException(typeof(IOException), () => store.ReadRaw("cp0", new byte[4], 0, 4, out verified));
            Assert.AreEqual(-1, store.ReadRaw("cp1", new byte[4], 0, 4, out verified));
        }

        [TestMethod]
        public void Calls_from_several_threads_are_serialised()
        {
            // The engine's worker writes the journal while the UI thread writes its own records (IRecordStore: thread-safe).
            InMemoryRecordStore store = new InMemoryRecordStore();
            const int Rounds = 20000;
            const int Names = 8;
            Thread[] writers = new Thread[4];
            for (int t = 0; t < writers.Length; t++)
            {
                string prefix = "t" + t.ToString() + "_";
                writers[t] = new Thread(() =>
                {
                    byte[] data = new byte[3];
                    byte[] read = new byte[4];
                    for (int i = 0; i < Rounds; i++)
                    {
                        string name = prefix + (i % Names).ToString();
                        store.Write(name, data, 0, (i % 3) + 1);
                        store.Read(name, read, 0, read.Length);
                    }

                    for (int i = 0; i < Names; i++)
                    {
                        store.Write(prefix + i.ToString(), data, 0, 1);
                    }
                });
            }

            for (int t = 0; t < writers.Length; t++)
            {
                writers[t].Start();
            }

            for (int t = 0; t < writers.Length; t++)
            {
                writers[t].Join();
            }

            Assert.AreEqual(writers.Length * (Rounds + Names), store.DurableWrites, "no write lost");
            Assert.AreEqual(writers.Length * Names, store.Count);
            Assert.AreEqual((long)InMemoryRecordStore.DefaultCapacityBytes - (writers.Length * Names), store.FreeBytes, "the space used adds up");
        }

        private static byte[] ReadAll(InMemoryRecordStore store, string name)
        {
            byte[] buffer = new byte[64];
            int length = store.Read(name, buffer, 0, buffer.Length);
            Assert.IsTrue(length >= 0, "record '" + name + "' exists");
            byte[] result = new byte[length];
            Array.Copy(buffer, result, length);
            return result;
        }
    }
}
