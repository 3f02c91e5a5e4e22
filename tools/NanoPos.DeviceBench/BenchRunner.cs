using System;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// Runs a workload long enough to time it well and measures its allocation: a timing-only calibration (which also
    /// warms up first-call costs) sizes the run, then measured rounds, each between <see cref="IAllocationMeter.Begin"/>
    /// and <see cref="IAllocationMeter.End"/>, add up to that size. Time is <see cref="DateTime.UtcNow"/> ticks (100 ns),
    /// taken inside the allocation measurement, so neither the meter's counting nor the round preparation is timed.
    /// </summary>
    public sealed class BenchRunner
    {
        /// <summary>
        /// The measured time each measurement aims for, in 100 ns ticks (250 ms): long enough that the tick resolution and
        /// the loop overhead vanish, short enough that the whole program stays well under 30 s on nanoCLR.
        /// </summary>
        public const long DefaultTargetTicks = 2500000;

        /// <summary>The time a calibration run must reach before its rate is trusted, in 100 ns ticks (20 ms).</summary>
        public const long CalibrationTicks = 200000;

        // Calibration stops doubling here, and measuring after this many rounds in a row took no time: a clock that
        // does not move must not loop forever.
        private const int MaxCalibrationOps = 1 << 22;
        private const int MaxStalledRounds = 100;

        private readonly IAllocationMeter _meter;
        private readonly long _targetTicks;

        /// <summary>Creates a runner.</summary>
        /// <param name="meter">The calibrated allocation meter.</param>
        /// <param name="targetTicks">The measured time to aim for per measurement, in 100 ns ticks (1 or more).</param>
        public BenchRunner(IAllocationMeter meter, long targetTicks)
        {
            if (meter == null)
            {
                throw new ArgumentNullException("meter");
            }

            if (targetTicks < 1)
            {
                throw new ArgumentOutOfRangeException("targetTicks");
            }

            _meter = meter;
            _targetTicks = targetTicks;
        }

        /// <summary>
        /// Sets the workload up, calibrates, and measures it: a counted round of one operation and a counted round of up
        /// to the planned operations give the allocation (see <see cref="RoundFit"/>); timed-only rounds follow until the
        /// measured time reaches the target. Every round starts right after a garbage collection and is run again with
        /// fewer operations if one runs inside it, so neither the time nor the allocation includes a collection.
        /// </summary>
        /// <param name="workload">The workload.</param>
        /// <returns>The measurement: operations, their total time and allocation, the per-round constant apart.</returns>
        /// <exception cref="InvalidOperationException">A single operation allocates more than the free heap.</exception>
        public BenchResult Run(IWorkload workload)
        {
            workload.Setup();
            long planned = PlanOps(workload);
            workload.ResetCounters();

            // Stops a run whose clock does not move; a working clock ends the loop long before.
            int stalled = 0;
            int roundLimit = workload.MaxOpsPerRound > 0 ? workload.MaxOpsPerRound : int.MaxValue;
            RoundFit blocks = new RoundFit();
            RoundFit bytes = new RoundFit();
            int counted = 0;
            int rounds = 0;
            long done = 0;
            long ticks = 0;
            long next = 1;
            while (counted < 2 || (ticks < _targetTicks && stalled < MaxStalledRounds))
            {
                // The two counted rounds: one operation, then as many as planned (at least 2).
                bool count = counted < 2;
                if (counted == 1)
                {
                    next = planned - done < 2 ? 2 : planned - done;
                }

                int n = next < roundLimit ? (int)next : roundLimit;
                workload.PrepareRound();
                if (count)
                {
                    _meter.Begin();
                }
                else
                {
                    _meter.BeginTimingOnly();
                }

                long start = DateTime.UtcNow.Ticks;
                for (int i = 0; i < n; i++)
                {
                    workload.Run();
                }

                long elapsed = DateTime.UtcNow.Ticks - start;
                if (!(count ? _meter.End() : _meter.EndTimingOnly()))
                {
                    // A collection ran inside the round, so its allocation and time are off: shorter rounds.
                    if (n == 1)
                    {
                        throw new InvalidOperationException(workload.Name + ": one operation allocates more than the free heap.");
                    }

                    roundLimit = n / 2;
                    continue;
                }

                if (count)
                {
                    blocks.Add(n, _meter.Blocks);
                    bytes.Add(n, _meter.Bytes);
                    counted++;
                }

                rounds++;
                done += n;
                ticks += elapsed;
                stalled = elapsed > 0 ? 0 : stalled + 1;

                // The rate measured so far (no collection in it) sizes the next timed round.
                next = ticks > 0 ? ((_targetTicks - ticks) * done / ticks) + 1 : done;
            }

            return new BenchResult(workload.Name, done, ticks, rounds, blocks, bytes, _meter.BlockBytes);
        }

        // Doubles a timing-only run until it lasts CalibrationTicks, then scales its rate to the target time. One
        // untimed operation first: first calls (the host's JIT, static constructors) would make the plan far too short.
        private long PlanOps(IWorkload workload)
        {
            TimeOnly(workload, 1);
            int ops = 1;
            while (true)
            {
                long elapsed = TimeOnly(workload, ops);
                if (elapsed >= CalibrationTicks || ops >= MaxCalibrationOps)
                {
                    long planned = elapsed < 1 ? ops : (_targetTicks * ops / elapsed) + 1;
                    return planned < 1 ? 1 : planned;
                }

                ops *= 2;
            }
        }

        private static long TimeOnly(IWorkload workload, int ops)
        {
            int limit = workload.MaxOpsPerRound > 0 ? workload.MaxOpsPerRound : int.MaxValue;
            long total = 0;
            int left = ops;
            while (left > 0)
            {
                int n = left < limit ? left : limit;
                workload.PrepareRound();
                long start = DateTime.UtcNow.Ticks;
                for (int i = 0; i < n; i++)
                {
                    workload.Run();
                }

                total += DateTime.UtcNow.Ticks - start;
                left -= n;
            }

            return total;
        }
    }
}
