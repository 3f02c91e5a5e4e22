using System;

namespace NanoPos.Ui.Text
{
    /// <summary>Small text helpers of the screens: dates and times as the terminal shows them, fixed-width numbers.</summary>
    public static class UiText
    {
        /// <summary>Formats a local date and time as "2026-11-22 10:15" (16 characters: one screen row).</summary>
        /// <param name="local">The local time.</param>
        /// <returns>The text.</returns>
        public static string FormatDateTime(DateTime local)
        {
            char[] text = new char[16];
            Digits(local.Year, 4, text, 0);
            text[4] = '-';
            Digits(local.Month, 2, text, 5);
            text[7] = '-';
            Digits(local.Day, 2, text, 8);
            text[10] = ' ';
            Digits(local.Hour, 2, text, 11);
            text[13] = ':';
            Digits(local.Minute, 2, text, 14);
            return new string(text);
        }

        /// <summary>Formats a journal's local date and time "MMDDhhmmss" as "11-22 10:15" (with its label it fits one row).</summary>
        /// <param name="mmddhhmmss">The 10 digits of fields 13 + 12; anything else is returned as it is.</param>
        /// <returns>The text.</returns>
        public static string JournalTime(string mmddhhmmss)
        {
            if (mmddhhmmss == null || mmddhhmmss.Length != 10)
            {
                return mmddhhmmss == null ? string.Empty : mmddhhmmss;
            }

            return mmddhhmmss.Substring(0, 2) + "-" + mmddhhmmss.Substring(2, 2) + " " + mmddhhmmss.Substring(4, 2) + ":"
                + mmddhhmmss.Substring(6, 2);
        }

        /// <summary>Tells whether a text is made of ASCII digits only (and is not empty).</summary>
        /// <param name="text">The text, or null.</param>
        /// <returns>True for one or more digits and nothing else.</returns>
        public static bool IsDigits(string text)
        {
            if (text == null || text.Length == 0)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Formats a number with leading zeros, e.g. a STAN as "000042".</summary>
        /// <param name="value">The number, 0 or more.</param>
        /// <param name="width">The number of digits.</param>
        /// <returns>The text (longer when the number needs more digits).</returns>
        public static string Digits(long value, int width)
        {
            string text = value.ToString();
            while (text.Length < width)
            {
                text = "0" + text;
            }

            return text;
        }

        /// <summary>Reads the available amount from field 54 of a balance answer ("1002156C000010000000": account
        /// type, amount type, currency, C or D, 12 digits in minor units).</summary>
        /// <param name="field54">The field, or null.</param>
        /// <param name="minor">The amount in minor units, negative for D (debit).</param>
        /// <returns>True when the field has that shape.</returns>
        public static bool TryParseBalance(string field54, out long minor)
        {
            minor = 0;
            if (field54 == null || field54.Length < 20)
            {
                return false;
            }

            char sign = field54[7];
            long value = 0;
            for (int i = 8; i < 20; i++)
            {
                char c = field54[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            if (sign != 'C' && sign != 'D')
            {
                return false;
            }

            minor = sign == 'D' ? -value : value;
            return true;
        }

        /// <summary>Drops the "1 " in front of a menu entry, to use the entry as the title of the screen it opens.</summary>
        /// <param name="entry">The menu text, e.g. "1 Device info".</param>
        /// <returns>"Device info"; the text as it is when it does not start with a digit and a space.</returns>
        public static string WithoutMenuNumber(string entry)
        {
            return entry != null && entry.Length > 2 && entry[0] >= '0' && entry[0] <= '9' && entry[1] == ' ' ? entry.Substring(2) : entry;
        }

        private static void Digits(int value, int width, char[] into, int at)
        {
            for (int i = width - 1; i >= 0; i--)
            {
                into[at + i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }
    }
}
