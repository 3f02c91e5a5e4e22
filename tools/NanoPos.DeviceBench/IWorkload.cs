namespace NanoPos.DeviceBench
{
    /// <summary>
    /// One thing to measure, run by <see cref="BenchRunner"/>: <see cref="Setup"/> once, then rounds of
    /// <see cref="Run"/>, each round after a <see cref="PrepareRound"/> that is neither timed nor counted.
    /// </summary>
    public interface IWorkload
    {
        /// <summary>Gets the measurement's name as printed, e.g. "pack-0200".</summary>
        string Name { get; }

        /// <summary>Gets the most operations one round may hold (0: no limit), e.g. the sales a journal takes before it must be settled.</summary>
        int MaxOpsPerRound { get; }

        /// <summary>Builds what every round needs; called once, before anything else.</summary>
        void Setup();

        /// <summary>Makes the workload ready for a round of up to <see cref="MaxOpsPerRound"/> operations (outside the measurement).</summary>
        void PrepareRound();

        /// <summary>Runs one operation: the measured code.</summary>
        void Run();

        /// <summary>Forgets the workload's own counters, so they cover only the measured rounds that follow.</summary>
        void ResetCounters();
    }
}
