using System.CommandLine;
using System.IO;
using System.Linq;
using NanoPos.Cli;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>
    /// The verbs as System.CommandLine parses them: every verb explains itself with --help (exit 0), a usage mistake
    /// exits 2 with a message that names the option and the value, and the command's own failures stay exit 1.
    /// </summary>
    public class CliParsingTests
    {
        private static readonly string[] Verbs =
        {
            "demo", "profile-check", "device-build", "device-test", "device-bench", "decode", "mutate", "states", "host-sim",
            "torture", "glyphs", "run", "emulate", "health", "receipt", "health decode", "receipt decode", "help", "provision", "flash",
        };

        public static TheoryData<string> VerbNames()
        {
            var data = new TheoryData<string>();
            foreach (string verb in Verbs)
            {
                data.Add(verb);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(VerbNames))]
        public void EveryVerbAnswersHelpWithExitZero(string verb)
        {
            var output = new StringWriter();
            var error = new StringWriter();

            int exit = Program.Run(verb.Split(' ').Append("--help").ToArray(), output, error);

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, error.ToString());
            Assert.Contains("nanopos " + verb, output.ToString());

            // Ordinal: xunit's culture-aware search would find the escape character, which it ignores, everywhere.
            Assert.False(output.ToString().Contains('\u001b'), "escape codes in the help");
        }

        [Fact]
        public void TheRegisteredVerbsAreTheDocumentedOnes()
        {
            Command root = Program.Build(new CliContext(TextWriter.Null, TextWriter.Null));

            Assert.Equal(Verbs.Where(v => !v.Contains(' ')).OrderBy(v => v), root.Subcommands.Select(c => c.Name).OrderBy(n => n));
        }

        [Theory]
        [InlineData("mutate --frames 0", "nanopos mutate: --frames must be at least 1, got 0.")]
        [InlineData("mutate --frames many", "nanopos mutate: --frames needs a whole number, got 'many'.")]
        [InlineData("device-test --timeout 0", "nanopos device-test: --timeout must be at least 1, got 0.")]
        [InlineData("host-sim --port 70000", "nanopos host-sim: --port must be from 0 to 65535, got 70000.")]
        [InlineData("states --format svg", "nanopos states: --format must be mermaid or dot, got 'svg'.")]
        [InlineData("emulate --language fr", "nanopos emulate: --language must be en or zh, got 'fr'.")]
        [InlineData("receipt decode --decimals 9 x", "nanopos receipt decode: --decimals must be from 0 to 6, got 9.")]
        [InlineData("torture --bogus", "nanopos torture: unknown option '--bogus'.")]
        [InlineData("frobnicate", "nanopos: unknown command 'frobnicate'.")]
        [InlineData("receipt", "nanopos receipt: which command? decode.")]
        public void UsageMistakesExitTwoNamingTheOptionAndTheValue(string line, string message)
        {
            var error = new StringWriter();
            var output = new StringWriter();

            int exit = Program.Run(line.Split(' '), output, error);

            Assert.Equal(2, exit);
            Assert.Contains(message, error.ToString());
            Assert.Equal(string.Empty, output.ToString());
        }

        [Fact]
        public void AFailureOfTheCommandItselfStaysExitOne()
        {
            var output = new StringWriter();

            // A well-formed command line whose frame is not a valid message: the command ran and said no.
            int exit = Program.Run(new[] { "decode", "0003600003" }, output, new StringWriter());

            Assert.Equal(1, exit);
            Assert.Contains("error", output.ToString());
        }

        [Fact]
        public void HelpWithACommandIsThatCommandsHelp()
        {
            var viaHelp = new StringWriter();
            var viaOption = new StringWriter();

            Assert.Equal(0, Program.Run(new[] { "help", "mutate" }, viaHelp, new StringWriter()));
            Assert.Equal(0, Program.Run(new[] { "mutate", "--help" }, viaOption, new StringWriter()));

            Assert.Equal(viaOption.ToString(), viaHelp.ToString());
            Assert.Contains("--frames <N>", viaHelp.ToString());
            Assert.Contains("[default: 100000]", viaHelp.ToString());
        }
    }
}
