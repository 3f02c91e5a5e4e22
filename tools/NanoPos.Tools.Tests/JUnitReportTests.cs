using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using NanoPos.DeviceToolchain;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>Device results as JUnit XML for QA's CI: failures, skips, suites that cannot run here, interpreter crashes.</summary>
    public class JUnitReportTests
    {
        [Fact]
        public void CountsAndElementsFollowTheResults()
        {
            var ran = new DeviceSuiteResult(
                "NanoPos.Fx.Tests",
                LauncherReport.Parse("Ready.\nTest passed,Fx.A.Ok.0,20000000\nTest failed,Fx.A.Bad.0,Expected:<1>, got 2\nTest skipped,Fx.B.Later.0,needs a board\nDone.\n"),
                null,
                null,
                TimeSpan.FromSeconds(1.5),
                string.Empty);
            var notRun = new DeviceSuiteResult("NanoPos.Hal.Esp32.Tests", null, "needs System.Device.Gpio", null, TimeSpan.Zero, string.Empty);
            var crashed = new DeviceSuiteResult("NanoPos.Crash.Tests", LauncherReport.Parse("Ready.\n"), null, "nanoCLR exited with code 139", TimeSpan.Zero, "Ready.\n");

            XDocument doc = JUnitReport.Build(new[] { ran, notRun, crashed }, "nanoCLR");

            XElement root = doc.Root;
            Assert.Equal("5", (string)root.Attribute("tests"));
            Assert.Equal("1", (string)root.Attribute("failures"));
            Assert.Equal("1", (string)root.Attribute("errors"));
            Assert.Equal("2", (string)root.Attribute("skipped"));
            XElement bad = root.Descendants("testcase").Single(c => (string)c.Attribute("name") == "Bad.0");
            Assert.Equal("Fx.A", (string)bad.Attribute("classname"));
            Assert.Equal("Expected:<1>, got 2", (string)bad.Element("failure").Attribute("message"));
            XElement ok = root.Descendants("testcase").Single(c => (string)c.Attribute("name") == "Ok.0");
            Assert.Equal("2.000", (string)ok.Attribute("time"));
            Assert.Contains("needs System.Device.Gpio", (string)root.Descendants("skipped").Last().Attribute("message"));
            Assert.Equal("nanoCLR exited with code 139", (string)root.Descendants("error").Single().Attribute("message"));
        }

        [Fact]
        public void SavedFileHasNoByteOrderMark()
        {
            string path = Path.Combine(Directory.CreateTempSubdirectory("nanopos-junit").FullName, "r.xml");

            JUnitReport.Save(JUnitReport.Build(Array.Empty<DeviceSuiteResult>(), "nanoCLR"), path);

            Assert.Equal((byte)'<', File.ReadAllBytes(path)[0]);
        }
    }
}
