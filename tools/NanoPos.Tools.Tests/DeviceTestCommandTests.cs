using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using NanoPos.Cli;
using NanoPos.ProfileCheck;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>
    /// <c>nanopos device-test</c> on the real nanoCLR: a fixture suite with one of each outcome must come back as exactly
    /// that, and fail the run; a missing toolchain is named, and fails the run under CI.
    /// </summary>
    public class DeviceTestCommandTests
    {
        private static readonly string Solution = Path.Combine(RepoPaths.Fixtures, "Fixtures.sln");

        [Fact]
        public void FixtureSuiteReportsEveryOutcomeAndFailsTheRun()
        {
            if (!ToolchainPresentOrRequired())
            {
                return;
            }

            var output = new StringWriter();
            string junit = Path.Combine(Directory.CreateTempSubdirectory("nanopos-device-test").FullName, "junit.xml");

            int exit = Program.Run(new[] { "device-test", "--solution", Solution, "--project", "DeviceSuite", "--junit", junit }, output, new StringWriter());

            string text = output.ToString();
            Assert.Equal(1, exit);
            Assert.EndsWith("2 passed, 3 failed, 1 skipped", text.TrimEnd());
            Assert.Contains("failed  Fixture.Outcomes.Miscounts.0: Assert.AreEqual failed. Expected:<5>. Actual:<4>. two, plus two", text);
            Assert.Contains("failed  Fixture.Outcomes.Doubles.1:", text);
            Assert.Contains("skipped Fixture.Outcomes.NeedsABoard.0: needs a board", text);
            XElement suite = XDocument.Load(junit).Root.Element("testsuite");
            Assert.Equal("6", (string)suite.Attribute("tests"));
            Assert.Equal("3", (string)suite.Attribute("failures"));
        }

        [Fact]
        public void MissingToolchainIsNamedAndFailsOnlyUnderCi()
        {
            string nowhere = Path.Combine(Path.GetTempPath(), "nanopos-no-toolchain-here");
            var args = new[] { "device-test", "--solution", Solution, "--project", "DeviceSuite", "--toolchain", nowhere };

            var local = new StringWriter();
            int localExit = DeviceTestCommand.Run(args.Skip(1).ToArray(), local, new StringWriter(), name => null);
            var ci = new StringWriter();
            int ciExit = DeviceTestCommand.Run(args.Skip(1).ToArray(), ci, new StringWriter(), name => name == "CI" ? "true" : null);

            Assert.Equal(0, localExit);
            Assert.Contains("NOT RUN", local.ToString());
            Assert.Contains(nowhere, local.ToString());
            Assert.Equal(1, ciExit);
            Assert.Contains("FAIL", ci.ToString());
            Assert.Contains("0 passed, 0 failed, 0 skipped (not run)", ci.ToString());
        }

        [Fact]
        public void UnknownProjectIsAUsageError()
        {
            if (!ToolchainPresentOrRequired())
            {
                return;
            }

            var error = new StringWriter();

            Assert.Equal(2, Program.Run(new[] { "device-test", "--solution", Solution, "--project", "NoSuchSuite" }, new StringWriter(), error));
            Assert.Contains("no device project named NoSuchSuite", error.ToString());
        }

        private static bool ToolchainPresentOrRequired()
        {
            // Without the toolchain these tests cannot run anything; under CI its absence is itself a failure.
            IReadOnlyList<string> missing = NanoFrameworkToolchain.Locate(RepoPaths.Root).Missing();
            if (missing.Count > 0 && System.Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail("CI=true but the nanoFramework toolchain is incomplete: " + string.Join(", ", missing));
            }

            return missing.Count == 0;
        }
    }
}
