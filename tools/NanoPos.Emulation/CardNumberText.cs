using System.Text;
using NanoPos.Iso8583;

namespace NanoPos.Emulation
{
    /// <summary>
    /// Masks card numbers in text that leaves the simulation as a log (the output of <c>nanopos run</c>): a run of 13 or
    /// more digits (a PAN has 13 to 19; a longer run may hide one), adjacent or split by single spaces or line breaks (the card screen writes "6228 4800 0000 0015" and
    /// wraps it over two rows), keeps its first 6 and last 4 digits and the rest become '*', by the firmware's own rule
    /// (<see cref="FieldMasker.MaskPan"/>). Separators stay, so a frame keeps its shape. Shorter runs (amounts, STAN,
    /// times, expiry) pass unchanged.
    /// </summary>
    public static class CardNumberText
    {
        /// <summary>The shortest digit run taken for a card number (the shortest PAN).</summary>
        public const int MinDigits = 13;

        /// <summary>Returns the text with every card number masked; null stays null.</summary>
        /// <param name="text">The text (rows of a screen joined by '\n' mask as one).</param>
        /// <returns>The masked text, of the same length.</returns>
        public static string Mask(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text;
            }

            char[] chars = text.ToCharArray();
            int i = 0;
            while (i < chars.Length)
            {
                if (!IsDigit(chars[i]))
                {
                    i++;
                    continue;
                }

                // A run: digits, each next to the last or one separator after it.
                var digits = new StringBuilder();
                int start = i;
                int end = i;
                while (i < chars.Length)
                {
                    if (IsDigit(chars[i]))
                    {
                        digits.Append(chars[i]);
                        end = i + 1;
                        i++;
                    }
                    else if ((chars[i] == ' ' || chars[i] == '\n') && i + 1 < chars.Length && IsDigit(chars[i + 1]))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (digits.Length >= MinDigits)
                {
                    string masked = FieldMasker.MaskPan(digits.ToString());
                    int n = 0;
                    for (int k = start; k < end; k++)
                    {
                        if (IsDigit(chars[k]))
                        {
                            chars[k] = masked[n++];
                        }
                    }
                }
            }

            return new string(chars);
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
