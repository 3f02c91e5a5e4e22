using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using NanoPos.DeviceToolchain;
using NanoPos.ProfileCheck;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos device-test [--project NAME]... [--junit FILE] [--timeout SECONDS] [--verbose] [--solution FILE] [--toolchain DIR]</c>: compiles the device
    /// test projects exactly as their .nfproj says, turns them and their dependencies into .pe files, and runs each on the
    /// real nanoCLR interpreter with nanoFramework's unit test launcher. Ends with <c>N passed, N failed, N skipped</c>.
    /// </summary>
    /// <remarks>
    /// Exit code 0 when every suite that can run here ran to its end with no failure; 1 on any failure, crash, overrun,
    /// compile or build error, or when no test ran at all; 2 on bad usage. Without the toolchain it says what is missing
    /// and exits 0, except under <c>CI=true</c>, where a missing toolchain fails the run (exit 1).
    /// </remarks>
    public static class DeviceTestCommand
    {
        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes, and the environment it reads <c>CI</c> from.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            Option<string[]> projects = CliOption.Repeated("--project", "NAME", "Run only this device test project.");
            Option<string> junit = CliOption.Text("--junit", "FILE", "Also write the results as JUnit XML to FILE.");
            Option<int> timeout = CliOption.Number("--timeout", "S", "Seconds one suite may run on nanoCLR before it counts as overrun.", 600, minimum: 1);
            Option<bool> verbose = CliOption.Flag("--verbose", "List every test with its interpreter time, not only failures and skips.");
            Option<string> solution = CliOption.Text("--solution", "FILE", "Another solution to take the device projects from (default: nanoPos.sln above the current folder).");
            Option<string> toolchain = CliOption.Text("--toolchain", "DIR", "The nanoFramework toolchain (default: $" + NanoFrameworkToolchain.EnvironmentVariable + ", else ../shared/nanoframework-toolchain).");
            var verb = new VerbCommand(
                "device-test",
                "[--project NAME]... [--junit FILE] [--timeout S] [--verbose] [--solution FILE] [--toolchain DIR]",
                "Run the device test projects on the real nanoCLR interpreter; ends with 'N passed, N failed, N skipped'.\n\n"
                + "Exit 0 when every suite that can run here is green; 1 on any failure, crash or overrun, or when no test ran; 2 on bad usage. "
                + "Without the toolchain it says what is missing and exits 0, except under CI=true (exit 1).")
            {
                projects, junit, timeout, verbose, solution, toolchain,
            };
            verb.SetAction(parsed => Test(
                new List<string>(parsed.GetValue(projects)), parsed.GetValue(junit), parsed.GetValue(solution), parsed.GetValue(toolchain), parsed.GetValue(timeout), parsed.GetValue(verbose), context));
            return verb;
        }

        /// <summary>Runs the suites with the arguments that follow "device-test", reading environment variables (CI) through <paramref name="environment"/>.</summary>
        /// <param name="args">The arguments.</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <param name="environment">Reads an environment variable.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string> environment)
        {
            return Program.Run(Program.Verb("device-test", args), new CliContext(output, error) { Environment = environment });
        }

        private static int Test(List<string> names, string junit, string solution, string toolchainFolder, int timeoutSeconds, bool verbose, CliContext context)
        {
            TextWriter output = context.Output;
            TextWriter error = context.Error;
            Func<string, string> environment = context.Environment;
            DeviceWorkspace workspace;
            try
            {
                NanoFrameworkToolchain toolchain = toolchainFolder == null ? null : NanoFrameworkToolchain.At(toolchainFolder);
                workspace = DeviceWorkspace.Open(solution == null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(solution)), solution, toolchain);
            }
            catch (InvalidOperationException e)
            {
                error.WriteLine("nanopos device-test: " + e.Message);
                return 2;
            }

            var clock = Stopwatch.StartNew();
            output.WriteLine("nanopos device-test: the device test projects on the real nanoCLR interpreter");
            DeviceOutput.Sources(workspace, output);
            if (!workspace.Toolchain.IsComplete)
            {
                bool ci = string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase);
                output.WriteLine((ci ? "FAIL" : "NOT RUN") + ": the device suites need the toolchain above (nanoCLR, the MetadataProcessor, the real TestFramework); put it there or set $"
                    + NanoFrameworkToolchain.EnvironmentVariable + ". The host runner (dotnet test) still covers the same test files.");
                output.WriteLine("0 passed, 0 failed, 0 skipped (not run)");
                return ci ? 1 : 0;
            }

            IReadOnlyList<string> suites = names.Count > 0 ? names : workspace.ProjectNames(testsOnly: true);
            IReadOnlyList<ProjectCheckResult> projects = workspace.Compile(suites, out IReadOnlyList<string> unknown);
            if (unknown.Count > 0)
            {
                error.WriteLine("nanopos device-test: no device project named " + string.Join(", ", unknown) + " in nanoPos.sln; test projects: " + string.Join(", ", workspace.ProjectNames(true)));
                return 2;
            }

            int failedProjects = DeviceOutput.CompileFindings(projects, output);
            DeviceBuild build = workspace.Build(projects);
            DeviceOutput.BuildProblems(build, output);

            var runner = new DeviceTestRunner(workspace.Libraries, workspace.Toolchain, TimeSpan.FromSeconds(timeoutSeconds));
            var results = new List<DeviceSuiteResult>();
            context.WithProgress("nanopos device-test", "suites", projects.Count, progress =>
            {
                for (int i = 0; i < projects.Count; i++)
                {
                    ProjectCheckResult project = projects[i];
                    progress.Report(i, "running " + project.Name);
                    DeviceAssembly built = build.Find(project.Name);
                    if (built == null)
                    {
                        continue;
                    }

                    if (!project.IsTestProject)
                    {
                        output.WriteLine($"  {project.Name}: not a test project; nothing to run");
                        continue;
                    }

                    DeviceSuiteResult result = runner.Run(built);
                    results.Add(result);
                    Print(result, verbose, output);
                }

                progress.Report(projects.Count, null);
                return 0;
            });

            if (names.Count == 0 && solution == null)
            {
                output.WriteLine("  NanoPos.App: not run here (an executable for the board; it needs the ESP32 packages, which have no .pe here, and GPIO, I2C, Wi-Fi and file-system natives this nanoCLR lacks)");
            }

            int passed = 0, failed = 0, skipped = 0, problems = 0;
            foreach (DeviceSuiteResult r in results)
            {
                passed += r.Report == null ? 0 : r.Report.Count(DeviceTestOutcome.Passed);
                failed += r.Report == null ? 0 : r.Report.Count(DeviceTestOutcome.Failed);
                skipped += r.Report == null ? 0 : r.Report.Count(DeviceTestOutcome.Skipped);
                problems += r.Problem == null ? 0 : 1;
            }

            if (junit != null)
            {
                string folder = Path.GetDirectoryName(Path.GetFullPath(junit));
                Directory.CreateDirectory(folder);
                JUnitReport.Save(JUnitReport.Build(results, "nanoCLR"), junit);
                output.WriteLine("JUnit XML: " + junit);
            }

            bool ranNothing = passed + failed == 0;
            if (ranNothing)
            {
                output.WriteLine("FAIL no test ran on nanoCLR.");
            }

            output.WriteLine($"in {clock.Elapsed.TotalSeconds:F1} s");
            output.WriteLine($"{passed} passed, {failed} failed, {skipped} skipped");
            return failed == 0 && problems == 0 && failedProjects == 0 && build.Succeeded && !ranNothing ? 0 : 1;
        }

        private static void Print(DeviceSuiteResult result, bool verbose, TextWriter output)
        {
            if (result.NotRunReason != null)
            {
                output.WriteLine($"  {result.ProjectName}: not run here: {result.NotRunReason}");
                return;
            }

            LauncherReport report = result.Report;
            string status = result.IsGreen ? "ok  " : "FAIL";
            output.WriteLine($"  {status} {result.ProjectName}: {report.Count(DeviceTestOutcome.Passed)} passed, {report.Count(DeviceTestOutcome.Failed)} failed, {report.Count(DeviceTestOutcome.Skipped)} skipped ({result.Elapsed.TotalSeconds:F1} s)");
            foreach (DeviceTestCase c in report.Cases)
            {
                if (c.Outcome == DeviceTestOutcome.Failed)
                {
                    output.WriteLine($"    failed  {c.Name}: {c.Message.Replace("\n", "\n            ")}");
                }
                else if (c.Outcome == DeviceTestOutcome.Skipped)
                {
                    output.WriteLine($"    skipped {c.Name}: {c.Message}");
                }
                else if (verbose)
                {
                    output.WriteLine($"    passed  {c.Name} ({c.Ticks / 10} µs)");
                }
            }

            if (result.Problem != null)
            {
                output.WriteLine("    " + result.Problem);
                output.WriteLine("    last lines the interpreter printed:");
                foreach (string line in Tail(result.RawOutput, 15))
                {
                    output.WriteLine("      " + line);
                }
            }
        }

        private static IEnumerable<string> Tail(string text, int count)
        {
            string[] lines = text.TrimEnd().Split('\n');
            for (int i = Math.Max(0, lines.Length - count); i < lines.Length; i++)
            {
                yield return lines[i];
            }
        }
    }
}
