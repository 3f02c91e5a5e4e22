using NanoPos.DeviceToolchain;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>What the device launcher prints on nanoCLR becomes test cases, messages with commas and line breaks intact.</summary>
    public class LauncherReportTests
    {
        private const string Output =
            "Loaded: mscorlib.pe\n" +
            "Ready.\n" +
            "Test passed,Fx.Outcomes.Passes.0,40\n" +
            "Test failed,Fx.Outcomes.Fails.0,Assert.AreEqual failed. Expected:<3>. Actual:<2>. one, plus one\n" +
            "Test skipped,Fx.Outcomes.Skips.0,no board, here\n" +
            "Test failed,Fx.Outcomes.Throws.0,bad, state\n" +
            "second line\n" +
            "Test passed,Fx.Outcomes.Rows.1,23\n" +
            "Done.\n" +
            "Exiting.\n";

        [Fact]
        public void EveryRecordBecomesACaseWithItsOutcome()
        {
            LauncherReport report = LauncherReport.Parse(Output);

            Assert.True(report.RanToEnd);
            Assert.Equal(5, report.Cases.Count);
            Assert.Equal(2, report.Count(DeviceTestOutcome.Passed));
            Assert.Equal(2, report.Count(DeviceTestOutcome.Failed));
            Assert.Equal(1, report.Count(DeviceTestOutcome.Skipped));
            Assert.Equal(40, report.Cases[0].Ticks);
            Assert.Equal("Fx.Outcomes", report.Cases[4].ClassName);
            Assert.Equal("Rows.1", report.Cases[4].MethodName);
        }

        [Fact]
        public void MessagesKeepTheirCommasAndLineBreaks()
        {
            LauncherReport report = LauncherReport.Parse(Output);

            Assert.Equal("Assert.AreEqual failed. Expected:<3>. Actual:<2>. one, plus one", report.Cases[1].Message);
            Assert.Equal("no board, here", report.Cases[2].Message);
            Assert.Equal("bad, state\nsecond line", report.Cases[3].Message);
        }

        [Fact]
        public void AnInterpreterThatStopsEarlyHasNotRunToTheEnd()
        {
            LauncherReport report = LauncherReport.Parse("Ready.\nTest passed,Fx.A.B.0,1\n");

            Assert.False(report.RanToEnd);
            Assert.Single(report.Cases);
        }

        [Fact]
        public void BannerLinesAreNotCases()
        {
            LauncherReport report = LauncherReport.Parse("Loading nanoCLR v1.16.0.0\nReady.\nDone.\nExiting.\n");

            Assert.Empty(report.Cases);
            Assert.Contains("Loading nanoCLR v1.16.0.0", report.OtherLines);
        }
    }
}
