using System;

namespace NanoPos.DeviceToolchain
{
    /// <summary>What an external program did: its output, exit code, whether it overran its deadline, and its run time.</summary>
    public sealed class ProcessOutcome
    {
        /// <summary>Creates an outcome.</summary>
        /// <param name="standardOutput">Everything it printed on standard output, lines ending with '\n'.</param>
        /// <param name="standardError">Everything it printed on standard error.</param>
        /// <param name="exitCode">Its exit code (-1 when it was killed).</param>
        /// <param name="timedOut">Whether it was killed at the deadline.</param>
        /// <param name="elapsed">How long it ran.</param>
        public ProcessOutcome(string standardOutput, string standardError, int exitCode, bool timedOut, TimeSpan elapsed)
        {
            StandardOutput = standardOutput;
            StandardError = standardError;
            ExitCode = exitCode;
            TimedOut = timedOut;
            Elapsed = elapsed;
        }

        /// <summary>Gets everything printed on standard output.</summary>
        public string StandardOutput { get; }

        /// <summary>Gets everything printed on standard error.</summary>
        public string StandardError { get; }

        /// <summary>Gets the exit code (-1 when killed at the deadline).</summary>
        public int ExitCode { get; }

        /// <summary>Gets whether the program overran its deadline and was killed.</summary>
        public bool TimedOut { get; }

        /// <summary>Gets the wall-clock run time.</summary>
        public TimeSpan Elapsed { get; }
    }
}
