using System.IO;
using NanoPos.Cli;
using NanoPos.Transactions;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary><c>nanopos states</c> draws the firmware's own table, and the docs show the current drawing.</summary>
    public class StatesCommandTests
    {
        [Theory]
        [InlineData("mermaid", " --> ", " : ")]
        [InlineData("dot", " -> ", " [label=\"")]
        public void DrawingHasOneEdgePerTableRow(string format, string arrow, string labelMark)
        {
            var output = new StringWriter();

            Assert.Equal(0, Program.Run(new[] { "states", "--format", format }, output, new StringWriter()));

            string text = output.ToString();
            foreach (TransitionRule rule in TransactionTable.Rules)
            {
                string edge = TransactionNames.Of(rule.From) + arrow + TransactionNames.Of(rule.To) + labelMark + TransactionNames.Of(rule.Event);
                Assert.Contains(edge, text);
            }
        }

        [Fact]
        public void EngineDocShowsTheCurrentDrawing()
        {
            string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "transaction-engine.md"));

            Assert.Contains("```mermaid\n" + StatesCommand.Mermaid() + "```", doc.Replace("\r\n", "\n"));
        }

        [Fact]
        public void UnknownFormatIsAUsageError()
        {
            Assert.Equal(2, Program.Run(new[] { "states", "--format", "svg" }, new StringWriter(), new StringWriter()));
        }
    }
}
