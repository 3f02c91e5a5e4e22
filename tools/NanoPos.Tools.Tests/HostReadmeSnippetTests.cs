using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NanoPos.ProfileCheck;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>
    /// The ```csharp snippets of host-only project READMEs compile against the host assemblies
    /// (device READMEs are compiled by the profile check against the nanoFramework surface instead).
    /// </summary>
    public class HostReadmeSnippetTests
    {
        [Theory]
        [InlineData("hal/NanoPos.Hal.Host/README.md")]
        [InlineData("tools/NanoPos.ProfileCheck/README.md")]
        [InlineData("tools/NanoPos.Cli/README.md")]
        [InlineData("tests/NanoPos.TestBridge/README.md")]
        [InlineData("tools/NanoPos.HostSim/README.md")]
        [InlineData("tools/NanoPos.Emulation/README.md")]
        [InlineData("tools/NanoPos.Emulation.Tests/README.md")]
        [InlineData("tools/NanoPos.Emulator/README.md")]
        [InlineData("tools/NanoPos.DeviceToolchain/README.md")]
        public void SnippetsCompile(string readme)
        {
            var snippets = ReadmeSnippets.Extract(Path.Combine(RepoPaths.Root, readme));
            Assert.NotEmpty(snippets);

            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")).Split(Path.PathSeparator)
                .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
                .GroupBy(Path.GetFileName).Select(g => g.First())
                .Select(p => MetadataReference.CreateFromFile(p))
                .ToList();
            foreach ((string code, int line) in snippets)
            {
                var compilation = CSharpCompilation.Create(
                    "Snippet",
                    new[] { CSharpSyntaxTree.ParseText(code) },
                    references,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, $"{readme}:{line}: snippet does not compile:\n" + string.Join("\n", errors));
            }
        }
    }
}
