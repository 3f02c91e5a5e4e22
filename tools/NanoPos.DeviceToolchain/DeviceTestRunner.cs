using System;
using System.Collections.Generic;
using NanoPos.ProfileCheck;

namespace NanoPos.DeviceToolchain
{
    /// <summary>Runs built device test projects on the real nanoCLR interpreter, one interpreter process per project.</summary>
    public sealed class DeviceTestRunner
    {
        private readonly DeviceLibraries _libraries;
        private readonly NanoFrameworkToolchain _toolchain;
        private readonly TimeSpan _timeout;

        /// <summary>Creates a runner.</summary>
        /// <param name="libraries">The real binaries (their .pe files are loaded).</param>
        /// <param name="toolchain">The toolchain holding nanoCLR.</param>
        /// <param name="timeout">The longest one suite may run before it is stopped and reported.</param>
        public DeviceTestRunner(DeviceLibraries libraries, NanoFrameworkToolchain toolchain, TimeSpan timeout)
        {
            _libraries = libraries;
            _toolchain = toolchain;
            _timeout = timeout;
        }

        /// <summary>Runs one built test project.</summary>
        /// <param name="suite">The built test project.</param>
        /// <returns>Its result: the cases, or why it could not run or did not finish.</returns>
        public DeviceSuiteResult Run(DeviceAssembly suite)
        {
            LoadList load = LoadList.For(suite, _libraries);
            if (!load.CanRun)
            {
                return new DeviceSuiteResult(suite.ProjectName, null, "needs " + string.Join(", ", load.Unavailable) + ", which have no .pe here (and this nanoCLR has no native code for hardware, network or file system); run it on a board", null, TimeSpan.Zero, string.Empty);
            }

            ProcessOutcome outcome = ExternalProcess.Run(_toolchain.NanoClr, load.Files, _timeout);
            LauncherReport report = LauncherReport.Parse(outcome.StandardOutput);
            string problem = null;
            if (outcome.TimedOut)
            {
                problem = $"nanoCLR overran {_timeout.TotalSeconds:F0} s and was stopped";
            }
            else if (outcome.ExitCode != 0)
            {
                problem = $"nanoCLR exited with code {outcome.ExitCode}{(outcome.ExitCode == 139 ? " (segmentation fault; nanoCLR does this when the managed heap is exhausted)" : string.Empty)}";
            }
            else if (!report.RanToEnd)
            {
                problem = "the launcher never printed Done.: a test class did not run to its end";
            }
            else if (report.Cases.Count == 0)
            {
                problem = "no test ran (the launcher printed no Test line)";
            }

            if (problem == null && outcome.StandardError.Trim().Length > 0)
            {
                problem = "nanoCLR wrote to standard error: " + FirstLine(outcome.StandardError);
            }

            return new DeviceSuiteResult(suite.ProjectName, report, null, problem, outcome.Elapsed, outcome.StandardOutput + outcome.StandardError);
        }

        private static string FirstLine(string text)
        {
            string trimmed = text.Trim();
            int end = trimmed.IndexOf('\n');
            return end < 0 ? trimmed : trimmed.Substring(0, end);
        }
    }
}
