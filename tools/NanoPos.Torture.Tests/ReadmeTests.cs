using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NanoPos.ProfileCheck;
using Xunit;

namespace NanoPos.Torture.Tests
{
    /// <summary>The README names every flow and every check, and its code compiles against the library.</summary>
    public class ReadmeTests
    {
        private static readonly string Readme = Path.Combine(FindRoot(), "tools", "NanoPos.Torture", "README.md");

        [Fact]
        public void NamesEveryFlow()
        {
            string text = File.ReadAllText(Readme);
            foreach (string flow in Flows.Names)
            {
                Assert.Contains("`" + flow + "`", text);
            }
        }

        [Fact]
        public void NamesEveryCheck()
        {
            string text = File.ReadAllText(Readme);
            foreach (var field in typeof(Checks).GetFields())
            {
                Assert.Contains("`" + (string)field.GetValue(null) + "`", text);
            }
        }

        [Fact]
        public void SnippetsCompile()
        {
            var snippets = ReadmeSnippets.Extract(Readme);
            Assert.NotEmpty(snippets);
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")).Split(Path.PathSeparator)
                .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
                .GroupBy(Path.GetFileName).Select(g => g.First())
                .Select(p => MetadataReference.CreateFromFile(p))
                .ToList();
            foreach ((string code, int line) in snippets)
            {
                var compilation = CSharpCompilation.Create("Snippet", new[] { CSharpSyntaxTree.ParseText(code) }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, "README.md:" + line + ": snippet does not compile:\n" + string.Join("\n", errors));
            }
        }

        private static string FindRoot()
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "nanoPos.sln")))
                {
                    return d.FullName;
                }
            }

            throw new InvalidOperationException("nanoPos.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
