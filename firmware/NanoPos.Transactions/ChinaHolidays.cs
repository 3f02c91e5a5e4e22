namespace NanoPos.Transactions
{
    /// <summary>
    /// The built-in holiday calendar: mainland China, 2026, as the record text (<see cref="HolidayCalendarText"/>). The
    /// terminal uses it while no record "holidays" is provisioned; from 2027 on, funds dates are "unknown" until an
    /// operator sends a calendar for that year.
    /// </summary>
    /// <remarks>
    /// Source: the State Council General Office's notice on the arrangement of some holidays in 2026
    /// (国务院办公厅关于2026年部分节假日安排的通知), dated 4 November 2025, published by Xinhua the same day. Every date
    /// below is as the notice lists it, days off as ranges (weekend days included, as written there) and each make-up
    /// working day ("上班") as a workday line. README.md of this project names where it was read.
    /// </remarks>
    public static class ChinaHolidays
    {
        /// <summary>The year <see cref="Text2026"/> covers.</summary>
        public const int Year = 2026;

        /// <summary>The 2026 calendar of mainland China as the text of the record "holidays".</summary>
        public const string Text2026 =
            "# Mainland China 2026: State Council General Office notice on the 2026 holiday arrangements, 4 Nov 2025\n"
            + "year=2026\n"
            + "# New Year's Day: Thu 1 to Sat 3 Jan off; Sun 4 Jan worked\n"
            + "holiday=2026-01-01..2026-01-03\n"
            + "workday=2026-01-04\n"
            + "# Spring Festival: Sun 15 to Mon 23 Feb off (9 days); Sat 14 Feb and Sat 28 Feb worked\n"
            + "workday=2026-02-14\n"
            + "holiday=2026-02-15..2026-02-23\n"
            + "workday=2026-02-28\n"
            + "# Qingming Festival: Sat 4 to Mon 6 Apr off\n"
            + "holiday=2026-04-04..2026-04-06\n"
            + "# Labour Day: Fri 1 to Tue 5 May off; Sat 9 May worked\n"
            + "holiday=2026-05-01..2026-05-05\n"
            + "workday=2026-05-09\n"
            + "# Dragon Boat Festival: Fri 19 to Sun 21 Jun off\n"
            + "holiday=2026-06-19..2026-06-21\n"
            + "# Mid-Autumn Festival: Fri 25 to Sun 27 Sep off\n"
            + "holiday=2026-09-25..2026-09-27\n"
            + "# National Day: Thu 1 to Wed 7 Oct off; Sun 20 Sep and Sat 10 Oct worked\n"
            + "workday=2026-09-20\n"
            + "holiday=2026-10-01..2026-10-07\n"
            + "workday=2026-10-10\n";

        /// <summary>Builds the 2026 calendar of mainland China (a new one each call: a calendar can be added to).</summary>
        /// <returns>A calendar covering 2026.</returns>
        public static HolidayCalendar Create2026()
        {
            return HolidayCalendarText.Parse(Text2026);
        }
    }
}
