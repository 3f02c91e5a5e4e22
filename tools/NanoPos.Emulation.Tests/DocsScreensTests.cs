using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>The screen PNGs the README shows exist (they are named after the order the scripts show them in).</summary>
    public class DocsScreensTests
    {
        [Fact]
        public void EveryScreenTheReadmeShowsExists()
        {
            string readme = File.ReadAllText(Path.Combine(Scripts.Root, "README.md"));

            MatchCollection links = Regex.Matches(readme, @"\((docs/screens/[^)]+\.png)\)");

            Assert.True(links.Count >= 16, "the Screens section shows the main screens");
            foreach (Match link in links)
            {
                Assert.True(File.Exists(Path.Combine(Scripts.Root, link.Groups[1].Value)), link.Groups[1].Value + " is missing: regenerate docs/screens (docs/screens/README.md)");
            }
        }
    }
}
