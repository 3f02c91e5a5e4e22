using System;
using System.Collections.Generic;
using System.IO;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// The checks on a device project's files that the compiler cannot make: every source file is
    /// listed, every listed file exists, References agree with packages.config, and every package is
    /// a profiled stable 1.x package with its dependencies pinned too.
    /// </summary>
    public sealed class ProjectLayoutRules
    {
        private readonly ApiProfile _profile;
        private readonly string _solutionFolder;

        /// <summary>Creates the rules for projects of one solution folder (where packages/ lives).</summary>
        public ProjectLayoutRules(ApiProfile profile, string solutionFolder)
        {
            _profile = profile;
            _solutionFolder = solutionFolder;
        }

        /// <summary>PC001/PC002/PC003: every .cs file in the project folder is a Compile item, and every Compile item exists.</summary>
        public void CheckSourceFiles(DeviceProject project, List<Finding> findings)
        {
            var listed = new HashSet<string>(StringComparer.Ordinal);
            string projectPath = Relative(project.FullPath);
            foreach (ProjectItem item in project.CompileItems)
            {
                if (item.Include.IndexOfAny(new[] { '*', '?' }) >= 0)
                {
                    findings.Add(new Finding(projectPath, item.Line, "PC003", $"Compile item '{item.Include}' uses a wildcard; the nanoFramework project system expects every file listed explicitly"));
                    continue;
                }

                string full = project.Resolve(item.Include);
                listed.Add(full);
                if (!File.Exists(full))
                {
                    findings.Add(new Finding(projectPath, item.Line, "PC002", $"Compile item '{item.Include}' does not exist"));
                }
            }

            foreach (string file in SourceFilesUnder(project.Directory))
            {
                if (!listed.Contains(file))
                {
                    findings.Add(new Finding(Relative(file), 0, "PC001", $"not listed in {Path.GetFileName(project.FullPath)}: the device build would leave this file out while the host build compiles it"));
                }
            }
        }

        /// <summary>
        /// PC004–PC009: packages.config names only profiled packages at their profiled versions, their
        /// dependencies are pinned too, and every Reference's HintPath points into packages/ at the pinned version.
        /// </summary>
        public void CheckPackages(DeviceProject project, PackagesConfig config, List<Finding> findings, List<string> referencedAssemblies)
        {
            string configPath = Relative(config.Path);
            string projectPath = Relative(project.FullPath);
            if (!File.Exists(config.Path))
            {
                findings.Add(new Finding(projectPath, 0, "PC004", "packages.config is missing next to the project"));
                return;
            }

            foreach (PackagesConfigEntry entry in config.Entries)
            {
                if (!_profile.Packages.TryGetValue(entry.Id, out ProfilePackage package))
                {
                    findings.Add(new Finding(configPath, entry.Line, "PC004", $"package {entry.Id} {entry.Version} is unknown to the nanoFramework 1.x profile (tools/nanoframework-profile); use a profiled package or add its API to the profile"));
                    continue;
                }

                if (package.Version == null)
                {
                    findings.Add(new Finding(configPath, entry.Line, "PC005", $"package {entry.Id} {entry.Version}: {package.Note}", isError: false));
                }
                else if (entry.Version != package.Version)
                {
                    findings.Add(new Finding(configPath, entry.Line, "PC005", $"package {entry.Id} is pinned at {entry.Version}, but the stable 1.x version the profile describes is {package.Version}"));
                }

                foreach (ProfilePackageAssembly assembly in package.Assemblies)
                {
                    foreach (string dependency in _profile.ReferencesOf(assembly.Name))
                    {
                        ProfilePackage needed = _profile.PackageOfAssembly(dependency);
                        if (needed != null && config.Find(needed.Id) == null)
                        {
                            findings.Add(new Finding(configPath, entry.Line, "PC006", $"package {entry.Id} needs {needed.Id} (assembly {dependency}), which packages.config does not pin"));
                        }
                    }
                }
            }

            foreach (ProjectItem reference in project.References)
            {
                CheckReference(project, projectPath, config, reference, findings, referencedAssemblies);
            }
        }

        private void CheckReference(DeviceProject project, string projectPath, PackagesConfig config, ProjectItem reference, List<Finding> findings, List<string> referencedAssemblies)
        {
            string assemblyName = reference.Include.Split(',')[0].Trim();
            if (reference.Detail == null)
            {
                findings.Add(new Finding(projectPath, reference.Line, "PC007", $"Reference '{assemblyName}' has no HintPath into packages/"));
                return;
            }

            // packages\<id>.<version>\lib\<file>, relative to the solution folder.
            string hint = project.Resolve(reference.Detail);
            string packagesRoot = Path.Combine(_solutionFolder, "packages") + Path.DirectorySeparatorChar;
            if (!hint.StartsWith(packagesRoot, StringComparison.Ordinal))
            {
                findings.Add(new Finding(projectPath, reference.Line, "PC007", $"HintPath '{reference.Detail}' of '{assemblyName}' does not point into the solution's packages/ folder"));
                return;
            }

            string[] parts = hint.Substring(packagesRoot.Length).Split(Path.DirectorySeparatorChar);
            string folder = parts[0];
            string file = parts[parts.Length - 1];
            PackagesConfigEntry entry = null;
            foreach (PackagesConfigEntry e in config.Entries)
            {
                if (string.Equals(folder, e.Id + "." + e.Version, StringComparison.OrdinalIgnoreCase))
                {
                    entry = e;
                }
            }

            if (entry == null)
            {
                findings.Add(new Finding(projectPath, reference.Line, "PC008", $"HintPath of '{assemblyName}' points at packages\\{folder}, which disagrees with packages.config ({Pinned(config, folder)})"));

                // Still compile against the assembly it names, so this one mistake does not cascade into every file.
                if (_profile.TryGetAssembly(assemblyName, out _))
                {
                    referencedAssemblies.Add(assemblyName);
                }

                return;
            }

            if (!_profile.Packages.TryGetValue(entry.Id, out ProfilePackage package))
            {
                return; // Already reported as an unknown package.
            }

            ProfilePackageAssembly assembly = null;
            foreach (ProfilePackageAssembly a in package.Assemblies)
            {
                if (string.Equals(a.File, file, StringComparison.OrdinalIgnoreCase))
                {
                    assembly = a;
                }
            }

            if (assembly == null || assembly.Name != assemblyName)
            {
                findings.Add(new Finding(projectPath, reference.Line, "PC009", $"Reference '{assemblyName}' with HintPath file '{file}' is not an assembly of package {entry.Id}"));
                return;
            }

            if (assembly.HasApi)
            {
                referencedAssemblies.Add(assembly.Name);
            }
        }

        private static string Pinned(PackagesConfig config, string folder)
        {
            foreach (PackagesConfigEntry e in config.Entries)
            {
                if (folder.StartsWith(e.Id + ".", StringComparison.OrdinalIgnoreCase))
                {
                    return "it pins " + e.Id + " " + e.Version;
                }
            }

            return "it does not pin that package";
        }

        /// <summary>Lists the .cs files of a project folder, skipping bin/, obj/ and nested project folders.</summary>
        public static IEnumerable<string> SourceFilesUnder(string directory)
        {
            foreach (string file in Directory.GetFiles(directory, "*.cs"))
            {
                yield return Path.GetFullPath(file);
            }

            foreach (string sub in Directory.GetDirectories(directory))
            {
                string name = Path.GetFileName(sub);
                if (name == "bin" || name == "obj" || name.StartsWith(".", StringComparison.Ordinal) || Directory.GetFiles(sub, "*.nfproj").Length > 0)
                {
                    continue;
                }

                foreach (string file in SourceFilesUnder(sub))
                {
                    yield return file;
                }
            }
        }

        /// <summary>Makes a path relative to the solution folder with forward slashes, for messages.</summary>
        public string Relative(string path)
        {
            return Path.GetRelativePath(_solutionFolder, path).Replace('\\', '/');
        }
    }
}
