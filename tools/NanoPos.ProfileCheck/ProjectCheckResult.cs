using System.Collections.Generic;

namespace NanoPos.ProfileCheck
{
    /// <summary>The outcome of checking one device project.</summary>
    public sealed class ProjectCheckResult
    {
        /// <summary>Creates a result.</summary>
        public ProjectCheckResult(string projectPath, int sourceFiles, IReadOnlyList<string> assemblies, IReadOnlyList<Finding> findings)
        {
            ProjectPath = projectPath;
            SourceFiles = sourceFiles;
            Assemblies = assemblies;
            Findings = findings;
        }

        /// <summary>Gets the project path relative to the solution folder.</summary>
        public string ProjectPath { get; }

        /// <summary>Gets how many Compile items were compiled.</summary>
        public int SourceFiles { get; }

        /// <summary>Gets the profiled assemblies the project was compiled against.</summary>
        public IReadOnlyList<string> Assemblies { get; }

        /// <summary>Gets every finding, errors and warnings.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>Gets the absolute path of the .nfproj.</summary>
        public string FullPath { get; init; }

        /// <summary>Gets the assembly name the project builds (NFUnitTest for test projects).</summary>
        public string AssemblyName { get; init; }

        /// <summary>Gets whether the project builds an executable (OutputType Exe).</summary>
        public bool IsExecutable { get; init; }

        /// <summary>Gets whether the project is a nanoFramework unit test project.</summary>
        public bool IsTestProject { get; init; }

        /// <summary>Gets the emitted assembly (Release, deterministic), or null when it did not compile.</summary>
        public byte[] Image { get; init; }

        /// <summary>Gets the device projects this one references directly, already checked.</summary>
        public IReadOnlyList<ProjectCheckResult> ReferencedProjects { get; init; } = new List<ProjectCheckResult>();

        /// <summary>Gets the project name: the .nfproj file name without extension.</summary>
        public string Name => System.IO.Path.GetFileNameWithoutExtension(ProjectPath);

        /// <summary>Gets the number of findings that fail the check.</summary>
        public int ErrorCount
        {
            get
            {
                int n = 0;
                foreach (Finding f in Findings)
                {
                    n += f.IsError ? 1 : 0;
                }

                return n;
            }
        }
    }
}
