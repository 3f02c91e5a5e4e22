using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NanoPos.ProfileCheck;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>The reference assemblies generated from the profile: complete, and no bigger than the profile.</summary>
    public class ReferenceStubTests
    {
        [Fact]
        public void EveryProfiledAssemblyBuildsIntoAReferenceAssembly()
        {
            var builder = new ReferenceAssemblies(RepoPaths.Profile);
            var names = RepoPaths.Profile.Packages.Values.SelectMany(p => p.Assemblies).Where(a => a.HasApi).Select(a => a.Name).ToList();

            Assert.Equal(20, names.Count);
            Assert.All(names, n => Assert.NotNull(builder.Get(n)));
        }

        [Theory]
        [InlineData("string s = string.Format(\"{0:D4}\", 7) + 12.ToString(\"X2\");")]
        [InlineData("var span = new System.SpanByte(new byte[4], 1, 2).Slice(1); int n = span.Length;")]
        [InlineData("var table = new System.Collections.Hashtable(); table[\"k\"] = 1; var q = new System.Collections.Queue(); q.Enqueue(table);")]
        [InlineData("long t = System.Environment.TickCount64; uint free = nanoFramework.Runtime.Native.GC.Run(false);")]
        [InlineData("char c = \"abc\"[1]; foreach (char x in \"ab\") { c = x; }")]
        public void CodeUsingTheProfiledSurfaceCompiles(string statements)
        {
            Assert.Empty(Errors(statements));
        }

        [Theory]
        [InlineData("string s = string.Join(\",\", new string[0]);", "CS0117")]
        [InlineData("string s = \"a\".Replace(\"a\", \"b\");", "CS1061")]
        [InlineData("var w = System.Diagnostics.Stopwatch.StartNew();", "CS0234")]
        [InlineData("bool b = string.IsNullOrWhiteSpace(\"\");", "CS0117")]
        public void CodeUsingWhatTheDeviceLacksFails(string statements, string code)
        {
            Assert.Contains(code, Errors(statements).Select(d => d.Id));
        }

        private static Diagnostic[] Errors(string statements)
        {
            var builder = new ReferenceAssemblies(RepoPaths.Profile);
            var references = new[] { "mscorlib", "nanoFramework.System.Collections", "nanoFramework.Runtime.Native" }.Select(builder.Get);
            string source = "namespace T { public static class C { public static void M() { " + statements + " } } }";
            var compilation = CSharpCompilation.Create(
                "T",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        }
    }
}
