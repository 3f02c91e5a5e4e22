using System.Collections.Generic;
using System.IO;
using NanoPos.DeviceToolchain;
using NanoPos.ProfileCheck;

namespace NanoPos.Cli
{
    /// <summary>Output the device commands share: where the real binaries come from, compile findings, build problems.</summary>
    internal static class DeviceOutput
    {
        /// <summary>Prints the toolchain and the origin of every real assembly.</summary>
        internal static void Sources(DeviceWorkspace workspace, TextWriter output)
        {
            output.WriteLine(workspace.Toolchain.Describe());
            foreach (RealAssembly real in workspace.Libraries.Real.Values)
            {
                output.WriteLine($"  real {real.Name} ({real.Origin})");
            }

            foreach (string note in workspace.Libraries.Notes)
            {
                output.WriteLine("  note " + note);
            }
        }

        /// <summary>Prints the errors of projects that do not compile; returns how many projects failed.</summary>
        internal static int CompileFindings(IEnumerable<ProjectCheckResult> projects, TextWriter output)
        {
            int failed = 0;
            var seen = new HashSet<string>();
            foreach (ProjectCheckResult project in Closure(projects))
            {
                if (!seen.Add(project.FullPath) || project.ErrorCount == 0)
                {
                    continue;
                }

                failed++;
                output.WriteLine($"FAIL {project.ProjectPath}: {project.ErrorCount} error(s)");
                foreach (Finding f in project.Findings)
                {
                    output.WriteLine("  " + f);
                }
            }

            return failed;
        }

        /// <summary>Prints the problems of a build (nothing when it succeeded).</summary>
        internal static void BuildProblems(DeviceBuild build, TextWriter output)
        {
            foreach (string problem in build.Problems)
            {
                output.WriteLine("FAIL " + problem);
            }

            if (!build.Succeeded && build.MetadataProcessorOutput.Length > 0)
            {
                output.WriteLine("MetadataProcessor output:");
                output.WriteLine(build.MetadataProcessorOutput.TrimEnd());
            }
        }

        private static IEnumerable<ProjectCheckResult> Closure(IEnumerable<ProjectCheckResult> projects)
        {
            foreach (ProjectCheckResult project in projects)
            {
                foreach (ProjectCheckResult referenced in Closure(project.ReferencedProjects))
                {
                    yield return referenced;
                }

                yield return project;
            }
        }
    }
}
