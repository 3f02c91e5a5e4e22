using System.IO;
using NanoPos.Cli;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>The <c>nanopos profile-check</c> command as CI and people run it.</summary>
    public class ProfileCheckCommandTests
    {
        [Fact]
        public void BadFixtureExitsWithOneAndPrintsFileLineMessage()
        {
            var output = new StringWriter();

            int exit = Program.Run(new[] { "profile-check", "--project", RepoPaths.Fixture("ListOfT") }, output, new StringWriter());

            Assert.Equal(1, exit);
            Assert.Contains("ListOfT/Basket.cs:7: System.Collections.Generic.List<T> does not exist in nanoFramework 1.x — use System.Collections.ArrayList", output.ToString());
            Assert.Contains("1 device project(s) checked: 0 ok, 1 failed", output.ToString());
        }

        [Fact]
        public void CleanFixtureExitsWithZero()
        {
            var output = new StringWriter();

            int exit = Program.Run(new[] { "profile-check", "--project", RepoPaths.Fixture("Clean") }, output, new StringWriter());

            Assert.Equal(0, exit);
        }

        [Fact]
        public void UnknownArgumentIsAUsageError()
        {
            var error = new StringWriter();

            Assert.Equal(2, Program.Run(new[] { "profile-check", "--frobnicate" }, new StringWriter(), error));
            Assert.Contains("unknown option '--frobnicate'", error.ToString());
        }
    }
}
