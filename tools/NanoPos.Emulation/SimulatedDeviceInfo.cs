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

        // A PC has no device heap to report; 0 says "not measured" rather than a made-up figure.
        public long FreeMemoryBytes => 0;

        public long UptimeMs => _clock.MonotonicMs - _bootAtMs;

        public int BootCount => _boot.BootCount;

        public bool PreviousBootUnexpected => _boot.PreviousBootUnexpected;
    }
}
