using System.Text;

namespace NanoPos.Emulator
{
    /// <summary>
    /// The emulator's last line of defence for card numbers: every string that leaves the server through the
    /// side panel or the screen text passes through <see cref="Scrub(string)"/>, which masks any run of 13 or more
    /// digits (a PAN is 13 to 19) as first 6 + stars + last 4, the way the host ledger stores cards.
    /// Shorter runs (STAN 6, auth code 6, RRN 12, amounts) pass unchanged.
    /// </summary>
    public static class PanMask
    {
        /// <summary>The shortest digit run treated as a card number.</summary>
        public const int MinPanDigits = 13;

        /// <summary>Returns <paramref name="text"/> with every run of 13+ digits masked; null stays null.</summary>
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

                int start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                int length = i - start;
                if (length >= MinPanDigits)
                {
                    sb ??= new StringBuilder(text.Length).Append(text, 0, start);
                    sb.Append(text, start, 6).Append('*', length - 10).Append(text, i - 4, 4);
                }
                else
                {
                    sb?.Append(text, start, length);
                }
            }

            return sb == null ? text : sb.ToString();
        }

        /// <summary>Scrubs every cell of every table of a panel, in place, and returns it.</summary>
        public static EmulatorPanel Scrub(EmulatorPanel panel)
        {
            foreach (PanelTable table in new[] { panel.HostLedger, panel.Journal, panel.Batch, panel.PendingReversals })
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
