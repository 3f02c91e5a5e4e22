using System.Linq;
using NanoPos.ProfileCheck;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>
    /// Each bad fixture under Fixtures/ is a small device project with one mistake the device build
    /// would hit; the profile check must reject it at the right file and line with a plain message.
    /// </summary>
    public class FixtureTests
    {
        [Theory]
        [InlineData("ListOfT", "ListOfT/Basket.cs:7", "CS0246", "System.Collections.Generic.List<T> does not exist in nanoFramework 1.x — use System.Collections.ArrayList")]
        [InlineData("ListOfT", "ListOfT/Basket.cs:1", "CS0234", "System.Collections.Generic does not exist in nanoFramework 1.x")]
        [InlineData("Linq", "Linq/Totals.cs:1", "CS0234", "LINQ (System.Linq) does not exist in nanoFramework 1.x")]
        [InlineData("Linq", "Linq/Totals.cs:9", "CS1061", "LINQ's Where does not exist in nanoFramework 1.x")]
        [InlineData("StringJoin", "StringJoin/Receipt.cs:7", "CS0117", "string.Join does not exist in nanoFramework 1.x")]
        [InlineData("AsyncAwait", "AsyncAwait/Uplink.cs:7", "CS0246", "async/await and System.Threading.Tasks do not exist in nanoFramework 1.x")]
        [InlineData("NullableInt", "NullableInt/Amount.cs:5", "CS0518", "System.Nullable<T> (int?, T?) does not exist in nanoFramework 1.x")]
        [InlineData("FileScopedNamespace", "FileScopedNamespace/Terminal.cs:1", "CS8773", "'file-scoped namespace' is not available in C# 9.0")]
        [InlineData("GenericDeclaration", "GenericDeclaration/Box.cs:3", "PC010", "generic declaration 'Box<T>' — nanoFramework 1.x has no generics")]
        [InlineData("UnlistedFile", "UnlistedFile/Forgotten.cs", "PC001", "not listed in UnlistedFile.nfproj")]
        [InlineData("WrongPackageVersion", "WrongPackageVersion/packages.config:3", "PC005", "nanoFramework.CoreLibrary is pinned at 1.16.0, but the stable 1.x version the profile describes is 1.17.11")]
        [InlineData("HintPathMismatch", "HintPathMismatch/HintPathMismatch.nfproj:14", "PC008", "disagrees with packages.config (it pins nanoFramework.CoreLibrary 1.17.11)")]
        [InlineData("UnknownPackage", "UnknownPackage/packages.config:4", "PC004", "package nanoFramework.M2Mqtt 5.1.221 is unknown to the nanoFramework 1.x profile")]
        [InlineData("MissingPackage", "MissingPackage/Line.cs:9", "CS0246", "System.Text.StringBuilder is in package nanoFramework.System.Text, which this project does not reference")]
        [InlineData("VolatileField", "VolatileField/Worker.cs:9", "CS0518", "volatile fields need System.Runtime.CompilerServices.IsVolatile")]
        [InlineData("BareStringArray", "BareStringArray/Slots.cs:5", "PC014", "create it with NanoPos.Hal.StringArray.Create(n)")]
        public void BadFixtureIsRejectedWhereTheMistakeIs(string fixture, string where, string code, string message)
        {
            ProjectCheckResult result = Check(fixture);

            Assert.True(result.ErrorCount > 0, fixture + " passed the check");
            Finding finding = result.Findings.FirstOrDefault(f => f.ToString().StartsWith(where + ": ") && f.Code == code);
            Assert.True(finding != null, $"no {code} at {where}; found:\n" + string.Join("\n", result.Findings));
            Assert.Contains(message, finding.Message);
        }

        [Fact]
        public void CleanFixtureUsingCollectionsAndTextPasses()
        {
            ProjectCheckResult result = Check("Clean");

            Assert.Empty(result.Findings);
            Assert.Equal(new[] { "mscorlib", "nanoFramework.System.Collections", "nanoFramework.System.Text" }, result.Assemblies.OrderBy(a => a));
        }

        [Fact]
        public void HintPathMistakeDoesNotCascadeIntoEveryFile()
        {
            // The reference is wrong, but it still names mscorlib: one finding, not "System.Object is not defined" everywhere.
            Assert.Equal(1, Check("HintPathMismatch").ErrorCount);
        }

        private static ProjectCheckResult Check(string fixture)
        {
            return new ProfileChecker(RepoPaths.Profile, RepoPaths.Fixtures).CheckProject(RepoPaths.Fixture(fixture));
        }
    }
}
