using System;
using NanoPos.Hal;

namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// An <see cref="IClock"/> that moves only when a test tells it to, so timeouts and deadlines can be
    /// tested without waiting; as an <see cref="ITimeSync"/> it reports the synchronisations a test records with
    /// <see cref="RecordSync"/>.
    /// </summary>
    public sealed class ManualClock : IClock, ITimeSync
    {
        private DateTime _utcNow;
        private long _monotonicMs;
        private bool _wallTimeTrusted;
        private int _syncCount;
        private long _lastSyncMonotonicMs = -1;
        private long _lastOffsetMs;

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

        /// <summary>Gets or sets the name of the simulated time server; null (the default) when none is configured.</summary>
        public string Server { get; set; }

        /// <summary>Gets how many synchronisations <see cref="RecordSync"/> has recorded.</summary>
        public int SyncCount
        {
            get { return _syncCount; }
        }

        /// <summary>Gets the monotonic time in ms of the last recorded synchronisation, or -1 when there was none.</summary>
        public long LastSyncMonotonicMs
        {
            get { return _lastSyncMonotonicMs; }
        }

        /// <summary>
        /// Gets the correction of the last recorded synchronisation in ms (positive: the clock was behind); 0 when there was
        /// none, or when the clock was not trusted before it (a first setting is not a drift).
        /// </summary>
        public long LastOffsetMs
        {
            get { return _lastOffsetMs; }
        }

        /// <summary>
        /// Records a successful synchronisation now, as a time server's answer would: the wall time moves by
        /// <paramref name="offsetMs"/> (the monotonic time does not), becomes trusted, and the sync figures are updated.
        /// </summary>
        /// <param name="offsetMs">The server's time minus the clock's time in ms; positive when the clock was behind.</param>
        public void RecordSync(long offsetMs)
        {
            // The offset of the first setting of an untrusted clock is the distance from its power-on time, not drift.
            _lastOffsetMs = _wallTimeTrusted ? offsetMs : 0;
            _utcNow = _utcNow.AddTicks(offsetMs * TimeSpan.TicksPerMillisecond);
            _wallTimeTrusted = true;
            _syncCount++;
            _lastSyncMonotonicMs = _monotonicMs;
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
