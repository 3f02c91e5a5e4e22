using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using NanoPos.ProfileCheck;

namespace NanoPos.Cli
{
    /// <summary><c>nanopos profile-check</c>: the nanoFramework 1.x profile check of every device project.</summary>
    public static class ProfileCheckCommand
    {
        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            Option<string> solution = CliOption.Text("--solution", "FILE", "Solution whose .nfproj projects are checked (default: nanoPos.sln above the current folder).");
            Option<string[]> projects = CliOption.Repeated("--project", "FILE", "Check only this .nfproj.");
            Option<string> profile = CliOption.Text("--profile", "DIR", "Profile folder (default: tools/nanoframework-profile in the solution folder).");
            Option<string> dump = CliOption.Text("--dump-stubs", "DIR", "Also write the generated C# reference stubs to DIR.");
            var verb = new VerbCommand(
                "profile-check",
                "[--solution FILE] [--project FILE]... [--profile DIR] [--dump-stubs DIR]",
                "Compile every device project (full emit) against the real nanoFramework assemblies where they exist here "
                + "(mscorlib from NuGet, the toolchain's lib/) and the API profile for the others.\n\n"
                + "Exit 0 when every project passes, 1 when any has an error, 2 on bad usage (also when the real mscorlib is not restored).")
            {
                solution, projects, profile, dump,
            };
            verb.SetAction(parsed => Check(parsed.GetValue(solution), new List<string>(parsed.GetValue(projects)), parsed.GetValue(profile), parsed.GetValue(dump), context.Output, context.Error));
            return verb;
        }

        private static int Check(string solution, List<string> projects, string profileDir, string dumpDir, TextWriter output, TextWriter error)
        {
            string solutionFolder = solution != null
                ? Path.GetDirectoryName(Path.GetFullPath(solution))
                : SolutionFile.FindSolutionFolder(projects.Count > 0 ? Path.GetDirectoryName(Path.GetFullPath(projects[0])) : Directory.GetCurrentDirectory());
            if (solutionFolder == null)
            {
                error.WriteLine("nanopos profile-check: no .sln found above the current folder; pass --solution.");
                return 2;
            }

            if (solution == null && projects.Count == 0)
            {
                solution = Path.Combine(solutionFolder, "nanoPos.sln");
                if (!File.Exists(solution))
                {
                    error.WriteLine($"nanopos profile-check: {solution} does not exist; pass --solution or --project.");
                    return 2;
                }
            }

            profileDir ??= Path.Combine(RepositoryRoot(solutionFolder), "tools", "nanoframework-profile");
            if (!File.Exists(Path.Combine(profileDir, "packages.json")))
            {
                error.WriteLine($"nanopos profile-check: {profileDir} is not a profile folder (no packages.json).");
                return 2;
            }

            var clock = Stopwatch.StartNew();
            ApiProfile profile = ApiProfile.Load(profileDir);
            DeviceLibraries libraries;
            try
            {
                libraries = DeviceLibraries.Discover(profile, NanoFrameworkToolchain.Locate(RepositoryFolder.Find(solutionFolder)));
            }
            catch (InvalidOperationException e)
            {
                error.WriteLine("nanopos profile-check: " + e.Message);
                return 2;
            }

            var checker = new ProfileChecker(profile, solutionFolder, libraries);
            output.WriteLine("nanopos profile-check: every device project compiled with a full emit (C# 9, Release) against");
            foreach (RealAssembly real in libraries.Real.Values)
            {
                output.WriteLine($"  real     {real.Name}  ({real.Origin}: {real.File})");
            }

            foreach (string note in libraries.Notes)
            {
                output.WriteLine("  note     " + note);
            }

            output.WriteLine($"  profile  every other nanoFramework assembly, from {Path.GetRelativePath(Directory.GetCurrentDirectory(), profileDir)} (no real binary exists here)");

            IReadOnlyList<ProjectCheckResult> results;
            if (projects.Count > 0)
            {
                var list = new List<ProjectCheckResult>();
                foreach (string p in projects)
                {
                    list.Add(checker.CheckProject(p));
                }

                results = list;
            }
            else
            {
                results = checker.CheckSolution(solution);
            }

            int errors = 0;
            int failed = 0;
            foreach (ProjectCheckResult r in results)
            {
                errors += r.ErrorCount;
                failed += r.ErrorCount > 0 ? 1 : 0;
                output.WriteLine($"  {(r.ErrorCount == 0 ? "ok  " : "FAIL")}  {r.ProjectPath}  ({r.SourceFiles} files; {Sources(r, checker.References)}){(r.ErrorCount > 0 ? $" — {r.ErrorCount} error(s)" : string.Empty)}");
            }

            foreach (ProjectCheckResult r in results)
            {
                foreach (Finding f in r.Findings)
                {
                    output.WriteLine(f.ToString());
                }
            }

            if (dumpDir != null)
            {
                Directory.CreateDirectory(dumpDir);
                var stubs = new ReferenceAssemblies(profile);
                foreach (ProfilePackage package in profile.Packages.Values)
                {
                    foreach (ProfilePackageAssembly assembly in package.Assemblies)
                    {
                        if (assembly.HasApi)
                        {
                            File.WriteAllText(Path.Combine(dumpDir, assembly.Name + ".cs"), stubs.StubSource(assembly.Name));
                        }
                    }
                }
            }

            output.WriteLine($"{results.Count} device project(s) checked: {results.Count - failed} ok, {failed} failed, {errors} error(s) in {clock.Elapsed.TotalSeconds:F1} s.");
            return errors == 0 ? 0 : 1;
        }

        private static string Sources(ProjectCheckResult result, ReferenceAssemblies references)
        {
            var parts = new List<string>();
            foreach (string assembly in result.Assemblies)
            {
                parts.Add(references.IsReal(assembly) ? assembly : assembly + " [profile]");
            }

            return string.Join(", ", parts);
        }

        private static string RepositoryRoot(string start)
        {
            for (DirectoryInfo d = new DirectoryInfo(start); d != null; d = d.Parent)
            {
                if (Directory.Exists(Path.Combine(d.FullName, "tools", "nanoframework-profile")))
                {
                    return d.FullName;
                }
            }

            return start;
        }
    }
}
