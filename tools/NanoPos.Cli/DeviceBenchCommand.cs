using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text.Json;
using NanoPos.DeviceToolchain;
using NanoPos.ProfileCheck;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos device-bench [--json FILE] [--compare FILE] [--timeout S]</c>: builds the device benchmark program
    /// (tools/NanoPos.DeviceBench, an .nfproj console app) and runs it on the real nanoCLR interpreter, printing the
    /// interpreter's time and managed allocation per operation (codec, a whole approved sale, journal recovery).
    /// <c>--json</c> saves the figures; <c>--compare</c> prints them next to figures saved before (before/after a change).
    /// Exit code 0 when the program ran to its end, 1 otherwise (or without the toolchain), 2 on bad usage.
    /// </summary>
    public static class DeviceBenchCommand
    {
        private const string Project = "NanoPos.DeviceBench";

        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            Option<string> json = CliOption.Text("--json", "FILE", "Save the figures as JSON to FILE.");
            Option<string> compare = CliOption.Text("--compare", "FILE", "Print figures saved before with --json beside today's, with the speed ratio.");
            Option<int> timeout = CliOption.Number("--timeout", "S", "Seconds the benchmark may run on nanoCLR.", 600, minimum: 1);
            var verb = new VerbCommand(
                "device-bench",
                "[--json FILE] [--compare FILE] [--timeout S]",
                "Run tools/NanoPos.DeviceBench on nanoCLR: time and managed allocation per operation (codec, approved sale, "
                + "journal recovery); --json saves the figures, --compare prints saved ones beside them.\n\n"
                + "Exit 0 when the program ran to its end, 1 otherwise (or without the toolchain), 2 on bad usage.")
            {
                json, compare, timeout,
            };
            verb.SetAction(parsed => Bench(parsed.GetValue(json), parsed.GetValue(compare), parsed.GetValue(timeout), context.Output, context.Error));
            return verb;
        }

        private static int Bench(string json, string compare, int timeoutSeconds, TextWriter output, TextWriter error)
        {
            BenchReport before = null;
            if (compare != null)
            {
                try
                {
                    before = JsonSerializer.Deserialize<BenchReport>(File.ReadAllText(compare));
                }
                catch (Exception e) when (e is IOException || e is JsonException || e is UnauthorizedAccessException)
                {
                    error.WriteLine($"nanopos device-bench: --compare {compare}: {e.Message}");
                    return 2;
                }
            }

            DeviceWorkspace workspace;
            try
            {
                workspace = DeviceWorkspace.Open(Directory.GetCurrentDirectory());
            }
            catch (InvalidOperationException e)
            {
                error.WriteLine("nanopos device-bench: " + e.Message);
                return 2;
            }

            output.WriteLine("nanopos device-bench: tools/NanoPos.DeviceBench on the real nanoCLR interpreter");
            DeviceOutput.Sources(workspace, output);
            if (!workspace.Toolchain.IsComplete)
            {
                output.WriteLine("FAIL the benchmark runs on nanoCLR, which is part of the toolchain above.");
                return 1;
            }

            IReadOnlyList<ProjectCheckResult> projects = workspace.Compile(new[] { Project }, out IReadOnlyList<string> unknown);
            if (unknown.Count > 0)
            {
                output.WriteLine($"FAIL {Project} is not a device project of nanoPos.sln.");
                return 1;
            }

            int failedProjects = DeviceOutput.CompileFindings(projects, output);
            DeviceBuild build = workspace.Build(projects);
            DeviceOutput.BuildProblems(build, output);
            DeviceAssembly bench = build.Find(Project);
            if (failedProjects > 0 || bench == null || !build.Succeeded)
            {
                return 1;
            }

            LoadList load = LoadList.For(bench, workspace.Libraries);
            if (!load.CanRun)
            {
                output.WriteLine("FAIL the benchmark needs " + string.Join(", ", load.Unavailable) + ", which have no .pe here.");
                return 1;
            }

            ProcessOutcome run = ExternalProcess.Run(workspace.Toolchain.NanoClr, load.Files, TimeSpan.FromSeconds(timeoutSeconds));
            BenchReport report;
            try
            {
                report = BenchReport.Parse(run.StandardOutput);
            }
            catch (FormatException e)
            {
                output.WriteLine("FAIL " + e.Message);
                return 1;
            }

            Print(report, before, output);
            if (json != null)
            {
                string folder = Path.GetDirectoryName(Path.GetFullPath(json));
                Directory.CreateDirectory(folder);
                File.WriteAllText(json, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
                output.WriteLine("figures saved to " + json);
            }

            if (!report.Complete || run.ExitCode != 0 || run.TimedOut)
            {
                output.WriteLine($"FAIL the benchmark did not run to its end (exit code {run.ExitCode}{(run.TimedOut ? ", overran " + timeoutSeconds + " s" : string.Empty)}); last lines:");
                string[] lines = (run.StandardOutput + run.StandardError).TrimEnd().Split('\n');
                for (int i = Math.Max(0, lines.Length - 15); i < lines.Length; i++)
                {
                    output.WriteLine("  " + lines[i]);
                }

                return 1;
            }

            output.WriteLine($"nanoCLR ran {run.Elapsed.TotalSeconds:F1} s");
            return 0;
        }

        private static void Print(BenchReport report, BenchReport before, TextWriter output)
        {
            output.WriteLine();
            output.WriteLine(before == null
                ? $"  {"measurement",-18} {"ops",8} {"µs/op",12} {"blocks/op",10} {"bytes/op",10}"
                : $"  {"measurement",-18} {"ops",8} {"µs/op",12} {"before",12} {"ratio",7} {"blocks/op",10} {"before",10} {"bytes/op",10} {"before",10}");
            foreach (BenchMeasurement m in report.Measurements)
            {
                BenchMeasurement b = before?.Find(m.Name);
                string line = $"  {m.Name,-18} {m.Ops,8} {Number(m.MicrosecondsPerOp, 1),12}";
                if (before != null)
                {
                    string ratio = b == null || m.MicrosecondsPerOp <= 0 ? "-" : (b.MicrosecondsPerOp / m.MicrosecondsPerOp).ToString("F2", CultureInfo.InvariantCulture) + "x";
                    line += $" {(b == null ? "-" : Number(b.MicrosecondsPerOp, 1)),12} {ratio,7} {Number(m.BlocksPerOp, 1),10} {(b == null ? "-" : Number(b.BlocksPerOp, 1)),10} {Number(m.BytesPerOp, 0),10} {(b == null ? "-" : Number(b.BytesPerOp, 0)),10}";
                }
                else
                {
                    line += $" {Number(m.BlocksPerOp, 1),10} {Number(m.BytesPerOp, 0),10}";
                }

                output.WriteLine(line);
            }

            foreach (KeyValuePair<string, string> info in report.Info)
            {
                output.WriteLine($"  {info.Key} = {info.Value}");
            }

            if (before != null)
            {
                output.WriteLine("  (ratio = before / now: above 1 is faster now)");
            }
        }

        private static string Number(double value, int decimals)
        {
            return value < 0 ? "-" : value.ToString("N" + decimals, CultureInfo.InvariantCulture);
        }
    }
}
