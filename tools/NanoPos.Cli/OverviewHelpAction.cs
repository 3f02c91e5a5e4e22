using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace NanoPos.Cli
{
    /// <summary>
    /// What <c>--help</c> does: on <c>nanopos</c> itself the overview of every verb (<see cref="HelpCommand.WriteOverview"/>),
    /// on a verb System.CommandLine's help for it (description, usage, every option with its default).
    /// </summary>
    internal sealed class OverviewHelpAction : SynchronousCommandLineAction
    {
        private readonly HelpAction _verbHelp = new HelpAction { MaxWidth = 120 };

        /// <summary>Gets whether parse errors are ignored when help is asked for (they are: help is what was asked for).</summary>
        public override bool ClearsParseErrors => true;

        /// <summary>Writes the help to the invocation's output.</summary>
        /// <param name="parseResult">The parsed command line.</param>
        /// <returns>0.</returns>
        public override int Invoke(ParseResult parseResult)
        {
            if (parseResult.CommandResult.Command == parseResult.RootCommandResult.Command)
            {
                HelpCommand.WriteOverview(parseResult.RootCommandResult.Command, parseResult.InvocationConfiguration.Output);
                return 0;
            }

            return _verbHelp.Invoke(parseResult);
        }
    }
}
