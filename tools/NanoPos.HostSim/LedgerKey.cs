using System;

namespace NanoPos.HostSim
{
    /// <summary>
    /// The identity of a request in the ledger: terminal ID (field 41, 8 characters), STAN (field 11, 6 digits) and
    /// local transaction date (field 13, MMDD). A reversal copies fields 11 and 13 of its original, so it has the
    /// original's key; a void or refund has its own key and names its original in field 61.
    /// </summary>
    /// <param name="TerminalId">The terminal ID, field 41 (8 characters).</param>
    /// <param name="Stan">The system trace audit number, field 11 (6 digits).</param>
    /// <param name="Date">The local transaction date, field 13 (4 digits, MMDD).</param>
    public sealed record LedgerKey(string TerminalId, string Stan, string Date)
    {
        /// <summary>Gets the key as text: "TERMINAL/STAN/MMDD", for example "TERM0001/000123/0615".</summary>
        /// <returns>The key as text.</returns>
        public override string ToString()
        {
            return TerminalId + "/" + Stan + "/" + Date;
        }

        /// <summary>Reads a key written by <see cref="ToString"/>.</summary>
        /// <param name="text">"TERMINAL/STAN/MMDD".</param>
        /// <returns>The key.</returns>
        /// <exception cref="FormatException">The text does not have three parts separated by '/'.</exception>
        public static LedgerKey Parse(string text)
        {
            // STAN and date are digits, so split from the right: a terminal ID may itself contain '/'.
            int dateSlash = text == null ? -1 : text.LastIndexOf('/');
            int stanSlash = dateSlash <= 0 ? -1 : text.LastIndexOf('/', dateSlash - 1);
            if (stanSlash < 0)
            {
                throw new FormatException("A ledger key is TERMINAL/STAN/MMDD, not '" + text + "'.");
            }

            return new LedgerKey(text[..stanSlash], text[(stanSlash + 1)..dateSlash], text[(dateSlash + 1)..]);
        }
    }
}
