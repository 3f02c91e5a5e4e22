using System;
using System.Collections.Generic;

namespace NanoPos.DeviceToolchain
{
    /// <summary>What happened to one device test project on nanoCLR: its cases, or why it could not run or did not finish.</summary>
    public sealed class DeviceSuiteResult
    {
        /// <summary>Creates a result.</summary>
        /// <param name="projectName">The test project (the .nfproj file name without extension).</param>
        /// <param name="report">What the launcher printed, parsed; null when the suite did not run.</param>
        /// <param name="notRunReason">Why the suite could not run here, or null when it ran.</param>
        /// <param name="problem">What went wrong with a run (crash, timeout, no test), or null.</param>
        /// <param name="elapsed">The wall-clock time of the interpreter run.</param>
        /// <param name="rawOutput">Everything the interpreter printed, for diagnosis.</param>
        public DeviceSuiteResult(string projectName, LauncherReport report, string notRunReason, string problem, TimeSpan elapsed, string rawOutput)
        {
            ProjectName = projectName;
            Report = report;
            NotRunReason = notRunReason;
            Problem = problem;
            Elapsed = elapsed;
            RawOutput = rawOutput;
        }

        /// <summary>Gets the test project's name.</summary>
        public string ProjectName { get; }

        /// <summary>Gets the parsed launcher output, or null when the suite did not run.</summary>
        public LauncherReport Report { get; }

        /// <summary>Gets why the suite cannot run on this interpreter (e.g. it needs GPIO natives), or null.</summary>
        public string NotRunReason { get; }

        /// <summary>Gets what went wrong in a run (the interpreter crashed or overran, or ran no test), or null.</summary>
        public string Problem { get; }

        /// <summary>Gets the wall-clock time of the run.</summary>
        public TimeSpan Elapsed { get; }

        /// <summary>Gets everything the interpreter printed.</summary>
        public string RawOutput { get; }

        /// <summary>Gets the cases, empty when the suite did not run.</summary>
        public IReadOnlyList<DeviceTestCase> Cases => Report == null ? Array.Empty<DeviceTestCase>() : Report.Cases;

        /// <summary>Gets whether the suite ran and every case passed or was skipped, with no run problem.</summary>
        public bool IsGreen => NotRunReason == null && Problem == null && Report != null && Report.Count(DeviceTestOutcome.Failed) == 0;
    }
}
