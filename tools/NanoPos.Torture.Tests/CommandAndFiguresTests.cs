using System.IO;
using NanoPos.Cli;
using Xunit;

namespace NanoPos.Torture.Tests
{
    public class CommandAndFiguresTests
    {
        [Fact]
        public void QuickRunOfOneFlowPrintsZeroViolationsAndExitsZero()
        {
            var output = new StringWriter();
            var error = new StringWriter();

            int code = Program.Run(new[] { "torture", "--quick", "--flow", "void", "--no-figures" }, output, error);

            Assert.Equal(0, code);
            Assert.Contains("0 violations", output.ToString());
            Assert.Contains("void ", output.ToString());
            Assert.Equal(string.Empty, error.ToString());
        }

        [Fact]
        public void BadUsageExitsTwo()
        {
            Assert.Equal(2, TortureCommand.Run(new[] { "--flow", "no-such-flow" }, new StringWriter(), new StringWriter()));
            Assert.Equal(2, TortureCommand.Run(new[] { "--seed", "x" }, new StringWriter(), new StringWriter()));
            Assert.Equal(2, TortureCommand.Run(new[] { "--bogus" }, new StringWriter(), new StringWriter()));
        }

        [Fact]
        public void ListNamesEveryFlow()
        {
            var output = new StringWriter();

            Assert.Equal(0, TortureCommand.Run(new[] { "--list" }, output, new StringWriter()));

            foreach (string name in Flows.Names)
            {
                Assert.Contains(name, output.ToString());
            }
        }

        [Fact]
        public void SteadyStateSaleCostsTwoWritesAndOneRoundTrip()
        {
            SteadyStateFigures figures = SteadyState.Measure(1, 50);

            Assert.InRange(figures.WritesPerSale, 2.0, 2.05);
            Assert.Equal(1.0, figures.RoundTripsPerSale);
            // The first sale of a batch carries no copy of a previous batch entry, so the average is a little below one
            // steady sale's records; a STAN block's checkpoint (both copies) comes on top once per 100 sales.
            Assert.InRange(figures.BytesPerSale, 0.97 * (figures.IntentBytes + figures.OutcomeBytes), figures.IntentBytes + figures.OutcomeBytes + (2 * figures.CheckpointBytes));
            Assert.True(figures.TerminalBytesAllocatedPerSale > 0);
        }
    }
}
