using System;
using System.IO;
using nanoFramework.TestFramework;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Firmware.Tests
{
    /// <summary>The flash self-test: a write that fails, a record that does not come back, other bytes, a full store.</summary>
    [TestClass]
    public class StoreSelfTestTests
    {
        [TestMethod]
        public void A_healthy_store_passes_with_its_free_space_and_leaves_no_scratch_record()
        {
            var store = new InMemoryRecordStore();
            var test = new StoreSelfTest(store, new ManualClock(new DateTime(2026, 12, 1), true));

            Assert.AreEqual((int)SelfTestStatus.Passed, (int)test.Begin(0));
            Assert.AreEqual(store.FreeBytes, test.Result.Value);
            Assert.IsFalse(store.Exists(StoreSelfTest.RecordName));
            Assert.AreEqual(2, store.DurableWrites, "one write and one delete per run");
        }

        [TestMethod]
        public void A_failing_write_fails_with_the_drivers_message()
        {
            var store = new InMemoryRecordStore();
            store.FailWriteAt(1);
            var test = new StoreSelfTest(store, new ManualClock(new DateTime(2026, 12, 1), true));

            Assert.AreEqual((int)SelfTestStatus.Failed, (int)test.Begin(0));
            Assert.AreEqual((int)SelfTestReason.StoreWriteFailed, (int)test.Result.Reason);
            Assert.IsTrue(test.Result.Detail != null && test.Result.Detail.Length > 0);
        }

        [TestMethod]
        public void A_store_that_returns_other_bytes_fails_with_how_many_differ()
        {
            var store = new LyingStore(new InMemoryRecordStore(), 3);
            var test = new StoreSelfTest(store, new ManualClock(new DateTime(2026, 12, 1), true));

            Assert.AreEqual((int)SelfTestStatus.Failed, (int)test.Begin(0));
            Assert.AreEqual((int)SelfTestReason.StoreMismatch, (int)test.Result.Reason);
            Assert.AreEqual(3L, test.Result.Value);
        }

        [TestMethod]
        public void A_record_the_store_cannot_read_back_fails_as_a_read_failure()
        {
            var store = new LyingStore(new InMemoryRecordStore(), -1);
            var test = new StoreSelfTest(store, new ManualClock(new DateTime(2026, 12, 1), true));

            Assert.AreEqual((int)SelfTestStatus.Failed, (int)test.Begin(0));
            Assert.AreEqual((int)SelfTestReason.StoreReadFailed, (int)test.Result.Reason);
        }

        [TestMethod]
        public void A_nearly_full_store_fails_with_its_free_bytes()
        {
            var store = new InMemoryRecordStore(StoreSelfTest.MinimumFreeBytes + 300);
            var test = new StoreSelfTest(store, new ManualClock(new DateTime(2026, 12, 1), true));
            byte[] ballast = new byte[600];
            store.Write("ballast", ballast, 0, ballast.Length);

            Assert.AreEqual((int)SelfTestStatus.Failed, (int)test.Begin(0));
            Assert.AreEqual((int)SelfTestReason.StoreLowSpace, (int)test.Result.Reason);
            Assert.AreEqual(store.FreeBytes, test.Result.Value);
        }

        /// <summary>A store whose reads flip bytes of the scratch record (count &gt; 0) or throw (count -1).</summary>
        private sealed class LyingStore : IRecordStore
        {
            private readonly IRecordStore _inner;
            private readonly int _flips;

            internal LyingStore(IRecordStore inner, int flips)
            {
                _inner = inner;
                _flips = flips;
            }

            public long FreeBytes
            {
                get { return _inner.FreeBytes; }
            }

            public void Write(string name, byte[] data, int offset, int count)
            {
                _inner.Write(name, data, offset, count);
            }

            public int Read(string name, byte[] buffer, int offset, int count)
            {
                if (_flips < 0)
                {
                    throw new IOException("CRC trailer mismatch");
                }

                int length = _inner.Read(name, buffer, offset, count);
                for (int i = 0; i < _flips && i < length; i++)
                {
                    buffer[offset + (i * 7)] ^= 0x10;
                }

                return length;
            }

            public bool Exists(string name)
            {
                return _inner.Exists(name);
            }

            public bool Delete(string name)
            {
                return _inner.Delete(name);
            }
        }
    }
}
