using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NanoPos.ProfileCheck;
using Xunit;

namespace NanoPos.Provisioning.Tests
{
    /// <summary>The ```csharp snippets of tools/NanoPos.Provisioning/README.md compile against the host assemblies.</summary>
    public class ReadmeSnippetTests
    {
        [Fact]
        public void SnippetsCompile()
        {
            string readme = Path.Combine(TestPaths.Root, "tools", "NanoPos.Provisioning", "README.md");
            var snippets = ReadmeSnippets.Extract(readme);
            Assert.NotEmpty(snippets);
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")).Split(Path.PathSeparator)
                .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
                .GroupBy(Path.GetFileName).Select(g => g.First())
                .Select(p => MetadataReference.CreateFromFile(p))
                .ToList();
            foreach ((string code, int line) in snippets)
            {
                var compilation = CSharpCompilation.Create("Snippet", new[] { CSharpSyntaxTree.ParseText(code) }, references,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, $"README.md:{line}: snippet does not compile:\n" + string.Join("\n", errors));
            }
        }
    }
}
