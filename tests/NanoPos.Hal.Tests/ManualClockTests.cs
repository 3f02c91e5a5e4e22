using System;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Tests
{
    /// <summary>The test clock: timeouts in the engine tests are only as right as this clock.</summary>
    [TestClass]
    public class ManualClockTests
    {
        [TestMethod]
        public void Advance_moves_monotonic_and_wall_time_together()
        {
            ManualClock clock = new ManualClock(new DateTime(2025, 3, 1, 12, 0, 0), true);
            clock.Advance(1500);

            Assert.AreEqual(1500L, clock.MonotonicMs);
            Assert.AreEqual(new DateTime(2025, 3, 1, 12, 0, 1, 500), clock.UtcNow);
        }

        [TestMethod]
        public void Time_sync_moves_wall_time_but_not_monotonic_time()
        {
            ManualClock clock = new ManualClock(new DateTime(1970, 1, 1), false);
            clock.Advance(20000);
            Assert.IsFalse(clock.IsWallTimeTrusted);

            clock.SetWallTime(new DateTime(2025, 6, 30, 8, 0, 0), true);

            Assert.IsTrue(clock.IsWallTimeTrusted);
            Assert.AreEqual(new DateTime(2025, 6, 30, 8, 0, 0), clock.UtcNow);
            Assert.AreEqual(20000L, clock.MonotonicMs);
        }

        [TestMethod]
        public void Monotonic_time_cannot_go_back()
        {
            ManualClock clock = new ManualClock(new DateTime(2025, 1, 1), true);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => clock.Advance(-1));
            Assert.AreEqual(0L, clock.MonotonicMs);
        }
    }
}
