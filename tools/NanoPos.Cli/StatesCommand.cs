using System.CommandLine;
using System.Text;
using NanoPos.Transactions;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos states [--format mermaid|dot]</c>: draws the transaction state machine from the table the
    /// firmware runs (<see cref="TransactionTable"/>), so the drawing in the docs cannot drift from the code.
    /// </summary>
    public static class StatesCommand
    {
        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            Option<string> format = CliOption.Choice("--format", "The drawing's language.", "mermaid", "mermaid", "dot");
            var verb = new VerbCommand("states", "[--format mermaid|dot]", "Draw the transaction state machine from the firmware's table.") { format };
            verb.SetAction(parsed =>
            {
                context.Output.Write(parsed.GetValue(format) == "dot" ? Dot() : Mermaid());
                return 0;
            });
            return verb;
        }

        /// <summary>Returns the table as a Mermaid state diagram.</summary>
        public static string Mermaid()
        {
            var text = new StringBuilder("stateDiagram-v2\n");
            text.Append("    [*] --> Idle\n");
            foreach (TransitionRule rule in TransactionTable.Rules)
            {
                text.Append($"    {TransactionNames.Of(rule.From)} --> {TransactionNames.Of(rule.To)} : {Label(rule)}\n");
            }

            foreach (TransactionState state in System.Enum.GetValues<TransactionState>())
            {
                if (TransactionTable.IsFinal(state))
                {
                    text.Append($"    {TransactionNames.Of(state)} --> [*]\n");
                }
            }

            text.Append("    note right of AwaitingResponse : any unexpected event in Sending or AwaitingResponse → ReversalPending; elsewhere ignored and counted\n");
            return text.ToString();
        }

        /// <summary>Returns the table as a Graphviz digraph.</summary>
        public static string Dot()
        {
            var text = new StringBuilder("digraph transaction {\n    rankdir=TB;\n    node [shape=box, style=rounded];\n");
            foreach (TransactionState state in System.Enum.GetValues<TransactionState>())
            {
                if (TransactionTable.IsFinal(state))
                {
                    text.Append($"    {TransactionNames.Of(state)} [peripheries=2];\n");
                }
            }

            foreach (TransitionRule rule in TransactionTable.Rules)
            {
                text.Append($"    {TransactionNames.Of(rule.From)} -> {TransactionNames.Of(rule.To)} [label=\"{Label(rule)}\"];\n");
            }

            return text.Append("}\n").ToString();
        }

        private static string Label(TransitionRule rule)
        {
            return rule.Action == TransactionAction.None
                ? TransactionNames.Of(rule.Event)
                : TransactionNames.Of(rule.Event) + " / " + TransactionNames.Of(rule.Action);
        }
    }
}
