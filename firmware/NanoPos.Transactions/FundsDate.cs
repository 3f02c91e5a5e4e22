using System;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The expected funds-arrival date of a sale: the settlement cycle T+N business days after the sale day, with the
    /// daily cut-off and the holiday calendar. One portable function, the same on the device and the host.
    /// </summary>
    /// <remarks>
    /// <para><b>The sale day.</b> The sale's local calendar date; a sale at or after the cut-off (minutes after local
    /// midnight, seconds ignored) counts as the next calendar day. With the cut-off at 23:00, a sale at 22:59:59 belongs
    /// to its own day, one at 23:00 to the next; a cut-off of <see cref="Midnight"/> (24:00) never moves a sale.</para>
    /// <para><b>T+0</b>: the sale day itself when it is a business day (<see cref="HolidayCalendar.IsBusinessDay"/>),
    /// else the first business day after it. <b>T+N</b>, N of 1 or more: the N-th business day after the sale day,
    /// counting from the day after it whether or not the sale day itself is a business day (a sale on a Saturday is
    /// paid at T+1 on the Monday, as on a Friday). Examples with the 2026 calendar of mainland China
    /// (<see cref="ChinaHolidays"/>) and the cut-off at 23:00:</para>
    /// <list type="bullet">
    /// <item><description>Tue 10 Mar 14:00: T+0 Tue 10 Mar, T+1 Wed 11 Mar, T+2 Thu 12 Mar.</description></item>
    /// <item><description>Fri 13 Mar 23:30 (the sale day is Sat 14 Mar): T+0 and T+1 Mon 16 Mar, T+2 Tue 17 Mar.</description></item>
    /// <item><description>Sat 14 Feb 22:00, a make-up working day before the Spring Festival (15 to 23 Feb off): T+0
    /// Sat 14 Feb, T+1 Tue 24 Feb; at 23:00 the sale day is Sun 15 Feb: T+0 and T+1 Tue 24 Feb, T+2 Wed 25 Feb.</description></item>
    /// <item><description>Wed 30 Sep 10:00, before National Day (1 to 7 Oct off, Sat 10 Oct worked): T+1 Thu 8 Oct, T+2
    /// Fri 9 Oct, T+3 Sat 10 Oct.</description></item>
    /// <item><description>Thu 31 Dec 10:00: T+0 Thu 31 Dec; T+1 unknown unless the calendar covers 2027.</description></item>
    /// </list>
    /// <para><b>Unknown, never a guess.</b> The answer is unknown (false) as soon as a day the rule must look at lies in
    /// a year the calendar does not cover: for T+0 the sale day and the days after it up to the answer; for T+N the days
    /// after the sale day up to the answer.</para>
    /// </remarks>
    public static class FundsDate
    {
        /// <summary>The cut-off that never moves a sale to the next day (24:00), in minutes after midnight.</summary>
        public const int Midnight = 1440;

        /// <summary>Computes the expected funds-arrival date of a sale (rule: the class remarks).</summary>
        /// <param name="saleLocal">The sale's local date and time.</param>
        /// <param name="settlementDays">N of the settlement cycle T+N, in business days, 0 or more.</param>
        /// <param name="cutoffMinutes">The daily cut-off in minutes after local midnight, 1 to <see cref="Midnight"/> (1380 is 23:00).</param>
        /// <param name="calendar">The holiday calendar.</param>
        /// <param name="fundsDate">The funds date at midnight; <see cref="DateTime.MinValue"/> when unknown.</param>
        /// <returns>True with the date; false when a day the rule must look at lies in a year the calendar does not cover.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="settlementDays"/> or <paramref name="cutoffMinutes"/> is out of range.</exception>
        public static bool TryCompute(DateTime saleLocal, int settlementDays, int cutoffMinutes, HolidayCalendar calendar, out DateTime fundsDate)
        {
            fundsDate = DateTime.MinValue;
            if (calendar == null)
            {
                throw new ArgumentNullException("calendar");
            }

            if (settlementDays < 0)
            {
                throw new ArgumentOutOfRangeException("settlementDays");
            }

            if (cutoffMinutes < 1 || cutoffMinutes > Midnight)
            {
                throw new ArgumentOutOfRangeException("cutoffMinutes");
            }

            // Outside the calendar's possible years no answer is known, and DateTime need not reach a day past them.
            if (saleLocal.Year < HolidayCalendar.MinYear || saleLocal.Year > HolidayCalendar.MaxYear)
            {
                return false;
            }

            DateTime day = new DateTime(saleLocal.Year, saleLocal.Month, saleLocal.Day);
            if ((saleLocal.Hour * 60) + saleLocal.Minute >= cutoffMinutes)
            {
                day = day.AddDays(1);
            }

            if (settlementDays == 0)
            {
                // T+0: the sale day if the banks work then, else the first day they do.
                while (true)
                {
                    if (!calendar.Covers(day.Year))
                    {
                        return false;
                    }

                    if (calendar.IsBusinessDay(day))
                    {
                        fundsDate = day;
                        return true;
                    }

                    day = day.AddDays(1);
                }
            }

            // T+N: count N business days after the sale day. The loop ends: every covered year is finite, and the first
            // day of a year the calendar does not cover (at the latest MaxYear + 1) ends it with "unknown".
            int counted = 0;
            while (counted < settlementDays)
            {
                day = day.AddDays(1);
                if (!calendar.Covers(day.Year))
                {
                    return false;
                }

                if (calendar.IsBusinessDay(day))
                {
                    counted++;
                }
            }

            fundsDate = day;
            return true;
        }
    }
}
