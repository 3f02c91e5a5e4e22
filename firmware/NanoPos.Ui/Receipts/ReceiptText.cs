using System;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Receipts
{
    /// <summary>
    /// An e-receipt as plain text for a QR code (any phone's scanner shows it as it is), and back: one item a line, a
    /// label and its value, the first line <see cref="FirstLine"/>. English and ASCII whatever the terminal's language, so
    /// a merchant can forward it and a tool can read it.
    /// </summary>
    /// <remarks>
    /// <para>Lines, in order: "nanoPos receipt", the merchant's name, "Merchant MID", "Terminal TID", "KIND AMOUNT"
    /// (e.g. "SALE 125.00"), "Card 622848******0015", "Time 2026-11-22 10:01", "STAN 000002", "RRN 000000000042" and
    /// "Auth A1B2C3" when known, then the status ("APPROVED"). About 180 bytes: a byte-mode symbol of version 8 or 9 at
    /// level L or M, which fits the 64-pixel display at one pixel per module.</para>
    /// </remarks>
    public static class ReceiptText
    {
        /// <summary>The first line of every receipt.</summary>
        public const string FirstLine = "nanoPos receipt";

        /// <summary>Writes a receipt.</summary>
        /// <param name="receipt">The receipt.</param>
        /// <returns>The text, lines separated by '\n'.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="receipt"/> is null.</exception>
        public static string Format(Receipt receipt)
        {
            if (receipt == null)
            {
                throw new ArgumentNullException("receipt");
            }

            var formatter = new AmountFormatter(receipt.Decimals, AmountFormatter.NoSeparator, '.');
            string text = FirstLine + "\n" + Clean(receipt.MerchantName)
                + "\nMerchant " + Clean(receipt.MerchantId)
                + "\nTerminal " + Clean(receipt.TerminalId)
                + "\n" + Clean(receipt.Kind) + " " + formatter.ToString(receipt.AmountMinor)
                + "\nCard " + Clean(receipt.MaskedPan)
                + "\nTime " + Clean(receipt.LocalTime)
                + "\nSTAN " + UiText.Digits(receipt.Stan, 6);
            if (receipt.Rrn != null && receipt.Rrn.Length > 0)
            {
                text += "\nRRN " + Clean(receipt.Rrn);
            }

            if (receipt.AuthCode != null && receipt.AuthCode.Length > 0)
            {
                text += "\nAuth " + Clean(receipt.AuthCode);
            }

            return text + "\n" + Clean(receipt.Status);
        }

        /// <summary>Reads a receipt back from the text a scanner shows.</summary>
        /// <param name="text">The text (line ends '\n' or "\r\n").</param>
        /// <param name="decimals">The currency's decimals, to turn the amount back into minor units.</param>
        /// <returns>The receipt.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="FormatException">The text is not a receipt, or a line is malformed (the message names it).</exception>
        public static Receipt Parse(string text, int decimals)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            string[] lines = text.Trim().Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                lines[i] = lines[i].TrimEnd('\r');
            }

            if (lines.Length < 9 || lines[0] != FirstLine)
            {
                throw new FormatException("Not a nanoPos receipt: it must start with the line \"" + FirstLine + "\" and have at least 9 lines.");
            }

            var receipt = new Receipt();
            receipt.Decimals = decimals;
            receipt.MerchantName = lines[1];
            receipt.MerchantId = Value(lines[2], "Merchant ", 3);
            receipt.TerminalId = Value(lines[3], "Terminal ", 4);
            int space = lines[4].IndexOf(' ');
            if (space < 1)
            {
                throw new FormatException("Line 5 must be the transaction and its amount, e.g. \"SALE 125.00\".");
            }

            receipt.Kind = lines[4].Substring(0, space);
            receipt.AmountMinor = Minor(lines[4].Substring(space + 1), decimals);
            receipt.MaskedPan = Value(lines[5], "Card ", 6);
            receipt.LocalTime = Value(lines[6], "Time ", 7);
            receipt.Stan = (int)Minor(Value(lines[7], "STAN ", 8), 0);
            int next = 8;
            if (lines[next].StartsWith("RRN "))
            {
                receipt.Rrn = lines[next].Substring(4);
                next++;
            }

            if (next < lines.Length && lines[next].StartsWith("Auth "))
            {
                receipt.AuthCode = lines[next].Substring(5);
                next++;
            }

            if (next != lines.Length - 1)
            {
                throw new FormatException("Line " + (next + 1).ToString() + " must be the status, the last line.");
            }

            receipt.Status = lines[next];
            return receipt;
        }

        private static string Value(string line, string label, int number)
        {
            if (!line.StartsWith(label))
            {
                throw new FormatException("Line " + number.ToString() + " must start with \"" + label.Trim() + "\".");
            }

            return line.Substring(label.Length);
        }

        private static long Minor(string amount, int decimals)
        {
            // "125.00" with 2 decimals is 12500: digits only, the point exactly where the currency puts it.
            int point = amount.IndexOf('.');
            if ((decimals == 0 && point >= 0) || (decimals > 0 && (point < 1 || amount.Length - point - 1 != decimals)) || amount.Length > 20)
            {
                throw new FormatException("The amount \"" + amount + "\" is not written with " + decimals.ToString() + " decimals.");
            }

            long value = 0;
            for (int i = 0; i < amount.Length; i++)
            {
                char c = amount[i];
                if (c == '.' && i == point)
                {
                    continue;
                }

                if (c < '0' || c > '9')
                {
                    throw new FormatException("The amount \"" + amount + "\" has a character that is not a digit.");
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        private static string Clean(string text)
        {
            // One line of printable ASCII: a merchant name with a line break or non-ASCII letters must not break the layout.
            if (text == null)
            {
                return string.Empty;
            }

            char[] chars = new char[text.Length > 40 ? 40 : text.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                char c = text[i];
                chars[i] = c >= ' ' && c <= '~' ? c : '?';
            }

            return new string(chars);
        }
    }
}
