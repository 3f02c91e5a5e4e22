using System;
using System.Globalization;
using System.Linq;
using NanoPos.Ui;

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
                    string want = Arg(c, 0);
                    string got = UiScreens.Name(terminal.Screen);
                    if (!string.Equals(want, got, StringComparison.OrdinalIgnoreCase))
                    {
                        throw new ScriptException(c.Line, "expected the screen " + want + ", shown: " + got + " [" + shown + "]");
                    }

                    break;
                case "expect-text":
                    if (!Contains(rows, Arg(c, 0)))
                    {
                        throw new ScriptException(c.Line, "expected the text \"" + Arg(c, 0) + "\" on screen, shown: [" + shown + "]");
                    }

                    break;
                case "expect-message":
                    if (!Enum.TryParse(Arg(c, 0), true, out MessageId id))
                    {
                        throw new ScriptException(c.Line, "unknown message id '" + Arg(c, 0) + "' (firmware/NanoPos.Ui/MessageId.cs)");
                    }

                    string text = MessageCatalog.Get(id, terminal.Language);
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
                    LedgerRow last = terminal.HostLedger().LastOrDefault(r => kind == null
                        ? r.Kind != "reversal" && r.Kind != "balance" : string.Equals(r.Kind, kind, StringComparison.OrdinalIgnoreCase));
                    if (last == null || !string.Equals(last.State, Arg(c, 0), StringComparison.OrdinalIgnoreCase))
                    {
                        throw new ScriptException(c.Line, "expected the host's last " + (kind ?? "financial") + " entry to be " + Arg(c, 0) + ", it is " + (last == null ? "missing" : last.Key + " " + last.Kind + " " + last.State));
                    }

                    break;
                default:
                    long pending = terminal.PendingReversalCount;
                    if (pending != Number(c, 0))
                    {
                        throw new ScriptException(c.Line, "expected " + Number(c, 0) + " pending reversal(s), the terminal has " + pending);
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

        private static string Arg(ScriptCommand c, int index)
        {
            if (index >= c.Args.Count)
            {
                throw new ScriptException(c.Line, c.Verb + " needs an argument");
            }

            return c.Args[index];
        }

        private static long Number(ScriptCommand c, int index)
        {
            if (!long.TryParse(Arg(c, index), NumberStyles.None, CultureInfo.InvariantCulture, out long value))
            {
                throw new ScriptException(c.Line, c.Verb + ": '" + Arg(c, index) + "' is not a whole number");
            }

            return value;
        }
    }
}
