using System.IO;
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
        /// <summary>Prints the drawing; returns 0, or 2 on bad usage.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            string format = "mermaid";
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--format" && i + 1 < args.Length)
                {
                    format = args[++i];
                }
                else
                {
                    error.WriteLine($"nanopos states: unexpected argument '{args[i]}' (usage: nanopos states [--format mermaid|dot]).");
                    return 2;
                }
            }

            switch (format)
            {
                case "mermaid":
                    output.Write(Mermaid());
                    return 0;
                case "dot":
                    output.Write(Dot());
                    return 0;
                default:
                    error.WriteLine($"nanopos states: unknown format '{format}' (mermaid or dot).");
                    return 2;
            }
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
