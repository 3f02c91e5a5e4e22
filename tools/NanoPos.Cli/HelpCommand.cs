using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos help [COMMAND]</c> (also <c>nanopos --help</c>): the overview of every verb with its options in one line,
    /// built from the registered verbs; with a COMMAND, that verb's own <c>--help</c>.
    /// </summary>
    public static class HelpCommand
    {
        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            var verb = new Argument<string>("COMMAND") { Description = "A command to explain in full.", Arity = ArgumentArity.ZeroOrOne };
            var command = new VerbCommand("help", "[COMMAND]", "This overview, or with a COMMAND that command's options in full (the same as 'nanopos COMMAND --help').") { verb };
            command.SetAction(parsed =>
            {
                string name = parsed.GetValue(verb);
                if (name != null)
                {
                    return Program.Run(new[] { name, "--help" }, context);
                }

                WriteOverview(parsed.RootCommandResult.Command, context.Output);
                return 0;
            });
            return command;
        }

        /// <summary>Writes the overview: every verb, its synopsis and the first paragraph of its description.</summary>
        /// <param name="root">The <c>nanopos</c> command.</param>
        /// <param name="w">Where to write.</param>
        public static void WriteOverview(Command root, TextWriter w)
        {
            w.WriteLine("usage: nanopos [command] [options]");
            w.WriteLine();
            foreach (VerbCommand verb in root.Subcommands.OfType<VerbCommand>())
            {
                string head = "  " + (verb.Name == "demo" ? "(no command), demo" : verb.Name) + (verb.Synopsis.Length > 0 ? " " + verb.Synopsis : string.Empty);
                List<string> summary = Wrap(Summary(verb.Description), 90);
                if (head.Length <= 22)
                {
                    w.WriteLine(head.PadRight(23) + summary[0]);
                    summary.RemoveAt(0);
                }
                else
                {
                    foreach (string line in WrapSynopsis(head, 110))
                    {
                        w.WriteLine(line);
                    }
                }

                foreach (string line in summary)
                {
                    w.WriteLine(new string(' ', 23) + line);
                }
            }

            w.WriteLine();
            w.WriteLine("'nanopos COMMAND --help' (or 'nanopos help COMMAND') explains every option of a command.");
            w.WriteLine("Exit codes: 0 success, 1 the command or its check failed, 2 a usage error (a bad option or value).");
        }

        private static string Summary(string description)
        {
            int end = description.IndexOf("\n\n", System.StringComparison.Ordinal);
            return (end < 0 ? description : description.Substring(0, end)).Replace('\n', ' ');
        }

        // Breaks a long synopsis only between top-level groups, so "[--tls [--tls-name NAME]]" stays whole.
        private static IEnumerable<string> WrapSynopsis(string head, int width)
        {
            int depth = 0;
            int lineStart = 0;
            int lastBreak = -1;
            var lines = new List<string>();
            for (int i = 0; i < head.Length; i++)
            {
                char c = head[i];
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
                if (c == ' ' && depth == 0)
                {
                    lastBreak = i;
                }

                if (i - lineStart >= width && lastBreak > lineStart)
                {
                    lines.Add(head.Substring(lineStart, lastBreak - lineStart));
                    head = head.Substring(0, lastBreak + 1) + new string(' ', 10) + head.Substring(lastBreak + 1);
                    lineStart = lastBreak + 1;
                    i = lineStart + 10;
                }
            }

            lines.Add(head.Substring(lineStart));
            return lines;
        }

        private static List<string> Wrap(string text, int width)
        {
            var lines = new List<string>();
            string line = string.Empty;
            foreach (string word in text.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line);
                    line = string.Empty;
                }

                line = line.Length == 0 ? word : line + " " + word;
            }

            lines.Add(line);
            return lines;
        }
    }
}
