using System;
using System.Collections.Generic;
using System.Linq;
using NanoPos.Transactions;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>
    /// The whole of 2026, day by day, proves the firmware's funds date (<see cref="FundsDate"/> on the built-in
    /// <see cref="ChinaHolidays"/> calendar) against an implementation written here another way: .NET's DateOnly, sets of
    /// the notice's dates typed again one by one, and a sorted list of the year's business days searched by index instead
    /// of a day-by-day walk. Host only (xunit): DateOnly, LINQ and generics do not exist on the device.
    /// </summary>
    public class FundsDateYearTests
    {
        // The State Council General Office's notice on the 2026 holiday arrangements (4 Nov 2025), every day off typed
        // on its own (weekend days included, as the notice counts them), and every make-up working day.
        private static readonly HashSet<DateOnly> DaysOff = new HashSet<DateOnly>
        {
            new(2026, 1, 1), new(2026, 1, 2), new(2026, 1, 3),
            new(2026, 2, 15), new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18), new(2026, 2, 19), new(2026, 2, 20),
            new(2026, 2, 21), new(2026, 2, 22), new(2026, 2, 23),
            new(2026, 4, 4), new(2026, 4, 5), new(2026, 4, 6),
            new(2026, 5, 1), new(2026, 5, 2), new(2026, 5, 3), new(2026, 5, 4), new(2026, 5, 5),
            new(2026, 6, 19), new(2026, 6, 20), new(2026, 6, 21),
            new(2026, 9, 25), new(2026, 9, 26), new(2026, 9, 27),
            new(2026, 10, 1), new(2026, 10, 2), new(2026, 10, 3), new(2026, 10, 4), new(2026, 10, 5), new(2026, 10, 6), new(2026, 10, 7),
        };

        private static readonly HashSet<DateOnly> MakeUpDays = new HashSet<DateOnly>
        {
            new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10),
        };

        private static readonly TimeSpan Cutoff = new TimeSpan(23, 0, 0);

        private static readonly TimeSpan[] TimesOfDay =
        {
            TimeSpan.Zero, new TimeSpan(0, 0, 1), new TimeSpan(9, 30, 0), new TimeSpan(12, 0, 0), new TimeSpan(22, 59, 0),
            new TimeSpan(22, 59, 59), new TimeSpan(23, 0, 0), new TimeSpan(23, 30, 0), new TimeSpan(23, 59, 59),
        };

        // The year's business days in order: banks work Monday to Friday unless off, and on the make-up days.
        private static readonly DateOnly[] BusinessDays = Enumerable.Range(0, 365)
            .Select(i => new DateOnly(2026, 1, 1).AddDays(i))
            .Where(d => MakeUpDays.Contains(d) || (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !DaysOff.Contains(d)))
            .ToArray();

        [Fact]
        public void The_independent_sets_match_the_notice_counts()
        {
            Assert.Equal(33, DaysOff.Count);
            Assert.Equal(6, MakeUpDays.Count);
            Assert.All(MakeUpDays, d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, d.ToString("yyyy-MM-dd")));
            Assert.Equal(248, BusinessDays.Length);
        }

        [Fact]
        public void Every_day_of_2026_is_a_business_day_exactly_when_the_independent_list_says()
        {
            HolidayCalendar calendar = ChinaHolidays.Create2026();
            var business = new HashSet<DateOnly>(BusinessDays);
            for (DateOnly d = new(2026, 1, 1); d.Year == 2026; d = d.AddDays(1))
            {
                Assert.True(business.Contains(d) == calendar.IsBusinessDay(d.ToDateTime(TimeOnly.MinValue)), d.ToString("yyyy-MM-dd ddd"));
            }
        }

        [Fact]
        public void Every_sale_of_2026_gets_the_independent_funds_date_at_T0_to_T3()
        {
            HolidayCalendar calendar = ChinaHolidays.Create2026();
            int known = 0;
            int unknown = 0;

            // From 31 Dec 2025 (its T+N from the day after may lie wholly in 2026) to 31 Dec 2026.
            for (DateOnly d = new(2025, 12, 31); d.Year <= 2026; d = d.AddDays(1))
            {
                foreach (TimeSpan time in TimesOfDay)
                {
                    DateTime sale = d.ToDateTime(TimeOnly.FromTimeSpan(time));
                    for (int n = 0; n <= 3; n++)
                    {
                        DateOnly? expected = Independent(sale, n);
                        bool ok = FundsDate.TryCompute(sale, n, 23 * 60, calendar, out DateTime funds);
                        string what = sale.ToString("yyyy-MM-dd ddd HH:mm:ss") + " T+" + n;
                        Assert.True(expected.HasValue == ok, what + (ok ? " gave " + funds.ToString("yyyy-MM-dd") : " gave unknown"));
                        if (ok)
                        {
                            Assert.Equal(expected.Value, DateOnly.FromDateTime(funds));
                            Assert.Equal(TimeSpan.Zero, funds.TimeOfDay);
                            known++;
                        }
                        else
                        {
                            Assert.Equal(DateTime.MinValue, funds);
                            unknown++;
                        }
                    }
                }
            }

            // 366 days x 9 times x 4 cycles. Unknown: 31 Dec 2025 at T+0 before the cut-off (6 times), and at the end of
            // 2026 whatever needs 2027: 31 Dec T+1..3 before the cut-off (18) and T+0..3 after it (12), 30 Dec T+2..3
            // before (12) and T+1..3 after (9), 29 Dec T+3 before (6) and T+2..3 after (6), 28 Dec T+3 after (3): 72.
            Assert.Equal(366 * TimesOfDay.Length * 4, known + unknown);
            Assert.Equal(72, unknown);
        }

        // The rule restated on the list: the sale day moves to the next day at or after the cut-off; T+0 is the first
        // business day on or after it, T+N the N-th business day after it. A day outside 2026 is never guessed: T+0 needs
        // the sale day in 2026, T+N needs its day after in 2026, and the list must reach far enough.
        private static DateOnly? Independent(DateTime sale, int n)
        {
            DateOnly day = DateOnly.FromDateTime(sale);
            if (sale.TimeOfDay >= Cutoff)
            {
                day = day.AddDays(1);
            }

            if (n == 0 ? day.Year != 2026 : day.AddDays(1).Year != 2026)
            {
                return null;
            }

            int index = Array.BinarySearch(BusinessDays, day);
            int first = n == 0
                ? (index >= 0 ? index : ~index)
                : (index >= 0 ? index + 1 : ~index);
            int at = first + Math.Max(n - 1, 0);
            return at < BusinessDays.Length ? BusinessDays[at] : null;
        }
    }
}
