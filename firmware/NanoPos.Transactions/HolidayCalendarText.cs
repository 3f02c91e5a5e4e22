using System;
using System.Collections;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The text of the holiday calendar record (record <see cref="RecordName"/>): plain ASCII an operator can write and
    /// send, one <c>key=value</c> per line. Format and rules: README.md of this project, "Expected funds date".
    /// </summary>
    /// <remarks>
    /// <code>
    /// year=2026
    /// holiday=2026-01-01..2026-01-03
    /// workday=2026-01-04
    /// </code>
    /// <para><c>year=YYYY</c> opens a year; the <c>holiday=</c> (one date, or a range <c>FIRST..LAST</c>, both included)
    /// and <c>workday=</c> (a Saturday or Sunday that is a working day) lines after it belong to it. A line whose first
    /// character is '#' is a comment, blank lines are ignored, spaces around keys and values are dropped.</para>
    /// <para>Strict, like the configuration: an unknown key, a line that is not key=value, a date before any year line
    /// or outside its year, a day given twice, a make-up working day that is not a Saturday or Sunday, a holiday that
    /// names only weekend days (a typing error: weekend days are off anyway; inside a range they are accepted, as the
    /// official notices write them), and a year without any holiday (an incomplete calendar would give wrong dates, not
    /// "unknown") are refused with a <see cref="FormatException"/> whose message starts with "line N: "; a text with no
    /// year at all is refused too, its message naming no line.</para>
    /// </remarks>
    public static class HolidayCalendarText
    {
        /// <summary>The name of the holiday calendar's record in the store.</summary>
        public const string RecordName = "holidays";

        /// <summary>The largest record read, in bytes: the device store's largest record (a year takes about 500 bytes).</summary>
        public const int MaxRecordBytes = NanoPos.Hal.RecordFileFormat.MaxRecordBytes;

        /// <summary>The first line <see cref="Format"/> writes.</summary>
        public const string Header = "# nanoPos holiday calendar: year=, holiday=FIRST[..LAST], workday= (firmware/NanoPos.Transactions/README.md)";

        private const int MaxShownKey = 32;

        // What a line adds to the calendar (Add).
        private const int AddsYear = 0;
        private const int AddsHoliday = 1;
        private const int AddsWorkday = 2;

        private static readonly char[] s_lineBreak = new char[] { '\n' };
        private static readonly char[] s_blanks = new char[] { ' ', '\t', '\r' };

        /// <summary>Reads a calendar from its text.</summary>
        /// <param name="text">The text (null reads as empty, which is refused).</param>
        /// <returns>The calendar, covering every year the text declares.</returns>
        /// <exception cref="FormatException">The text breaks a rule; the message names the line ("line 7: ...") and what is
        /// wrong, or says that the text declares no year.</exception>
        public static HolidayCalendar Parse(string text)
        {
            HolidayCalendar calendar = new HolidayCalendar();
            string[] lines = (text == null ? string.Empty : text).Split(s_lineBreak);
            int year = 0;
            int yearLine = 0;
            bool yearHasHoliday = false;
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim(s_blanks);
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                int number = i + 1;
                int at = line.IndexOf('=');
                if (at < 1)
                {
                    throw Bad(number, "not key=value (the keys are year, holiday and workday)");
                }

                string key = line.Substring(0, at).Trim(s_blanks).ToLower();
                string value = line.Substring(at + 1).Trim(s_blanks);
                if (key == "year")
                {
                    CheckHoliday(year, yearLine, yearHasHoliday);
                    year = ReadYear(number, value);
                    yearLine = number;
                    yearHasHoliday = false;
                    Add(number, calendar, AddsYear, year, DateTime.MinValue, DateTime.MinValue);
                    continue;
                }

                if (key != "holiday" && key != "workday")
                {
                    throw Bad(number, "unknown key " + Shown(key) + " (the keys are year, holiday and workday)");
                }

                if (year == 0)
                {
                    throw Bad(number, key + " comes before any year= line");
                }

                DateTime first;
                DateTime last;
                int range = value.IndexOf("..");
                if (key == "workday" && range >= 0)
                {
                    throw Bad(number, "workday takes one date, not a range (one line per make-up working day)");
                }

                if (range >= 0)
                {
                    first = ReadDate(number, key, value.Substring(0, range).Trim(s_blanks), year, yearLine);
                    last = ReadDate(number, key, value.Substring(range + 2).Trim(s_blanks), year, yearLine);
                }
                else
                {
                    first = ReadDate(number, key, value, year, yearLine);
                    last = first;
                }

                Add(number, calendar, key == "holiday" ? AddsHoliday : AddsWorkday, 0, first, last);
                yearHasHoliday |= key == "holiday";
            }

            if (year == 0)
            {
                throw new FormatException("The holiday calendar declares no year (a line year=YYYY, then its holiday= and workday= lines).");
            }

            CheckHoliday(year, yearLine, yearHasHoliday);
            return calendar;
        }

        /// <summary>
        /// Writes a calendar as text: the <see cref="Header"/>, then each year earliest first, its holidays (each run of
        /// consecutive days off as one range) and make-up working days in date order. <see cref="Parse"/> reads it back to
        /// an equal calendar, and writing that again gives the same text.
        /// </summary>
        /// <param name="calendar">The calendar.</param>
        /// <returns>The text, lines ending in '\n'.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
        public static string Format(HolidayCalendar calendar)
        {
            if (calendar == null)
            {
                throw new ArgumentNullException("calendar");
            }

            // Lines first, then one string: this assembly has no StringBuilder (no System.Text package on the device).
            ArrayList lines = new ArrayList();
            lines.Add(Header);
            for (int y = 0; y < calendar.YearCount; y++)
            {
                int year = calendar.YearAt(y);
                lines.Add("year=" + year.ToString());
                DateTime day = new DateTime(year, 1, 1);
                while (day.Year == year)
                {
                    if (calendar.IsWorkday(day))
                    {
                        lines.Add("workday=" + CalendarDates.Format(day));
                        day = day.AddDays(1);
                        continue;
                    }

                    if (!calendar.IsHoliday(day))
                    {
                        day = day.AddDays(1);
                        continue;
                    }

                    DateTime first = day;
                    DateTime last = day;
                    day = day.AddDays(1);
                    while (day.Year == year && calendar.IsHoliday(day))
                    {
                        last = day;
                        day = day.AddDays(1);
                    }

                    lines.Add("holiday=" + CalendarDates.Format(first) + (last == first ? string.Empty : ".." + CalendarDates.Format(last)));
                }
            }

            return Join(lines);
        }

        private static void Add(int number, HolidayCalendar calendar, int adds, int year, DateTime first, DateTime last)
        {
            try
            {
                if (adds == AddsYear)
                {
                    calendar.AddYear(year);
                }
                else if (adds == AddsHoliday)
                {
                    calendar.AddHolidays(first, last);
                }
                else
                {
                    calendar.AddWorkday(first);
                }
            }
            catch (ArgumentException e)
            {
                // The calendar's own rules, in its words, with the line they came from.
                throw Bad(number, e.Message);
            }
        }

        private static int ReadYear(int number, string value)
        {
            int year = value.Length == 4 ? CalendarDates.Number(value, 0, 4) : -1;
            if (year < 0)
            {
                throw Bad(number, "year must be 4 digits, as year=2026");
            }

            return year;
        }

        private static DateTime ReadDate(int number, string key, string text, int year, int yearLine)
        {
            DateTime date;
            string error = CalendarDates.TryParse(text, out date);
            if (error != null)
            {
                throw Bad(number, key + " " + Shown(text) + " " + error);
            }

            if (date.Year != year)
            {
                throw Bad(number, key + " " + text + " lies outside year " + year.ToString() + " (declared on line " + yearLine.ToString() + ")");
            }

            return date;
        }

        private static void CheckHoliday(int year, int yearLine, bool hasHoliday)
        {
            if (year != 0 && !hasHoliday)
            {
                // Covering a year without its holidays would give wrong dates where the truth is "unknown".
                throw Bad(yearLine, "year " + year.ToString() + " lists no holiday (a calendar without its holidays gives wrong dates)");
            }
        }

        private static string Shown(string text)
        {
            // Whatever the operator typed, shown as printable ASCII and short, so the message stays one readable line.
            int length = 0;
            while (length < text.Length && length < MaxShownKey && text[length] >= ' ' && text[length] <= '~')
            {
                length++;
            }

            return "'" + text.Substring(0, length) + (length < text.Length ? "...'" : "'");
        }

        private static string Join(ArrayList lines)
        {
            int length = 0;
            for (int i = 0; i < lines.Count; i++)
            {
                length += ((string)lines[i]).Length + 1;
            }

            char[] text = new char[length];
            int at = 0;
            for (int i = 0; i < lines.Count; i++)
            {
                string line = (string)lines[i];
                for (int j = 0; j < line.Length; j++)
                {
                    text[at++] = line[j];
                }

                text[at++] = '\n';
            }

            return new string(text);
        }

        private static FormatException Bad(int number, string what)
        {
            return new FormatException("line " + number.ToString() + ": " + what + ".");
        }
    }
}
