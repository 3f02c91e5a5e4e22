using System;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The banks' working calendar, year by year: the public holidays (declared days off) and the make-up working days
    /// (a Saturday or Sunday that is a working day, as mainland China's official schedule has). It knows which years it
    /// covers, and answers nothing about the others: <see cref="FundsDate"/> says "unknown" rather than guess.
    /// </summary>
    /// <remarks>
    /// <para>A business day is a Monday to Friday that is not a holiday, or a Saturday or Sunday that is a make-up working
    /// day. A holiday range may include weekend days, as the official notices write them (Sat 4 to Mon 6 Apr): they are
    /// kept, so <see cref="HolidayCalendarText.Format"/> writes the range back as given, and they change nothing.</para>
    /// <para>The rules every change keeps (each refused with an <see cref="ArgumentException"/> whose message says why,
    /// in words an operator reads in the record parser's error): a date lies in a covered year; a holiday range lies in
    /// one year and names at least one Monday to Friday (one that names only weekend days changes nothing and is taken
    /// for a typing error); a make-up working day is a Saturday or a Sunday; no day is given twice, and none is both a
    /// holiday and a working day. Storage: one byte per day of each covered year (366 bytes a year).</para>
    /// </remarks>
    public sealed class HolidayCalendar
    {
        /// <summary>The first year a calendar may cover.</summary>
        public const int MinYear = 2000;

        /// <summary>The last year a calendar may cover (so that a look one day past it never leaves DateTime's range on any runtime).</summary>
        public const int MaxYear = 2199;

        private const byte Holiday = 1;
        private const byte Workday = 2;

        private int[] _years = new int[2];
        private byte[][] _days = new byte[2][];
        private int _count;

        /// <summary>Gets the number of years the calendar covers.</summary>
        public int YearCount
        {
            get { return _count; }
        }

        /// <summary>Gets a covered year by its rank, the earliest first.</summary>
        /// <param name="index">0 to <see cref="YearCount"/> - 1.</param>
        /// <returns>The year.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
        public int YearAt(int index)
        {
            if (index < 0 || index >= _count)
            {
                throw new ArgumentOutOfRangeException("index");
            }

            return _years[index];
        }

        /// <summary>Tells whether the calendar covers a year (its holidays and make-up working days are known).</summary>
        /// <param name="year">The year.</param>
        /// <returns>True when the year was added with <see cref="AddYear"/>.</returns>
        public bool Covers(int year)
        {
            return Find(year) >= 0;
        }

        /// <summary>Adds a year to the calendar: covered from now on, with no holiday and no make-up working day yet.</summary>
        /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
        /// <exception cref="ArgumentException">The year is out of range or already covered.</exception>
        public void AddYear(int year)
        {
            if (year < MinYear || year > MaxYear)
            {
                throw new ArgumentException("year " + year.ToString() + " lies outside " + MinYear.ToString() + " to " + MaxYear.ToString());
            }

            if (Covers(year))
            {
                throw new ArgumentException("year " + year.ToString() + " is given twice");
            }

            if (_count == _years.Length)
            {
                int[] years = new int[_count * 2];
                byte[][] days = new byte[_count * 2][];
                Array.Copy(_years, years, _count);
                Array.Copy(_days, days, _count);
                _years = years;
                _days = days;
            }

            // Kept in order, so the record is written back earliest year first.
            int at = _count;
            while (at > 0 && _years[at - 1] > year)
            {
                _years[at] = _years[at - 1];
                _days[at] = _days[at - 1];
                at--;
            }

            _years[at] = year;
            _days[at] = new byte[366];
            _count++;
        }

        /// <summary>Adds a holiday: the days from <paramref name="first"/> to <paramref name="last"/>, both included, are days off.</summary>
        /// <param name="first">The first day off (its time of day is ignored).</param>
        /// <param name="last">The last day off, on or after <paramref name="first"/>, in the same year.</param>
        /// <exception cref="ArgumentException">A rule of the calendar is broken (see the class remarks); nothing was added.</exception>
        public void AddHolidays(DateTime first, DateTime last)
        {
            byte[] days = DaysOf(first);
            if (last.Year != first.Year)
            {
                throw new ArgumentException("the range " + CalendarDates.Format(first) + ".." + CalendarDates.Format(last) + " runs past the end of year " + first.Year.ToString());
            }

            int from = first.DayOfYear - 1;
            int to = last.DayOfYear - 1;
            if (to < from)
            {
                throw new ArgumentException("the range " + CalendarDates.Format(first) + ".." + CalendarDates.Format(last) + " ends before it starts");
            }

            bool weekday = false;
            DateTime day = first.Date;
            for (int i = from; i <= to; i++)
            {
                if (days[i] != 0)
                {
                    throw new ArgumentException(CalendarDates.Format(day) + " is already given as a " + (days[i] == Holiday ? "holiday" : "working day"));
                }

                weekday |= !CalendarDates.IsWeekend(day);
                day = day.AddDays(1);
            }

            if (!weekday)
            {
                // A range of weekend days alone changes no business day: almost certainly a wrong date.
                throw new ArgumentException((from == to ? CalendarDates.Format(first) + " is a " + CalendarDates.DayName(first)
                    : "the range " + CalendarDates.Format(first) + ".." + CalendarDates.Format(last) + " holds only weekend days")
                    + ": a holiday must name at least one Monday to Friday (weekend days are days off anyway)");
            }

            for (int i = from; i <= to; i++)
            {
                days[i] = Holiday;
            }
        }

        /// <summary>Adds a make-up working day: a Saturday or Sunday that is a working day.</summary>
        /// <param name="date">The day (its time of day is ignored).</param>
        /// <exception cref="ArgumentException">A rule of the calendar is broken (see the class remarks).</exception>
        public void AddWorkday(DateTime date)
        {
            byte[] days = DaysOf(date);
            if (!CalendarDates.IsWeekend(date))
            {
                throw new ArgumentException(CalendarDates.Format(date) + " is a " + CalendarDates.DayName(date) + ": a make-up working day must be a Saturday or a Sunday");
            }

            int index = date.DayOfYear - 1;
            if (days[index] != 0)
            {
                throw new ArgumentException(CalendarDates.Format(date) + " is already given as a " + (days[index] == Holiday ? "holiday" : "working day"));
            }

            days[index] = Workday;
        }

        /// <summary>Tells whether a day is a declared day off (a weekend day inside a holiday range counts too).</summary>
        /// <param name="date">The day.</param>
        /// <returns>True for a day of a holiday.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The calendar does not cover the day's year.</exception>
        public bool IsHoliday(DateTime date)
        {
            return Flag(date) == Holiday;
        }

        /// <summary>Tells whether a day is a make-up working day (a Saturday or Sunday that is a working day).</summary>
        /// <param name="date">The day.</param>
        /// <returns>True for a make-up working day.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The calendar does not cover the day's year.</exception>
        public bool IsWorkday(DateTime date)
        {
            return Flag(date) == Workday;
        }

        /// <summary>
        /// Tells whether the banks work on a day: Monday to Friday unless a holiday; Saturday and Sunday only when a
        /// make-up working day.
        /// </summary>
        /// <param name="date">The day (its time of day is ignored).</param>
        /// <returns>True for a business day.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The calendar does not cover the day's year: ask <see cref="Covers"/> first; never a guess.</exception>
        public bool IsBusinessDay(DateTime date)
        {
            byte flag = Flag(date);
            return CalendarDates.IsWeekend(date) ? flag == Workday : flag != Holiday;
        }

        private byte Flag(DateTime date)
        {
            int at = Find(date.Year);
            if (at < 0)
            {
                throw new ArgumentOutOfRangeException("date", "The holiday calendar does not cover " + date.Year.ToString() + ".");
            }

            return _days[at][date.DayOfYear - 1];
        }

        private byte[] DaysOf(DateTime date)
        {
            int at = Find(date.Year);
            if (at < 0)
            {
                throw new ArgumentException(CalendarDates.Format(date) + " lies in " + date.Year.ToString() + ", a year the calendar does not cover");
            }

            return _days[at];
        }

        private int Find(int year)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_years[i] == year)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
