using System;
using NanoPos.Hal;

namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// An <see cref="IClock"/> that moves only when a test tells it to, so timeouts and deadlines can be
    /// tested without waiting.
    /// </summary>
    public sealed class ManualClock : IClock
    {
        private DateTime _utcNow;
        private long _monotonicMs;
        private bool _wallTimeTrusted;

        /// <summary>
        /// Creates a clock at monotonic time 0.
        /// </summary>
        /// <param name="startUtc">The initial wall time (UTC).</param>
        /// <param name="wallTimeTrusted">Whether the wall time counts as trustworthy from the start.</param>
        public ManualClock(DateTime startUtc, bool wallTimeTrusted)
        {
            _utcNow = startUtc;
            _wallTimeTrusted = wallTimeTrusted;
        }

        /// <summary>Gets the simulated wall time in UTC.</summary>
        public DateTime UtcNow
        {
            get { return _utcNow; }
        }

        /// <summary>Gets the simulated monotonic time in ms since the clock was created.</summary>
        public long MonotonicMs
        {
            get { return _monotonicMs; }
        }

        /// <summary>Gets a value indicating whether the simulated wall time counts as trustworthy.</summary>
        public bool IsWallTimeTrusted
        {
            get { return _wallTimeTrusted; }
        }

        /// <summary>
        /// Lets time pass: moves the monotonic and the wall time forward together.
        /// </summary>
        /// <param name="milliseconds">The time to pass in ms, 0 or more.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="milliseconds"/> is negative: monotonic time never goes back.</exception>
        public void Advance(long milliseconds)
        {
            if (milliseconds < 0)
            {
                throw new ArgumentOutOfRangeException("milliseconds");
            }

            _monotonicMs += milliseconds;
            _utcNow = _utcNow.AddTicks(milliseconds * TimeSpan.TicksPerMillisecond);
        }

        /// <summary>
        /// Sets the wall time as a time sync would (it may jump backwards); the monotonic time does not move.
        /// </summary>
        /// <param name="utc">The new wall time (UTC).</param>
        /// <param name="trusted">Whether the new wall time counts as trustworthy.</param>
        public void SetWallTime(DateTime utc, bool trusted)
        {
            _utcNow = utc;
            _wallTimeTrusted = trusted;
        }
    }
}
