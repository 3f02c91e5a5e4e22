using NanoPos.Diagnostics;
using NanoPos.Hal;

namespace NanoPos.Emulation
{
    /// <summary>The <see cref="IDeviceInfo"/> of the simulated terminal: the firmware's version, the boot record's counts, simulated uptime.</summary>
    internal sealed class SimulatedDeviceInfo : IDeviceInfo
    {
        private readonly BootRecord _boot;
        private readonly IClock _clock;
        private readonly long _bootAtMs;
        private long _freeMemoryOverride = -1;

        internal SimulatedDeviceInfo(BootRecord boot, IClock clock)
        {
            _boot = boot;
            _clock = clock;
            _bootAtMs = clock.MonotonicMs;
        }

        public string FirmwareVersion => Diagnostics.FirmwareVersion.Current.ToString();

        public string TargetName => "host-sim";

        /// <summary>
        /// Gets or sets the free memory in bytes that <see cref="FreeMemoryBytes"/> reports instead of measuring, for fault
        /// injection (an ESP32-sized figure such as 12,000 makes the memory self-test fail as on a starved board); -1, the
        /// default, measures.
        /// </summary>
        /// <exception cref="System.ArgumentOutOfRangeException">The value is less than -1.</exception>
        public long FreeMemoryOverride
        {
            get => _freeMemoryOverride;
            set
            {
                System.ArgumentOutOfRangeException.ThrowIfLessThan(value, -1L);
                _freeMemoryOverride = value;
            }
        }

        /// <summary>
        /// Gets the managed heap's headroom in bytes, as the device's figure is one: the memory the .NET GC may use (its
        /// limit: the machine's or the container's RAM, or a configured hard limit) minus the bytes allocated now
        /// (<see cref="HostFreeMemory.Bytes"/>). Measured, never made up; so of the PC, not of an ESP32. An injected
        /// <see cref="FreeMemoryOverride"/> is returned instead.
        /// </summary>
        public long FreeMemoryBytes => _freeMemoryOverride >= 0 ? _freeMemoryOverride : HostFreeMemory.Bytes();

        public long UptimeMs => _clock.MonotonicMs - _bootAtMs;

        public int BootCount => _boot.BootCount;

        public bool PreviousBootUnexpected => _boot.PreviousBootUnexpected;

        public int UnexpectedReboots => _boot.UnexpectedReboots;
    }
}
