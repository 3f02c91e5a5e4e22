using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace NanoPos.ProfileCheck
{
/// <summary>What compiling one device project produced: its identity, findings, references and emitted image.</summary>
internal sealed class CompiledProject
    {
        public CompiledProject(string path)
        {
            Path = path;
        }

        public string Path { get; }

        public int SourceFiles { get; set; }

        public List<string> Assemblies { get; } = new List<string>();

        public List<Finding> Findings { get; } = new List<Finding>();

        public List<string> ReferencedProjects { get; } = new List<string>();

        public CSharpCompilation Compilation { get; set; }

        public string AssemblyName { get; set; }

        public bool IsExecutable { get; set; }

        public bool IsTestProject { get; set; }

        public byte[] Image { get; set; }
    }
}
