using System;
using nanoFramework.Runtime.Native;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// The <see cref="IDeviceInfo"/> of the ESP32. What the runtime can tell (target name, free memory,
    /// uptime) is read live; the rest is handed in by the composition root.
    /// </summary>
    /// <remarks>
    /// The nanoFramework ESP32 runtime exposes no reset reason, so the boot count and the unexpected-reboot
    /// flag come from the firmware's own <see cref="BootRecord"/> (kept in the record store, started by the App at
    /// boot; <see cref="OrderlyReboot"/> clears its flag on a deliberate reboot), and the version string from
    /// NanoPos.Diagnostics, which this HAL project must not reference.
    /// </remarks>
    public sealed class Esp32DeviceInfo : IDeviceInfo
    {
        private readonly string _firmwareVersion;
        private readonly int _bootCount;
        private readonly bool _previousBootUnexpected;
        private readonly int _unexpectedReboots;

        /// <summary>
        /// Creates the device information from the boot record of this boot.
        /// </summary>
        /// <param name="firmwareVersion">The firmware version, "major.minor.patch".</param>
        /// <param name="bootRecord">The record returned by <see cref="BootRecord.Start"/> at this boot.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public Esp32DeviceInfo(string firmwareVersion, BootRecord bootRecord)
            : this(firmwareVersion, CheckedBootCount(bootRecord), bootRecord.PreviousBootUnexpected, bootRecord.UnexpectedReboots)
        {
        }

        /// <summary>
        /// Creates the device information.
        /// </summary>
        /// <param name="firmwareVersion">The firmware version, "major.minor.patch".</param>
        /// <param name="bootCount">The boot count including this boot, 1 or more.</param>
        /// <param name="previousBootUnexpected">Whether the previous boot ended without an orderly shutdown.</param>
        /// <exception cref="ArgumentNullException"><paramref name="firmwareVersion"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="bootCount"/> is less than 1.</exception>
        /// <remarks>The count of unexpected reboots is then 1 when <paramref name="previousBootUnexpected"/> is true, else 0:
        /// without a boot record nothing older is known.</remarks>
        public Esp32DeviceInfo(string firmwareVersion, int bootCount, bool previousBootUnexpected)
            : this(firmwareVersion, bootCount, previousBootUnexpected, previousBootUnexpected ? 1 : 0)
        {
        }

        /// <summary>
        /// Creates the device information with the count of unexpected reboots.
        /// </summary>
        /// <param name="firmwareVersion">The firmware version, "major.minor.patch".</param>
        /// <param name="bootCount">The boot count including this boot, 1 or more.</param>
        /// <param name="previousBootUnexpected">Whether the previous boot ended without an orderly shutdown.</param>
        /// <param name="unexpectedReboots">How many runs ended without an orderly shutdown since the boot record was created, 0 or more.</param>
        /// <exception cref="ArgumentNullException"><paramref name="firmwareVersion"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="bootCount"/> is less than 1, or <paramref name="unexpectedReboots"/> is negative.</exception>
        public Esp32DeviceInfo(string firmwareVersion, int bootCount, bool previousBootUnexpected, int unexpectedReboots)
        {
            if (firmwareVersion == null)
            {
                throw new ArgumentNullException("firmwareVersion");
            }

            if (bootCount < 1)
            {
                throw new ArgumentOutOfRangeException("bootCount");
            }

            if (unexpectedReboots < 0)
            {
                throw new ArgumentOutOfRangeException("unexpectedReboots");
            }

            _firmwareVersion = firmwareVersion;
            _bootCount = bootCount;
            _previousBootUnexpected = previousBootUnexpected;
            _unexpectedReboots = unexpectedReboots;
        }

        /// <summary>Gets the firmware version handed in at construction.</summary>
        public string FirmwareVersion
        {
            get { return _firmwareVersion; }
        }

        /// <summary>Gets the nanoFramework target name of the running firmware image (e.g. "ESP32_REV0").</summary>
        public string TargetName
        {
            get { return SystemInfo.TargetName; }
        }

        /// <summary>Gets the free managed heap in bytes, measured by a garbage collection without compaction (takes a few ms).</summary>
        public long FreeMemoryBytes
        {
            get { return nanoFramework.Runtime.Native.GC.Run(false); }
        }

        /// <summary>Gets the ms since boot from the runtime's tick counter.</summary>
        public long UptimeMs
        {
            get { return Environment.TickCount64; }
        }

        /// <summary>Gets the boot count handed in at construction (this boot included).</summary>
        public int BootCount
        {
            get { return _bootCount; }
        }

        /// <summary>Gets whether the previous boot ended unexpectedly, as handed in at construction.</summary>
        public bool PreviousBootUnexpected
        {
            get { return _previousBootUnexpected; }
        }

        /// <summary>Gets how many runs ended without an orderly shutdown since the boot record was created, as handed in at construction.</summary>
        public int UnexpectedReboots
        {
            get { return _unexpectedReboots; }
        }

        private static int CheckedBootCount(BootRecord bootRecord)
        {
            if (bootRecord == null)
            {
                throw new ArgumentNullException("bootRecord");
            }

            return bootRecord.BootCount;
        }
    }
}
