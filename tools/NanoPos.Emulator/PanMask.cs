using System.Text;

namespace NanoPos.Emulator
{
    /// <summary>
    /// The emulator's last line of defence for card numbers: every string the server sends or logs passes through
    /// <see cref="Scrub(string)"/> — the side panel's cells, the error in the state, the log, error answers — except
    /// the display. A card number is 13 or more digits (a PAN is 13 to 19), adjacent or grouped by single spaces as the
    /// card screen writes it ("6228 4800 0000 0015"); its digits are masked as first 6 + stars + last 4, the way the
    /// host ledger stores cards, and the spaces stay. Shorter runs (STAN 6, auth code 6, RRN 12, amounts) pass
    /// unchanged.
    /// </summary>
    /// <remarks>
    /// The display — its pixels and the same rows as <see cref="EmulatorState.Text"/> — is sent as the terminal's own
    /// screen shows it and is not scrubbed: while the cashier keys a card number, the card screen shows it, as on a
    /// real terminal. Every other screen shows cards masked by the firmware itself.
    /// </remarks>
    public static class PanMask
    {
        /// <summary>The shortest digit run treated as a card number.</summary>
        public const int MinPanDigits = 13;

        /// <summary>Returns <paramref name="text"/> with every card number (13+ digits, adjacent or separated by single spaces) masked; null stays null.</summary>
        public static string Scrub(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text;
            }

            StringBuilder sb = null;
            int i = 0;
            while (i < text.Length)
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    sb?.Append(text[i]);
                    i++;
                    continue;
                }

                // A run: digits, each next to the last or one space after it.
                int start = i;
                int digits = 0;
                while (true)
                {
                    digits++;
                    i++;
                    if (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        continue;
                    }

                    if (i + 1 < text.Length && text[i] == ' ' && char.IsAsciiDigit(text[i + 1]))
                    {
                        i++;
                        continue;
                    }

                    break;
                }

                if (digits < MinPanDigits)
                {
                    sb?.Append(text, start, i - start);
                    continue;
                }

                sb ??= new StringBuilder(text.Length).Append(text, 0, start);
                int n = 0;
                for (int k = start; k < i; k++)
                {
                    char c = text[k];
                    if (c == ' ')
                    {
                        sb.Append(c);
                        continue;
                    }

                    sb.Append(n < 6 || n >= digits - 4 ? c : '*');
                    n++;
                }
            }

            return sb == null ? text : sb.ToString();
        }

        /// <summary>Scrubs every cell of every table of a panel, in place, and returns it.</summary>
        public static EmulatorPanel Scrub(EmulatorPanel panel)
        {
            foreach (PanelTable table in new[] { panel.HostLedger, panel.Journal, panel.Batch, panel.PendingReversals, panel.History })
            {
                if (table == null)
                {
                    continue;
                }

                foreach (string[] row in table.Rows)
                {
                    for (int c = 0; c < row.Length; c++)
                    {
                        row[c] = Scrub(row[c]);
                    }
                }
            }

            return panel;
        }
    }
}
