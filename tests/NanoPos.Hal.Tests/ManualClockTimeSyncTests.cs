using System;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Tests
{
    /// <summary>The test clock as an <see cref="ITimeSync"/>: what the clock self-test reads, recorded by a test.</summary>
    [TestClass]
    public class ManualClockTimeSyncTests
    {
        [TestMethod]
        public void A_new_clock_has_no_server_and_no_sync()
        {
            ITimeSync sync = new ManualClock(new DateTime(2026, 1, 1), true);

            Assert.IsNull(sync.Server);
            Assert.AreEqual(0, sync.SyncCount);
            Assert.AreEqual(-1L, sync.LastSyncMonotonicMs);
            Assert.AreEqual(0L, sync.LastOffsetMs);
        }

        [TestMethod]
        public void A_recorded_sync_moves_the_wall_time_by_its_offset_and_notes_when()
        {
            ManualClock clock = new ManualClock(new DateTime(2026, 1, 1, 8, 0, 0), true);
            clock.Server = "time.acquirer.test";
            clock.Advance(5000);

            clock.RecordSync(250);

            Assert.AreEqual("time.acquirer.test", clock.Server);
            Assert.AreEqual(1, clock.SyncCount);
            Assert.AreEqual(5000L, clock.LastSyncMonotonicMs);
            Assert.AreEqual(250L, clock.LastOffsetMs);
            Assert.AreEqual(new DateTime(2026, 1, 1, 8, 0, 5, 250), clock.UtcNow);
            Assert.AreEqual(5000L, clock.MonotonicMs);

            clock.Advance(1000);
            clock.RecordSync(-40);

            Assert.AreEqual(2, clock.SyncCount);
            Assert.AreEqual(6000L, clock.LastSyncMonotonicMs);
            Assert.AreEqual(-40L, clock.LastOffsetMs);
            Assert.AreEqual(new DateTime(2026, 1, 1, 8, 0, 6, 210), clock.UtcNow);
        }

        [TestMethod]
        public void The_first_sync_of_an_unset_clock_trusts_it_with_offset_zero()
        {
            ManualClock clock = new ManualClock(new DateTime(1970, 1, 1), false);
            clock.Advance(3000);
            long fromPowerOnTime = (new DateTime(2026, 6, 1) - new DateTime(1970, 1, 1, 0, 0, 3)).Ticks / TimeSpan.TicksPerMillisecond;

            clock.RecordSync(fromPowerOnTime);

            Assert.IsTrue(clock.IsWallTimeTrusted);
            Assert.AreEqual(new DateTime(2026, 6, 1), clock.UtcNow);
            Assert.AreEqual(0L, clock.LastOffsetMs);
            Assert.AreEqual(1, clock.SyncCount);
            Assert.AreEqual(3000L, clock.LastSyncMonotonicMs);
        }
    }
}
