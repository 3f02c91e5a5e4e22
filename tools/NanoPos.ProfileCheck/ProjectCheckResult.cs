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
