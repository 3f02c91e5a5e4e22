using System;

namespace NanoPos.HostSim.Tests
{
    /// <summary>A clock that stands still at a chosen instant (UTC; local time is UTC too), so responses are predictable.</summary>
    internal sealed class FixedClock : TimeProvider
    {
        public FixedClock(DateTimeOffset now)
        {
            Now = now;
        }

        public DateTimeOffset Now { get; set; }

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
