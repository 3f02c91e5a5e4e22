using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Text;
using Spectre.Console;

namespace NanoPos.Cli
{
    /// <summary>
    /// Entry point of the <c>nanopos</c> command: the verbs of <see cref="VerbCatalog"/> parsed with System.CommandLine.
    /// Exit codes: 0 success, 1 the command or its check failed, 2 a usage error (the message names the option and value).
    /// </summary>
    public static class Program
    {
        /// <summary>The exit code of a usage error: an unknown command or option, a missing or bad value.</summary>
        public const int UsageError = 2;

        /// <summary>Runs a verb on the console and returns its exit code.</summary>
        /// <param name="args">The command line after <c>nanopos</c>.</param>
        /// <returns>0 success, 1 the check or command failed, 2 usage error.</returns>
        public static int Main(string[] args)
        {
            Console.OutputEncoding = Encoding.UTF8;
            LiveProgressDisplay live = LiveProgressDisplay.IsInteractive(Environment.GetEnvironmentVariable)
                ? new LiveProgressDisplay(AnsiConsole.Console, Console.Out)
                : null;
            var context = new CliContext(live != null ? live.Writer : Console.Out, Console.Error) { Input = Console.In, Live = live };
            try
            {
                return Run(args, context);
            }
            finally
            {
                context.Output.Flush();
            }
        }

        /// <summary>Runs a verb writing plain text to the given streams; used by tests.</summary>
        /// <param name="args">The command line after <c>nanopos</c>.</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            return Run(args, new CliContext(output, error));
        }

        /// <summary>Runs a verb in a context (streams, environment, stop token, progress display).</summary>
        /// <param name="args">The command line after <c>nanopos</c>.</param>
        /// <param name="context">What the verb runs with.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, CliContext context)
        {
            Command root = Build(context);

            // No response files: a receipt's text or a file name may start with '@'.
            ParseResult parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parsed.Action is ParseErrorAction)
            {
                return ReportUsageError(parsed, context.Error);
            }

            return parsed.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error, ProcessTerminationTimeout = null });
        }

        /// <summary>Builds the <c>nanopos</c> command with every verb of <see cref="VerbCatalog"/>.</summary>
        /// <param name="context">What the verbs run with.</param>
        /// <returns>The root command.</returns>
        public static Command Build(CliContext context)
        {
            var root = new Command("nanopos", "The nanoPos host tools: checks, device runs, simulators and decoders.");
            root.Add(new HelpOption { Recursive = true, Action = new OverviewHelpAction() });
            foreach (Func<CliContext, VerbCommand> create in VerbCatalog.Verbs)
            {
                root.Add(create(context));
            }

            // `nanopos` alone shows the demonstration, as it always has.
            root.SetAction(_ => DemoCommand.Show(context.Output));
            return root;
        }

        /// <summary>Builds the arguments of <see cref="Run(string[], CliContext)"/> for one verb: the verb, then its own arguments.</summary>
        /// <param name="verb">The verb (or "health decode" for a verb of a verb).</param>
        /// <param name="args">Its arguments.</param>
        /// <returns>The whole command line.</returns>
        internal static string[] Verb(string verb, string[] args)
        {
            return verb.Split(' ').Concat(args ?? Array.Empty<string>()).ToArray();
        }

        private static int ReportUsageError(ParseResult parsed, TextWriter error)
        {
            string path = CommandPath(parsed.CommandResult);
            string prefix = path.Length == 0 ? "nanopos" : "nanopos " + path;
            var messages = new List<string>();
            // A verb of verbs (health, receipt) named alone: say which verbs it has, instead of the parser's words.
            Command command = parsed.CommandResult.Command;
            bool needsVerb = command.Action == null && command.Subcommands.Count > 0;
            foreach (string token in parsed.UnmatchedTokens)
            {
                bool verbExpected = path.Length == 0 || needsVerb;
                messages.Add(token.StartsWith('-') ? "unknown option '" + token + "'" : verbExpected ? "unknown command '" + token + "'" : "unexpected argument '" + token + "'");
            }

            if (needsVerb)
            {
                messages.Add("which command? " + string.Join(", ", command.Subcommands.Select(c => c.Name)));
            }

            foreach (ParseError e in parsed.Errors)
            {
                // The parser's own "unrecognized" message for a token is said better above, and so is a missing verb.
                bool saidAbove = parsed.UnmatchedTokens.Any(t => e.Message.Contains("'" + t + "'", StringComparison.Ordinal))
                    || (needsVerb && e.SymbolResult == parsed.CommandResult);
                if (saidAbove)
                {
                    continue;
                }

                // An option given without its value: say so in the words of the rest of the tool, naming the option.
                if (e.SymbolResult is OptionResult named && !named.Implicit && named.Tokens.Count == 0 && named.Option.Arity.MinimumNumberOfValues > 0)
                {
                    messages.Add(named.IdentifierToken?.Value + " needs a value");
                }
                else
                {
                    messages.Add(e.Message.TrimEnd('.'));
                }
            }

            foreach (string message in messages.Distinct())
            {
                error.WriteLine(prefix + ": " + message + ".");
            }

            if (parsed.CommandResult.Command is VerbCommand verb)
            {
                error.WriteLine("usage: " + prefix + " " + verb.Synopsis);
            }

            error.WriteLine("See '" + prefix + " --help'" + (path.Length == 0 ? " for the commands." : " for every option."));
            return UsageError;
        }

        private static string CommandPath(CommandResult result)
        {
            var names = new List<string>();
            for (SymbolResult r = result; r is CommandResult c && c.Parent != null; r = r.Parent)
            {
                names.Insert(0, c.Command.Name);
            }

            return string.Join(" ", names);
        }
    }
}
