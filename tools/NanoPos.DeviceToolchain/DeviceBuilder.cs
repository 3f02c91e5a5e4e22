using System;
using System.Collections.Generic;
using System.IO;
using NanoPos.ProfileCheck;

namespace NanoPos.DeviceToolchain
{
    /// <summary>
    /// Turns checked device projects into the files a board loads: writes each emitted assembly under
    /// <c>artifacts/device/&lt;project&gt;/</c> and runs the real MetadataProcessor once over all of them to make
    /// their .pe files.
    /// </summary>
    /// <remarks>
    /// The MetadataProcessor resolves every referenced assembly through a load hint: the real binary where one exists,
    /// otherwise the reference assembly generated from the profile (written to <c>artifacts/device/_references/</c>).
    /// One process for all assemblies: each start of it costs about a second.
    /// </remarks>
    public sealed class DeviceBuilder
    {
        private static readonly TimeSpan MetadataProcessorTimeout = TimeSpan.FromMinutes(5);
        private readonly ReferenceAssemblies _references;
        private readonly NanoFrameworkToolchain _toolchain;
        private readonly string _outputRoot;

        /// <summary>Creates a builder.</summary>
        /// <param name="references">The assemblies the projects were compiled against (from the checker).</param>
        /// <param name="toolchain">The toolchain holding the MetadataProcessor.</param>
        /// <param name="outputRoot">The folder for the outputs, e.g. artifacts/device.</param>
        public DeviceBuilder(ReferenceAssemblies references, NanoFrameworkToolchain toolchain, string outputRoot)
        {
            _references = references;
            _toolchain = toolchain;
            _outputRoot = Path.GetFullPath(outputRoot);
        }

        /// <summary>Builds the .pe files of the given projects and of every device project they reference.</summary>
        /// <param name="projects">The checked projects.</param>
        /// <returns>The built assemblies and the problems.</returns>
        public DeviceBuild Build(IEnumerable<ProjectCheckResult> projects)
        {
            var build = new DeviceBuild();
            var byPath = new Dictionary<string, DeviceAssembly>(StringComparer.Ordinal);
            var failed = new HashSet<string>(StringComparer.Ordinal);
            foreach (ProjectCheckResult project in projects)
            {
                Prepare(project, build, byPath, failed);
            }

            if (build.Assemblies.Count == 0)
            {
                return build;
            }

            var arguments = new List<string>();
            var hinted = new HashSet<string>(StringComparer.Ordinal);
            foreach (DeviceAssembly assembly in build.Assemblies)
            {
                foreach (string package in assembly.Project.Assemblies)
                {
                    if (hinted.Add(package))
                    {
                        Hint(arguments, package, _references.FileOf(package, Path.Combine(_outputRoot, "_references")));
                    }
                }

                // Test assemblies are all named NFUnitTest and nothing references them: no hint, no clash.
                if (!assembly.Project.IsTestProject && hinted.Add(assembly.AssemblyName))
                {
                    Hint(arguments, assembly.AssemblyName, assembly.AssemblyFile);
                }
            }

            foreach (DeviceAssembly assembly in build.Assemblies)
            {
                File.Delete(assembly.Pe);
                arguments.Add("-parse");
                arguments.Add(assembly.AssemblyFile);
                arguments.Add("-compile");
                arguments.Add(assembly.Pe);
                arguments.Add("false");
            }

            ProcessOutcome outcome = ExternalProcess.Run(_toolchain.MetadataProcessor, arguments, MetadataProcessorTimeout);
            build.MetadataProcessorOutput = outcome.StandardOutput + outcome.StandardError;
            foreach (DeviceAssembly assembly in build.Assemblies)
            {
                if (assembly.PeBytes <= 0)
                {
                    build.Problem($"{assembly.Project.ProjectPath}: the MetadataProcessor made no .pe (exit code {outcome.ExitCode}{(outcome.TimedOut ? ", timed out" : string.Empty)})");
                }
            }

            return build;
        }

        private DeviceAssembly Prepare(ProjectCheckResult project, DeviceBuild build, Dictionary<string, DeviceAssembly> byPath, HashSet<string> failed)
        {
            if (byPath.TryGetValue(project.FullPath, out DeviceAssembly done))
            {
                return done;
            }

            if (failed.Contains(project.FullPath))
            {
                return null;
            }

            var references = new List<DeviceAssembly>();
            foreach (ProjectCheckResult referenced in project.ReferencedProjects)
            {
                DeviceAssembly built = Prepare(referenced, build, byPath, failed);
                if (built == null)
                {
                    failed.Add(project.FullPath);
                    build.Problem($"{project.ProjectPath}: not built, because {referenced.ProjectPath} was not");
                    return null;
                }

                references.Add(built);
            }

            if (project.ErrorCount > 0 || project.Image == null)
            {
                failed.Add(project.FullPath);
                build.Problem($"{project.ProjectPath}: does not compile for nanoFramework ({project.ErrorCount} error(s); `tools/nanopos profile-check --project {project.ProjectPath}` lists them)");
                return null;
            }

            string folder = Path.Combine(_outputRoot, project.Name);
            Directory.CreateDirectory(folder);
            string file = Path.Combine(folder, project.AssemblyName + (project.IsExecutable ? ".exe" : ".dll"));
            File.WriteAllBytes(file, project.Image);
            var assembly = new DeviceAssembly(project, file, Path.Combine(folder, project.AssemblyName + ".pe"), references);
            byPath[project.FullPath] = assembly;
            build.Add(assembly);
            return assembly;
        }

        private static void Hint(List<string> arguments, string name, string file)
        {
            arguments.Add("-loadHints");
            arguments.Add(name);
            arguments.Add(file);
        }
    }
}
