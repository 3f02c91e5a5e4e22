using System;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>The simulated device info: the boot record's counts, and the free-memory fault for the memory self-test.</summary>
    public class SimulatedDeviceInfoTests
    {
        [Fact]
        public void UnexpectedRebootsComeFromTheBootRecord()
        {
            var store = new InMemoryRecordStore();
            var clock = new ManualClock(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), true);
            BootRecord.Start(store);
            BootRecord.Start(store); // the first run never shut down in order
            BootRecord third = BootRecord.Start(store);

            var info = new SimulatedDeviceInfo(third, clock);

            Assert.Equal(3, info.BootCount);
            Assert.True(info.PreviousBootUnexpected);
            Assert.Equal(2, info.UnexpectedReboots);
        }

        [Fact]
        public void AFreeMemoryOverrideIsReportedUntilSetBackToMeasuring()
        {
            var store = new InMemoryRecordStore();
            var info = new SimulatedDeviceInfo(BootRecord.Start(store), new ManualClock(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), true));
            Assert.Equal(-1, info.FreeMemoryOverride);

            info.FreeMemoryOverride = 12000;
            Assert.Equal(12000, info.FreeMemoryBytes);

            info.FreeMemoryOverride = -1;
            Assert.True(info.FreeMemoryBytes > 12000);
            Assert.Throws<ArgumentOutOfRangeException>(() => info.FreeMemoryOverride = -2);
        }
    }
}
