using System;
using NanoPos.Hal;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// The clock: the wall time is set, it was synchronised with the time server within <see cref="MaxSyncAgeMs"/>, and
    /// the last synchronisation moved it by less than <see cref="MaxOffsetMs"/>. The value of a pass is the last offset
    /// in ms (positive: the clock was behind).
    /// </summary>
    /// <remarks>Payments need a trusted time: fields 12 and 13 of every request, the batch's dates, the receipts. A clock
    /// that needs large corrections at every synchronisation has a drifting crystal; one that has not been synchronised for
    /// a day has lost its time server.</remarks>
    public sealed class ClockSelfTest : AutomaticSelfTest
    {
        /// <summary>The oldest last synchronisation that passes, in ms (24 hours).</summary>
        public const long MaxSyncAgeMs = 24L * 60 * 60 * 1000;

        /// <summary>The largest correction at the last synchronisation that passes, in ms.</summary>
        public const long MaxOffsetMs = 10000;

        private readonly ITimeSync _sync;

        /// <summary>Creates the test.</summary>
        /// <param name="clock">The clock under test.</param>
        /// <param name="sync">What the clock knows of its synchronisation, or null when it has no time server (then only
        /// the trusted wall time is checked).</param>
        public ClockSelfTest(IClock clock, ITimeSync sync)
            : base(SelfTestId.Clock, clock)
        {
            _sync = sync;
        }

        /// <inheritdoc/>
        protected override void Run(SelfTestResult result, long startedMs)
        {
            if (!Clock.IsWallTimeTrusted)
            {
                result.Fail(SelfTestReason.ClockNotSet, 0, Server(), Since(startedMs));
                return;
            }

            if (_sync == null)
            {
                result.Pass(0, "time set, no time server", Since(startedMs));
                return;
            }

            if (_sync.SyncCount == 0 || _sync.LastSyncMonotonicMs < 0)
            {
                result.Fail(SelfTestReason.ClockNotSynced, 0, Server(), Since(startedMs));
                return;
            }

            long age = Clock.MonotonicMs - _sync.LastSyncMonotonicMs;
            if (age > MaxSyncAgeMs)
            {
                result.Fail(SelfTestReason.ClockSyncStale, age / 3600000, Server(), Since(startedMs));
                return;
            }

            long offset = _sync.LastOffsetMs;
            if (offset > MaxOffsetMs || offset < -MaxOffsetMs)
            {
                result.Fail(SelfTestReason.ClockDrift, offset, Server(), Since(startedMs));
                return;
            }

            result.Pass(offset, "offset " + offset.ToString() + " ms, synced " + (age / 1000).ToString() + " s ago", Since(startedMs));
        }

        private string Server()
        {
            return _sync == null ? null : ShortText.Cut(_sync.Server);
        }
    }
}
