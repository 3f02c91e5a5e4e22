using System;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The ISO 8601 calendar dates of the holiday calendar record (YYYY-MM-DD), parsed and written by hand: the
    /// device's DateTime.Parse and ToString(format) differ from the host's, and the record must read the same on both.
    /// </summary>
    internal static class CalendarDates
    {
        private static readonly string[] s_dayNames = new string[]
        {
            "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        };

        /// <summary>Tells whether a date is a Saturday or a Sunday.</summary>
        /// <param name="date">The date.</param>
        /// <returns>True for a Saturday or a Sunday.</returns>
        internal static bool IsWeekend(DateTime date)
        {
            DayOfWeek day = date.DayOfWeek;
            return day == DayOfWeek.Saturday || day == DayOfWeek.Sunday;
        }

        /// <summary>Gives the English name of a date's day of the week (an enum's ToString gives a number on the device).</summary>
        /// <param name="date">The date.</param>
        /// <returns>"Monday" to "Sunday".</returns>
        internal static string DayName(DateTime date)
        {
            return s_dayNames[(int)date.DayOfWeek];
        }

        /// <summary>Writes a date as YYYY-MM-DD.</summary>
        /// <param name="date">The date (its time of day is ignored).</param>
        /// <returns>The ten characters.</returns>
        internal static string Format(DateTime date)
        {
            char[] text = new char[10];
            Digits(date.Year, text, 0, 4);
            text[4] = '-';
            Digits(date.Month, text, 5, 2);
            text[7] = '-';
            Digits(date.Day, text, 8, 2);
            return new string(text);
        }

        /// <summary>
        /// Reads a date written as exactly YYYY-MM-DD (four, two and two digits) that exists in the calendar, in years
        /// <see cref="HolidayCalendar.MinYear"/> to <see cref="HolidayCalendar.MaxYear"/>.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <param name="date">The date at midnight; <see cref="DateTime.MinValue"/> when the text is not one.</param>
        /// <returns>Null when read; otherwise what is wrong, as words that follow the text in a sentence.</returns>
        internal static string TryParse(string text, out DateTime date)
        {
            date = DateTime.MinValue;
            if (text.Length != 10 || text[4] != '-' || text[7] != '-')
            {
                return "is not a date written YYYY-MM-DD";
            }

            int year = Number(text, 0, 4);
            int month = Number(text, 5, 2);
            int day = Number(text, 8, 2);
            if (year < 0 || month < 0 || day < 0)
            {
                return "is not a date written YYYY-MM-DD";
            }

            if (year < HolidayCalendar.MinYear || year > HolidayCalendar.MaxYear)
            {
                return "lies outside the years " + HolidayCalendar.MinYear.ToString() + " to " + HolidayCalendar.MaxYear.ToString();
            }

            if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return "is not a day of the calendar";
            }

            date = new DateTime(year, month, day);
            return null;
        }

        /// <summary>Reads a run of decimal digits.</summary>
        /// <param name="text">The text.</param>
        /// <param name="offset">Where the digits start.</param>
        /// <param name="count">How many digits.</param>
        /// <returns>The number, or -1 when a character is not a digit.</returns>
        internal static int Number(string text, int offset, int count)
        {
            int value = 0;
            for (int i = offset; i < offset + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        private static void Digits(int value, char[] text, int offset, int count)
        {
            for (int i = offset + count - 1; i >= offset; i--)
            {
                text[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }
    }
}
