using System;
using System.Linq;
using NanoPos.Ui;
using NanoPos.Ui.Messages;

namespace NanoPos.Emulation
{
    /// <summary>The expect-* commands of a terminal script: screen, text, catalog message, host ledger, pending reversals.</summary>
    internal static class ScriptExpectations
    {
        internal static void Check(SimulatedTerminal terminal, ScriptCommand c)
        {
            string[] rows = terminal.ScreenText;
            string shown = string.Join(" | ", rows);
            switch (c.Verb)
            {
                case "expect-screen":
                    string want = c.Arg(0);
                    string got = UiScreens.Name(terminal.Screen);
                    if (!string.Equals(want, got, StringComparison.OrdinalIgnoreCase))
                    {
                        throw new ScriptException(c.Line, "expected the screen " + want + ", shown: " + got + " [" + shown + "]");
                    }

                    break;
                case "expect-text":
                    if (!Contains(rows, c.Arg(0)))
                    {
                        throw new ScriptException(c.Line, "expected the text \"" + c.Arg(0) + "\" on screen, shown: [" + shown + "]");
                    }

                    break;
                case "expect-message":
                    if (!Enum.TryParse(c.Arg(0), true, out MessageId id))
                    {
                        throw new ScriptException(c.Line, "unknown message id '" + c.Arg(0) + "' (firmware/NanoPos.Ui/Messages/MessageId.cs)");
                    }

                    string text = MessageCatalog.Get(id, terminal.Controls.Language);
                    foreach (string part in text.Split(MessageCatalog.Placeholder))
                    {
                        if (part.Trim().Length > 0 && !Contains(rows, part.Trim()))
                        {
                            throw new ScriptException(c.Line, "expected the message " + id + " (\"" + text + "\") on screen, shown: [" + shown + "]");
                        }
                    }

                    break;
                case "expect-ledger":
                    string kind = c.Args.Count > 1 ? c.Args[1] : null;
                    LedgerRow last = terminal.Views.HostLedger().LastOrDefault(r => kind == null
                        ? r.Kind != "reversal" && r.Kind != "balance" : string.Equals(r.Kind, kind, StringComparison.OrdinalIgnoreCase));
                    if (last == null || !string.Equals(last.State, c.Arg(0), StringComparison.OrdinalIgnoreCase))
                    {
                        throw new ScriptException(c.Line, "expected the host's last " + (kind ?? "financial") + " entry to be " + c.Arg(0) + ", it is " + (last == null ? "missing" : last.Key + " " + last.Kind + " " + last.State));
                    }

                    break;
                default:
                    long expected = c.Number(0);
                    long pending = terminal.Views.PendingReversalCount;
                    if (pending != expected)
                    {
                        throw new ScriptException(c.Line, "expected " + expected + " pending reversal(s), the terminal has " + pending);
                    }

                    break;
            }
        }

        private static bool Contains(string[] rows, string text)
        {
            // Wrapped text is split over rows (Chinese without spaces): compare without spaces, rows joined.
            string joined = string.Concat(rows).Replace(" ", string.Empty, StringComparison.Ordinal);
            return rows.Any(r => r.Contains(text, StringComparison.Ordinal)) || joined.Contains(text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }
}
