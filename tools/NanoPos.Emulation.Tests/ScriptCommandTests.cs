using System.IO;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>The arguments of a script command: one parser for the runner's commands and the expectations alike.</summary>
    public class ScriptCommandTests
    {
        [Fact]
        public void ArgAndNumberReadTheArgumentsAndNameTheLineWhenTheyCannot()
        {
            var c = new ScriptCommand(7, "wait", new[] { "250", "soon", "-5", "+5" }, "wait 250 soon -5 +5");

            Assert.Equal("soon", c.Arg(1));
            Assert.Equal(250, c.Number(0));
            ScriptException missing = Assert.Throws<ScriptException>(() => c.Arg(4));
            Assert.Equal(7, missing.Line);
            Assert.Equal("line 7: wait needs an argument", missing.Message);
            Assert.Equal("line 7: wait: 'soon' is not a whole number", Assert.Throws<ScriptException>(() => c.Number(1)).Message);
            Assert.Equal("line 7: wait: '-5' is not a whole number", Assert.Throws<ScriptException>(() => c.Number(2)).Message);
            Assert.Equal("line 7: wait: '+5' is not a whole number", Assert.Throws<ScriptException>(() => c.Number(3)).Message);
            Assert.Equal("line 7: wait needs an argument", Assert.Throws<ScriptException>(() => c.Number(-1)).Message);
        }

        [Theory]
        [InlineData("boot\nwait soon\n", "line 2: wait: 'soon' is not a whole number")]
        [InlineData("boot\nhost delay 1e3\n", "line 2: host: '1e3' is not a whole number")]
        [InlineData("boot\ncut-power at-write x\n", "line 2: cut-power: 'x' is not a whole number")]
        [InlineData("boot\nexpect-pending\n", "line 2: expect-pending needs an argument")]
        [InlineData("boot\nexpect-pending many\n", "line 2: expect-pending: 'many' is not a whole number")]
        [InlineData("boot\n\nexpect-screen\n", "line 3: expect-screen needs an argument")]
        [InlineData("boot\nexpect-pending 1\n", "line 2: expected 1 pending reversal(s), the terminal has 0")]
        public void RunnerAndExpectationsReportBadArgumentsTheSameWay(string script, string message)
        {
            using var terminal = new SimulatedTerminal();
            var runner = new ScriptRunner(terminal, new ScriptRunOptions { Output = TextWriter.Null });

            ScriptException e = Assert.Throws<ScriptException>(() => runner.Run(TerminalScript.Parse(script, "bad")));

            Assert.Equal(message, e.Message);
        }
    }
}
