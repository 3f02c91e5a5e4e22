using System;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// The <see cref="IClock"/> of the ESP32: the runtime's UTC wall time and its millisecond tick counter.
    /// </summary>
    /// <remarks>
    /// The ESP32 has no battery-backed calendar: after a cold boot its wall time restarts from a fixed date
    /// in the past and stays wrong until a time sync (SNTP, or the time in a host response) sets it. No real
    /// transaction happens before 2024, the year this firmware was written, so a year before
    /// <see cref="MinimumTrustedYear"/> can only be an unset clock; from that year on the time has been set
    /// by a sync and is trusted. The check is made on every read, so it needs no notification.
    /// </remarks>
    public sealed class Esp32Clock : IClock
    {
        /// <summary>The first year that counts as a set (trusted) wall time.</summary>
        public const int MinimumTrustedYear = 2024;

        /// <summary>Gets the runtime's wall time in UTC.</summary>
        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }

        /// <summary>Gets the ms since boot from the runtime's tick counter, which never goes back.</summary>
        public long MonotonicMs
        {
            get { return Environment.TickCount64; }
        }

        /// <summary>Gets a value indicating whether the wall time has been set: its year is at least <see cref="MinimumTrustedYear"/>.</summary>
        public bool IsWallTimeTrusted
        {
            get { return DateTime.UtcNow.Year >= MinimumTrustedYear; }
        }
    }
}
