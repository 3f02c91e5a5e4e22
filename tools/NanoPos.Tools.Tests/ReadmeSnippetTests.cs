using System.IO;
using System.Linq;
using NanoPos.ProfileCheck;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>Project READMEs carry usage snippets; the check compiles them so they cannot rot.</summary>
    public class ReadmeSnippetTests
    {
        [Fact]
        public void BrokenReadmeSnippetIsReportedAtItsReadmeLine()
        {
            string folder = Directory.CreateTempSubdirectory("nanopos-readme").FullName;
            File.Copy(Path.Combine(RepoPaths.Fixtures, "Fixtures.sln"), Path.Combine(folder, "Fixtures.sln"));
            string project = Path.Combine(folder, "Doc");
            Directory.CreateDirectory(project);
            foreach (string f in Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "StringJoin")))
            {
                string name = Path.GetFileName(f) == "StringJoin.nfproj" ? "Doc.nfproj" : Path.GetFileName(f);
                File.Copy(f, Path.Combine(project, name));
            }

            // Make the project itself clean, then document it with one good and one bad snippet.
            File.WriteAllText(Path.Combine(project, "Receipt.cs"), "namespace Fixture { public static class Receipt { public static string First(string[] l) { return l[0]; } } }");
            File.WriteAllLines(Path.Combine(project, "README.md"), new[]
            {
                "# Doc",                                                   // 1
                "```csharp",                                               // 2
                "namespace Use { public static class Ok {",                // 3
                "  public static string A() { return Fixture.Receipt.First(new[] { \"x\" }); } } }", // 4
                "```",                                                     // 5
                "```csharp",                                               // 6
                "namespace Use { public static class Bad {",               // 7
                "  public static string B() { return string.Join(\",\", new string[0]); } } }", // 8
                "```",
            });

            ProjectCheckResult result = new ProfileChecker(RepoPaths.Profile, folder).CheckProject(Path.Combine(project, "Doc.nfproj"));

            Finding finding = Assert.Single(result.Findings);
            Assert.Equal("Doc/README.md", finding.Path);
            Assert.Equal(8, finding.Line);
            Assert.StartsWith("README snippet: string.Join does not exist in nanoFramework 1.x", finding.Message);
        }
    }
}
