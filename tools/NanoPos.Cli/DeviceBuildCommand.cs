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
    /// <c>nanopos device-build [--project NAME]...</c>: compiles every device project (or the named ones) with a full emit
    /// against the real nanoFramework assemblies, turns each into a .pe with the real MetadataProcessor, prints the .pe
    /// sizes and checks the App's deployment against the reference board's deployment partition. Exit code 0 when all
    /// of it succeeds, 1 when a project does not compile, a .pe is not made or the deployment does not fit, 2 on bad usage.
    /// </summary>
    public static class DeviceBuildCommand
    {
        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            Option<string[]> projects = CliOption.Repeated("--project", "NAME", "Build only this device project (and what it depends on).");
            var verb = new VerbCommand(
                "device-build",
                "[--project NAME]...",
                "Compile every device project and turn it into a .pe with the real MetadataProcessor; print the .pe sizes and "
                + "the App's deployment against the ESP32 deploy partition.\n\n"
                + "Exit 0 when all is built and the measured deployment fits, 1 otherwise, 2 on bad usage.")
            {
                projects,
            };
            verb.SetAction(parsed => Build(new List<string>(parsed.GetValue(projects)), context.Output, context.Error));
            return verb;
        }

        private static int Build(List<string> names, TextWriter output, TextWriter error)
        {
            DeviceWorkspace workspace;
            try
            {
                workspace = DeviceWorkspace.Open(Directory.GetCurrentDirectory());
            }
            catch (InvalidOperationException e)
            {
                error.WriteLine("nanopos device-build: " + e.Message);
                return 2;
            }

            var clock = Stopwatch.StartNew();
            output.WriteLine("nanopos device-build: every device project compiled (full emit, C# 9, Release) and turned into a .pe");
            DeviceOutput.Sources(workspace, output);
            if (!workspace.Toolchain.IsComplete)
            {
                output.WriteLine("FAIL the MetadataProcessor is part of the toolchain above, so no .pe can be made here.");
                return 1;
            }

            IReadOnlyList<ProjectCheckResult> projects = names.Count == 0 ? workspace.CompileAll() : workspace.Compile(names, out IReadOnlyList<string> unknown);
            if (names.Count > 0 && projects.Count < names.Count)
            {
                error.WriteLine("nanopos device-build: no device project named " + string.Join(", ", Unknown(workspace, names)) + " in nanoPos.sln; known: " + string.Join(", ", workspace.ProjectNames(false)));
                return 2;
            }

            int failedProjects = DeviceOutput.CompileFindings(projects, output);
            DeviceBuild build = workspace.Build(projects);
            DeviceOutput.BuildProblems(build, output);
            output.WriteLine();
            output.WriteLine($".pe files in {Path.GetRelativePath(Directory.GetCurrentDirectory(), workspace.OutputRoot)}/<project>/:");
            foreach (DeviceAssembly a in build.Assemblies)
            {
                output.WriteLine($"  {a.ProjectName,-28} {a.AssemblyName + ".pe",-28} {Bytes(a.PeBytes),10}");
            }

            bool fits = true;
            DeviceAssembly app = build.Find("NanoPos.App");
            if (app != null && app.PeBytes > 0)
            {
                fits = PrintDeployment(app, workspace.Libraries, output);
            }

            output.WriteLine();
            bool ok = failedProjects == 0 && build.Succeeded && fits;
            output.WriteLine($"{build.Assemblies.Count} .pe file(s) made, {failedProjects} project(s) failed to compile, {build.Problems.Count} build problem(s){(fits ? string.Empty : ", the deployment does not fit")} in {clock.Elapsed.TotalSeconds:F1} s.");
            return ok ? 0 : 1;
        }

        private static bool PrintDeployment(DeviceAssembly app, DeviceLibraries libraries, TextWriter output)
        {
            IReadOnlyList<DeploymentItem> items = DeploymentBudget.Items(app, libraries);
            long measured = DeploymentBudget.MeasuredBytes(items);
            long budget = DeploymentBudget.DeployPartitionBytes;
            output.WriteLine();
            output.WriteLine($"NanoPos.App deployment (ESP32-DevKitC WROOM 4 MB, ESP32_REV0 firmware: deploy partition 0x{budget:X} = {Bytes(budget)}):");
            var unmeasured = new List<string>();
            foreach (DeploymentItem item in items)
            {
                output.WriteLine($"  {item.Name,-34} {(item.IsMeasured ? Bytes(item.Bytes) : "?"),10}  {item.Origin}");
                if (!item.IsMeasured)
                {
                    unmeasured.Add(item.Name);
                }
            }

            double share = 100.0 * measured / budget;
            output.WriteLine($"  measured total {Bytes(measured)} = {share.ToString("F1", CultureInfo.InvariantCulture)}% of the partition; {Bytes(budget - measured)} left"
                + (unmeasured.Count > 0 ? $" for the {unmeasured.Count} package assemblies with no binary here (their .pe sizes are not counted: no real build of them exists on this machine)" : string.Empty));
            if (measured > budget)
            {
                output.WriteLine($"FAIL the measured deployment alone ({Bytes(measured)}) exceeds the deploy partition ({Bytes(budget)}).");
                return false;
            }

            return true;
        }

        private static IEnumerable<string> Unknown(DeviceWorkspace workspace, List<string> names)
        {
            IReadOnlyList<string> known = workspace.ProjectNames(false);
            foreach (string name in names)
            {
                bool found = false;
                foreach (string k in known)
                {
                    found |= string.Equals(k, name, StringComparison.OrdinalIgnoreCase);
                }

                if (!found)
                {
                    yield return name;
                }
            }
        }

        private static string Bytes(long bytes)
        {
            return bytes < 0 ? "?" : bytes.ToString("N0", CultureInfo.InvariantCulture) + " B";
        }
    }
}
