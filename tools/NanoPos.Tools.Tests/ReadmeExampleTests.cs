using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using NanoPos.Cli;
using NanoPos.DeviceToolchain;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>
    /// The examples of tools/NanoPos.Cli/README.md: one per verb, each line's <c>--help</c> form answers with exit 0, and the
    /// cheap ones run as they are written.
    /// </summary>
    public class ReadmeExampleTests
    {
        // Verbs quick enough to run for real in a test (the others build device projects, serve until stopped or take minutes).
        private static readonly string[] Cheap = { "demo", "states", "decode", "mutate", "health decode", "receipt decode", "help" };

        public static TheoryData<string> Examples()
        {
            var data = new TheoryData<string>();
            foreach (string line in ExampleLines())
            {
                data.Add(line);
            }

            return data;
        }

        [Fact]
        public void EveryVerbHasAnExample()
        {
            Command root = Program.Build(new CliContext(TextWriter.Null, TextWriter.Null));
            var shown = new HashSet<string>(ExampleLines().Select(line => Arguments(line)[0]));

            string[] missing = root.Subcommands.Select(c => c.Name).Where(name => !shown.Contains(name)).ToArray();
            Assert.True(missing.Length == 0, "verbs without an example in the README: " + string.Join(", ", missing));
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void TheExamplesHelpFormAnswers(string line)
        {
            string[] args = Arguments(line);
            string[] verb = VerbOf(args);
            var output = new StringWriter();
            var error = new StringWriter();

            int exit = Program.Run(verb.Append("--help").ToArray(), output, error);

            Assert.True(exit == 0, line + ": " + error);
            Assert.Contains("nanopos " + string.Join(" ", verb), output.ToString());
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void TheCheapExamplesRunAsWritten(string line)
        {
            string[] args = Arguments(line);
            if (!Cheap.Contains(string.Join(" ", VerbOf(args))))
            {
                // Not a cheap verb: its --help form above is what is checked.
                return;
            }

            string folder = Directory.CreateTempSubdirectory("nanopos-readme-example-").FullName;
            try
            {
                // Files the example writes land in a folder of the test's own.
                string[] run = args.Select(a => a.StartsWith("/tmp/", StringComparison.Ordinal) ? Path.Combine(folder, a.Substring(5)) : a).ToArray();
                var output = new StringWriter();
                var error = new StringWriter();

                int exit = Program.Run(run, output, error);

                Assert.True(exit == 0, line + " exited " + exit + ": " + error);
                Assert.NotEmpty(output.ToString());
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        private static IEnumerable<string> ExampleLines()
        {
            string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "tools", "NanoPos.Cli", "README.md"));
            string section = readme.Substring(readme.IndexOf("## Examples", StringComparison.Ordinal));
            string block = section.Substring(section.IndexOf("```sh", StringComparison.Ordinal) + 5);
            block = block.Substring(0, block.IndexOf("```", StringComparison.Ordinal));
            return block.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("tools/nanopos ", StringComparison.Ordinal)).ToList();
        }

        // The arguments after tools/nanopos exactly as a shell passes them (quotes, $(printf ...)): bash prints each one
        // NUL-terminated. Without bash (Windows) the parser's own splitting, which knows quotes but not $(...).
        private static string[] Arguments(string line)
        {
            string rest = line.Substring("tools/nanopos ".Length);
            if (OperatingSystem.IsWindows())
            {
                return CommandLineParser.SplitCommandLine(rest).ToArray();
            }

            ProcessOutcome shell = ExternalProcess.Run("bash", new[] { "-c", "printf '%s\\0' " + rest }, TimeSpan.FromSeconds(30));
            Assert.True(shell.ExitCode == 0, line + ": " + shell.StandardError);
            return shell.StandardOutput.Split('\0', StringSplitOptions.None).SkipLast(1).ToArray();
        }

        // The leading words that name a command ("health decode"), as the parser would walk them.
        private static string[] VerbOf(string[] args)
        {
            Command command = Program.Build(new CliContext(TextWriter.Null, TextWriter.Null));
            var path = new List<string>();
            foreach (string word in args)
            {
                Command next = command.Subcommands.FirstOrDefault(c => c.Name == word);
                if (next == null)
                {
                    break;
                }

                path.Add(word);
                command = next;
            }

            return path.ToArray();
        }
    }
}
