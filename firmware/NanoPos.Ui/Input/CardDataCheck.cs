using NanoPos.Transactions;

namespace NanoPos.Ui.Input
{
    /// <summary>
    /// Tells whether card data from any <see cref="ICardReader"/> can go into a request: the keyed reader checks all this
    /// itself, a hardware reader may hand over anything it read.
    /// </summary>
    internal static class CardDataCheck
    {
        /// <summary>
        /// Tells whether card data can go into a request: a PAN of 13 to 19 digits that passes the Luhn check (what the
        /// PIN block and field 2 need; a failed check is a misread), an expiry YYMM with a month 01 to 12 (field 14), and
        /// an entry mode of 3 digits (field 22).
        /// </summary>
        /// <param name="card">The card data, or null.</param>
        /// <returns>True when a request and a PIN block can be built from it.</returns>
        internal static bool IsUsable(CardData card)
        {
            if (card == null || card.Pan == null || card.Pan.Length < 13 || card.Pan.Length > 19 || !Luhn.IsValid(card.Pan))
            {
                return false;
            }

            string expiry = card.Expiry;
            if (!AllDigits(expiry, 4) || !AllDigits(card.EntryMode, 3))
            {
                return false;
            }

            int month = ((expiry[2] - '0') * 10) + (expiry[3] - '0');
            return month >= 1 && month <= 12;
        }

        private static bool AllDigits(string text, int length)
        {
            if (text == null || text.Length != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
