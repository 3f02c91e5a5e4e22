namespace NanoPos.Diagnostics
{
    /// <summary>Where a self-test stands. The values are fixed (the health report carries them).</summary>
    public enum SelfTestStatus
    {
        /// <summary>Not run since boot.</summary>
        NotRun = 0,

        /// <summary>Running: it waits for the technician's keys or for time to pass.</summary>
        Running = 1,

        /// <summary>Finished and passed.</summary>
        Passed = 2,

        /// <summary>Finished and failed; <see cref="SelfTestResult.Reason"/> says why.</summary>
        Failed = 3,
    }
}
