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

        internal SimulatedDeviceInfo(BootRecord boot, IClock clock)
        {
            _boot = boot;
            _clock = clock;
            _bootAtMs = clock.MonotonicMs;
        }

        public string FirmwareVersion => Diagnostics.FirmwareVersion.Current.ToString();

        public string TargetName => "host-sim";

        /// <summary>
        /// Gets the managed heap's headroom in bytes, as the device's figure is one: the memory the .NET GC may use (its
        /// limit: the machine's or the container's RAM, or a configured hard limit) minus the bytes allocated now
        /// (<see cref="HostFreeMemory.Bytes"/>). Measured, never made up; so of the PC, not of an ESP32.
        /// </summary>
        public long FreeMemoryBytes => HostFreeMemory.Bytes();

        public long UptimeMs => _clock.MonotonicMs - _bootAtMs;

        public int BootCount => _boot.BootCount;

        public bool PreviousBootUnexpected => _boot.PreviousBootUnexpected;
    }
}
