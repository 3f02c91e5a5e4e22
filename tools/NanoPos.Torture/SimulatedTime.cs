using System;

namespace NanoPos.Torture
{
    /// <summary>
    /// A <see cref="TimeProvider"/> for the host simulator that follows the terminal's simulated wall time, in a
    /// fixed UTC+8 zone (China), so ledger timestamps, RRNs and field 15 are the same on every machine and run.
    /// </summary>
    internal sealed class SimulatedTime : TimeProvider
    {
        private static readonly TimeZoneInfo China = TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "UTC+08", "UTC+08");
        private readonly Func<DateTime> _utcNow;

        internal SimulatedTime(Func<DateTime> utcNow)
        {
            _utcNow = utcNow;
        }

        public override TimeZoneInfo LocalTimeZone => China;

        public override DateTimeOffset GetUtcNow()
        {
            return new DateTimeOffset(DateTime.SpecifyKind(_utcNow(), DateTimeKind.Utc));
        }
    }
}
