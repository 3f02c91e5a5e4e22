namespace NanoPos.Hal
{
    /// <summary>
    /// Facts about the device for the health report and the field technician's screen.
    /// </summary>
    public interface IDeviceInfo
    {
        /// <summary>Gets the firmware version as "major.minor.patch".</summary>
        string FirmwareVersion { get; }

        /// <summary>Gets the name of the runtime target (the nanoFramework firmware image, e.g. "ESP32_REV0"; "host" on a PC).</summary>
        string TargetName { get; }

        /// <summary>
        /// Gets the free managed memory in bytes. Measuring may run a garbage collection first (it does on the
        /// device), which takes a few ms: read it for reports, not in a loop.
        /// </summary>
        long FreeMemoryBytes { get; }

        /// <summary>Gets the time since boot in ms.</summary>
        long UptimeMs { get; }

        /// <summary>Gets how many times the device has booted, this boot included (1 on the first boot).</summary>
        int BootCount { get; }

        /// <summary>
        /// Gets a value indicating whether the previous boot ended without an orderly shutdown (power cut,
        /// crash, watchdog), as far as the device could tell at this boot.
        /// </summary>
        bool PreviousBootUnexpected { get; }

        /// <summary>
        /// Gets how many runs ended without an orderly shutdown (power cut, crash, watchdog, reset) since the boot record
        /// was created, the previous run included; 0 when none did (from <see cref="BootRecord.UnexpectedReboots"/>).
        /// </summary>
        int UnexpectedReboots { get; }
    }
}
