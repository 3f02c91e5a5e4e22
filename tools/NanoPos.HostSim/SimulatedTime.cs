using System;

namespace NanoPos.HostSim
{
    /// <summary>
    /// A <see cref="TimeProvider"/> for the host simulator that follows the terminal's simulated wall time, in a
    /// fixed UTC+8 zone (China), so ledger timestamps, RRNs and field 15 are the same on every machine and run.
    /// </summary>
    public sealed class SimulatedTime : TimeProvider
    {
        private static readonly TimeZoneInfo China = TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "UTC+08", "UTC+08");
        private readonly Func<DateTime> _utcNow;

        /// <summary>Creates the time provider.</summary>
        /// <param name="utcNow">Reads the terminal's simulated wall time (UTC).</param>
        public SimulatedTime(Func<DateTime> utcNow)
        {
            _utcNow = utcNow;
        }

        /// <summary>Gets the host's local time zone: a fixed UTC+8.</summary>
        public override TimeZoneInfo LocalTimeZone => China;

        /// <summary>Gets the terminal's simulated wall time.</summary>
        /// <returns>The time, UTC.</returns>
        public override DateTimeOffset GetUtcNow()
        {
            return new DateTimeOffset(DateTime.SpecifyKind(_utcNow(), DateTimeKind.Utc));
        }
    }
}
