using System;
using System.IO;
using System.Linq;
using NanoPos.Hal.Simulated;
using Xunit;

namespace NanoPos.Hal.Host.Tests
{
    /// <summary>
    /// The file-backed record store: the IRecordStore promises on real files (round trip, atomic replace under a cut,
    /// reopen after a "reboot"), the same fault injection as the in-memory store, and the space accounting.
    /// </summary>
    public sealed class FileRecordStoreTests : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "nanopos-store-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, true);
            }
        }

        [Fact]
        public void Record_reads_back_as_written()
        {
            var store = new FileRecordStore(_directory);
            store.Write("stan", new byte[] { 9, 1, 2, 3, 9 }, 1, 3);

            byte[] buffer = new byte[8];
            Assert.Equal(3, store.Read("stan", buffer, 2, 6));
            Assert.Equal(new byte[] { 0, 0, 1, 2, 3, 0, 0, 0 }, buffer);
            Assert.True(store.Exists("stan"));
            Assert.Equal(1, store.Count);
        }

        [Fact]
        public void Empty_record_exists_and_reads_as_zero_bytes()
        {
            var store = new FileRecordStore(_directory);
            store.Write("empty", Array.Empty<byte>(), 0, 0);

            Assert.True(store.Exists("empty"));
            Assert.Equal(0, store.Read("empty", new byte[1], 0, 1));
        }

        [Fact]
        public void Reopened_store_sees_the_records_after_a_reboot()
        {
            var before = new FileRecordStore(_directory);
            before.Write("j000", new byte[] { 1, 2 }, 0, 2);
            before.Write("cp0", new byte[] { 3 }, 0, 1);
            before.Write("j000", new byte[] { 4, 5, 6 }, 0, 3);
            before.Delete("cp0");

            var after = new FileRecordStore(_directory);
            byte[] buffer = new byte[4];
            Assert.Equal(3, after.Read("j000", buffer, 0, 4));
            Assert.Equal(new byte[] { 4, 5, 6 }, buffer.Take(3));
            Assert.False(after.Exists("cp0"));
            Assert.Equal(FileRecordStore.DefaultCapacityBytes - 3, after.FreeBytes);
        }

        [Fact]
        public void Missing_record_reads_as_minus_one()
        {
            var store = new FileRecordStore(_directory);
            Assert.Equal(-1, store.Read("nothing", new byte[4], 0, 4));
            Assert.False(store.Exists("nothing"));
            Assert.False(store.Delete("nothing"));
        }

        [Fact]
        public void Buffer_too_small_is_refused_and_left_untouched()
        {
            var store = new FileRecordStore(_directory);
            store.Write("big", new byte[] { 1, 2, 3, 4, 5 }, 0, 5);
            byte[] buffer = { 7, 7, 7, 7 };

            Assert.Throws<ArgumentException>(() => store.Read("big", buffer, 0, 4));
            Assert.Equal(new byte[] { 7, 7, 7, 7 }, buffer);
        }

        [Fact]
        public void Invalid_names_and_ranges_are_refused()
        {
            var store = new FileRecordStore(_directory);
            Assert.Throws<ArgumentException>(() => store.Write("bad/name", new byte[1], 0, 1));
            Assert.Throws<ArgumentException>(() => store.Write("x", new byte[1], 1, 1));
            Assert.Throws<ArgumentException>(() => store.Read("seventeen-chars-x", new byte[1], 0, 1));
            Assert.Throws<ArgumentNullException>(() => store.Write("x", null, 0, 0));
        }

        [Fact]
        public void Names_differing_in_case_are_two_records_on_any_file_system()
        {
            var store = new FileRecordStore(_directory);
            store.Write("Ab", new byte[] { 1 }, 0, 1);
            store.Write("ab", new byte[] { 2 }, 0, 1);

            byte[] buffer = new byte[1];
            store.Read("Ab", buffer, 0, 1);
            Assert.Equal(1, buffer[0]);
            store.Read("ab", buffer, 0, 1);
            Assert.Equal(2, buffer[0]);
            Assert.Equal(2, new FileRecordStore(_directory).Count);
        }

        [Fact]
        public void Names_windows_would_reserve_or_trim_still_work()
        {
            var store = new FileRecordStore(_directory);
            foreach (string name in new[] { "con", "nul", "x.", "a.tmp", "j000.bin" })
            {
                store.Write(name, new byte[] { 42 }, 0, 1);
            }

            var reopened = new FileRecordStore(_directory);
            Assert.Equal(5, reopened.Count);
            Assert.True(reopened.Exists("x."));
            Assert.True(reopened.Exists("a.tmp"));
            Assert.Equal(0, reopened.DiscardedTemps);
        }

        [Fact]
        public void Power_cut_during_a_replace_keeps_the_old_record_after_reboot()
        {
            var store = new FileRecordStore(_directory);
            store.Write("cp0", new byte[] { 1, 1, 1, 1 }, 0, 4);
            store.CutPowerAtWrite(1);

            Assert.Throws<PowerCutException>(() => store.Write("cp0", new byte[] { 2, 2, 2, 2, 2, 2 }, 0, 6));

            // The cut left half of the new copy on the disk, never renamed.
            Assert.Single(Directory.GetFiles(_directory), f => f.EndsWith(".tmp", StringComparison.Ordinal));

            var rebooted = new FileRecordStore(_directory);
            Assert.Equal(1, rebooted.DiscardedTemps);
            Assert.DoesNotContain(Directory.GetFiles(_directory), f => f.EndsWith(".tmp", StringComparison.Ordinal));
            byte[] buffer = new byte[8];
            Assert.Equal(4, rebooted.Read("cp0", buffer, 0, 8));
            Assert.Equal(new byte[] { 1, 1, 1, 1 }, buffer.Take(4));
        }

        [Fact]
        public void Power_cut_on_a_first_write_leaves_no_record()
        {
            var store = new FileRecordStore(_directory);
            store.CutPowerAtWrite(1);
            Assert.Throws<PowerCutException>(() => store.Write("new", new byte[] { 1, 2 }, 0, 2));
            store.PowerUp();

            Assert.False(store.Exists("new"));
            Assert.Equal(1, store.DiscardedTemps);
        }

        [Fact]
        public void Cut_counts_durable_writes_from_arming()
        {
            var store = new FileRecordStore(_directory);
            store.Write("a", new byte[] { 1 }, 0, 1);
            store.CutPowerAtWrite(3);
            store.Write("b", new byte[] { 2 }, 0, 1);
            store.Delete("a");

            Assert.Throws<PowerCutException>(() => store.Write("c", new byte[] { 3 }, 0, 1));
            Assert.Equal(3, store.DurableWrites);
        }

        [Fact]
        public void Store_stays_powered_down_until_power_up()
        {
            var store = new FileRecordStore(_directory);
            store.Write("a", new byte[] { 1 }, 0, 1);
            store.CutPowerAtWrite(1);
            Assert.Throws<PowerCutException>(() => store.Write("a", new byte[] { 2 }, 0, 1));

            Assert.True(store.IsPoweredDown);
            Assert.Throws<PowerCutException>(() => store.Read("a", new byte[1], 0, 1));
            Assert.Throws<PowerCutException>(() => store.Exists("a"));
            Assert.Throws<PowerCutException>(() => store.Delete("a"));
            Assert.Throws<PowerCutException>(() => store.FreeBytes);

            store.PowerUp();
            byte[] buffer = new byte[1];
            Assert.Equal(1, store.Read("a", buffer, 0, 1));
            Assert.Equal(1, buffer[0]);
        }

        [Fact]
        public void Torn_write_leaves_a_prefix_as_the_record()
        {
            var store = new FileRecordStore(_directory);
            store.Write("j001", new byte[] { 9, 9, 9, 9, 9 }, 0, 5);
            store.TearWriteAt(1, 2);

            Assert.Throws<PowerCutException>(() => store.Write("j001", new byte[] { 1, 2, 3, 4, 5, 6 }, 0, 6));

            var rebooted = new FileRecordStore(_directory);
            byte[] buffer = new byte[8];
            Assert.Equal(2, rebooted.Read("j001", buffer, 0, 8));
            Assert.Equal(new byte[] { 1, 2 }, buffer.Take(2));
            Assert.Equal(2, store.BytesWritten - 5);
            Assert.Equal(1, store.DurableWrites);
        }

        [Fact]
        public void Power_cut_during_a_delete_keeps_the_record()
        {
            var store = new FileRecordStore(_directory);
            store.Write("rev", new byte[] { 5 }, 0, 1);
            store.CutPowerAtWrite(1);

            Assert.Throws<PowerCutException>(() => store.Delete("rev"));
            Assert.True(new FileRecordStore(_directory).Exists("rev"));
        }

        [Fact]
        public void Delete_of_a_missing_record_is_not_a_durable_write()
        {
            var store = new FileRecordStore(_directory);
            store.CutPowerAtWrite(1);
            Assert.False(store.Delete("none"));
            Assert.False(store.IsPoweredDown);
            store.ClearFault();
            store.Write("x", new byte[] { 1 }, 0, 1);
            Assert.False(store.IsPoweredDown);
        }

        [Fact]
        public void Capacity_is_enforced_and_a_replace_frees_the_old_content()
        {
            var store = new FileRecordStore(_directory, 10);
            store.Write("a", new byte[6], 0, 6);
            Assert.Equal(4, store.FreeBytes);

            Assert.Throws<IOException>(() => store.Write("b", new byte[5], 0, 5));
            Assert.False(store.Exists("b"));

            store.Write("a", new byte[10], 0, 10);
            Assert.Equal(0, store.FreeBytes);
            store.Delete("a");
            Assert.Equal(10, store.FreeBytes);
        }

        [Fact]
        public void Refused_write_does_not_consume_an_armed_fault()
        {
            var store = new FileRecordStore(_directory, 4);
            store.CutPowerAtWrite(1);
            Assert.Throws<IOException>(() => store.Write("big", new byte[5], 0, 5));
            Assert.False(store.IsPoweredDown);
            Assert.Throws<PowerCutException>(() => store.Write("ok", new byte[1], 0, 1));
        }

        [Fact]
        public void Store_keeps_its_own_copy_of_the_data()
        {
            var store = new FileRecordStore(_directory);
            byte[] data = { 1, 2, 3 };
            store.Write("cfg", data, 0, 3);
            data[0] = 99;

            byte[] buffer = new byte[3];
            store.Read("cfg", buffer, 0, 3);
            Assert.Equal(1, buffer[0]);
        }

        [Fact]
        public void Foreign_files_in_the_directory_are_ignored()
        {
            Directory.CreateDirectory(_directory);
            File.WriteAllBytes(Path.Combine(_directory, "notes.txt"), new byte[100]);
            File.WriteAllBytes(Path.Combine(_directory, "rec-bad name.bin"), new byte[100]);

            var store = new FileRecordStore(_directory);
            Assert.Equal(0, store.Count);
            Assert.Equal(FileRecordStore.DefaultCapacityBytes, store.FreeBytes);
            Assert.True(File.Exists(Path.Combine(_directory, "notes.txt")));
        }

        [Fact]
        public void Counters_reset()
        {
            var store = new FileRecordStore(_directory);
            store.Write("a", new byte[3], 0, 3);
            Assert.Equal(1, store.DurableWrites);
            Assert.Equal(3, store.BytesWritten);

            store.ResetCounters();
            Assert.Equal(0, store.DurableWrites);
            Assert.Equal(0, store.BytesWritten);
        }
    }
}
