using System;
using System.Collections.Generic;
using System.IO;
using NanoPos.ProfileCheck;

namespace NanoPos.DeviceToolchain
{
    /// <summary>
    /// Everything the device commands share for one repository: the API profile, the real binaries, the toolchain,
    /// the checker that compiles device projects, and the folder their outputs go to (artifacts/device).
    /// </summary>
    public sealed class DeviceWorkspace
    {
        private DeviceWorkspace(string root, string solution, ApiProfile profile, DeviceLibraries libraries)
        {
            Root = root;
            Solution = solution;
            Profile = profile;
            Libraries = libraries;
            Checker = new ProfileChecker(profile, Path.GetDirectoryName(solution), libraries);
        }

        /// <summary>Gets the repository folder.</summary>
        public string Root { get; }

        /// <summary>Gets the solution that lists the device projects (nanoPos.sln unless another was given).</summary>
        public string Solution { get; }

        /// <summary>Gets the folder device outputs go to: one folder per project, beside the host build's outputs.</summary>
        public string OutputRoot => Path.Combine(Root, "artifacts", "device");

        /// <summary>Gets the API profile.</summary>
        public ApiProfile Profile { get; }

        /// <summary>Gets the real binaries of this machine.</summary>
        public DeviceLibraries Libraries { get; }

        /// <summary>Gets the toolchain (check <see cref="NanoFrameworkToolchain.Missing"/> before running anything).</summary>
        public NanoFrameworkToolchain Toolchain => Libraries.Toolchain;

        /// <summary>Gets the checker and compiler of device projects.</summary>
        public ProfileChecker Checker { get; }

        /// <summary>Opens the workspace of the repository that holds a folder, with nanoPos.sln and the toolchain of this machine.</summary>
        /// <param name="anyFolder">A folder inside the repository (usually the current one).</param>
        /// <returns>The workspace.</returns>
        /// <exception cref="InvalidOperationException">No repository is found, or the real mscorlib is not restored.</exception>
        public static DeviceWorkspace Open(string anyFolder)
        {
            return Open(anyFolder, null, null);
        }

        /// <summary>Opens a workspace on a given solution and toolchain.</summary>
        /// <param name="anyFolder">A folder inside the repository (usually the current one).</param>
        /// <param name="solution">The solution listing the device projects, or null for the repository's nanoPos.sln.</param>
        /// <param name="toolchain">The toolchain, or null for the one <see cref="NanoFrameworkToolchain.Locate"/> finds.</param>
        /// <returns>The workspace.</returns>
        /// <exception cref="InvalidOperationException">No repository or solution is found, or the real mscorlib is not restored.</exception>
        public static DeviceWorkspace Open(string anyFolder, string solution, NanoFrameworkToolchain toolchain)
        {
            string root = RepositoryFolder.Find(anyFolder);
            if (solution == null && !File.Exists(Path.Combine(root, "nanoPos.sln")))
            {
                // Run from outside the repository: the tool's own build output lies inside it (artifacts/bin/...).
                root = RepositoryFolder.Find(AppContext.BaseDirectory);
            }

            string sln = solution == null ? Path.Combine(root, "nanoPos.sln") : Path.GetFullPath(solution);
            if (!File.Exists(sln))
            {
                throw new InvalidOperationException(solution == null
                    ? "no nanoPos repository (nanoPos.sln beside tools/nanoframework-profile) above " + Path.GetFullPath(anyFolder)
                    : "the solution " + sln + " does not exist");
            }

            ApiProfile profile = ApiProfile.Load(Path.Combine(root, "tools", "nanoframework-profile"));
            return new DeviceWorkspace(root, sln, profile, DeviceLibraries.Discover(profile, toolchain ?? NanoFrameworkToolchain.Locate(root)));
        }

        /// <summary>Compiles every device project of the solution (dependencies once), in solution order.</summary>
        /// <returns>The results.</returns>
        public IReadOnlyList<ProjectCheckResult> CompileAll()
        {
            return Checker.CheckSolution(Solution);
        }

        /// <summary>Compiles the device projects of the solution with the given names (file names without extension).</summary>
        /// <param name="names">The project names; case does not matter.</param>
        /// <param name="unknown">The names no device project of the solution has.</param>
        /// <returns>The results, in the order of the names.</returns>
        public IReadOnlyList<ProjectCheckResult> Compile(IReadOnlyList<string> names, out IReadOnlyList<string> unknown)
        {
            var results = new List<ProjectCheckResult>();
            var missing = new List<string>();
            IReadOnlyList<string> projects = SolutionFile.Projects(Solution, ".nfproj");
            foreach (string name in names)
            {
                string path = null;
                foreach (string p in projects)
                {
                    if (string.Equals(Path.GetFileNameWithoutExtension(p), name, StringComparison.OrdinalIgnoreCase))
                    {
                        path = p;
                    }
                }

                if (path == null)
                {
                    missing.Add(name);
                }
                else
                {
                    results.Add(Checker.CheckProject(path));
                }
            }

            unknown = missing;
            return results;
        }

        /// <summary>Lists the names of the solution's device projects.</summary>
        /// <param name="testsOnly">True for the test projects only.</param>
        /// <returns>The names, in solution order.</returns>
        public IReadOnlyList<string> ProjectNames(bool testsOnly)
        {
            var names = new List<string>();
            foreach (string p in SolutionFile.Projects(Solution, ".nfproj"))
            {
                if (!testsOnly || DeviceProject.Load(p).IsTestProject)
                {
                    names.Add(Path.GetFileNameWithoutExtension(p));
                }
            }

            return names;
        }

        /// <summary>Turns compiled projects (and the projects they reference) into .pe files.</summary>
        /// <param name="projects">The compiled projects.</param>
        /// <returns>The build.</returns>
        public DeviceBuild Build(IEnumerable<ProjectCheckResult> projects)
        {
            return new DeviceBuilder(Checker.References, Toolchain, OutputRoot).Build(projects);
        }
    }
}
