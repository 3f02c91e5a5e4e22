using System;
using nanoFramework.TestFramework;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The expected funds date (T+N business days, cut-off, holiday calendar) on the 2026 calendar of mainland China and
    /// a made-up leap-year calendar: weekends, the cut-off, week-long holidays with make-up days, year ends, unknown years.
    /// </summary>
    [TestClass]
    public class FundsDateTests
    {
        [TestMethod]
        public void An_ordinary_week_counts_business_days_after_the_sale_day()
        {
            HolidayCalendar c = ChinaHolidays.Create2026();
            DateTime tuesday = new DateTime(2026, 3, 10, 14, 0, 0);

            CalendarSamples.Expect(c, tuesday, 0, "2026-03-10");
            CalendarSamples.Expect(c, tuesday, 1, "2026-03-11");
            CalendarSamples.Expect(c, tuesday, 2, "2026-03-12");
            CalendarSamples.Expect(c, tuesday, 5, "2026-03-17");
        }

        [TestMethod]
        public void A_weekend_sale_is_paid_on_the_monday_at_T0_and_T1()
        {
            HolidayCalendar c = ChinaHolidays.Create2026();

            CalendarSamples.Expect(c, new DateTime(2026, 3, 13, 14, 0, 0), 1, "2026-03-16");
            CalendarSamples.Expect(c, new DateTime(2026, 3, 14, 10, 0, 0), 0, "2026-03-16");
            CalendarSamples.Expect(c, new DateTime(2026, 3, 14, 10, 0, 0), 1, "2026-03-16");
            CalendarSamples.Expect(c, new DateTime(2026, 3, 14, 10, 0, 0), 2, "2026-03-17");
            CalendarSamples.Expect(c, new DateTime(2026, 3, 15, 10, 0, 0), 1, "2026-03-16");
            Assert.IsFalse(c.IsBusinessDay(new DateTime(2026, 3, 14)), "an ordinary Saturday");
            Assert.IsFalse(c.IsBusinessDay(new DateTime(2026, 3, 15)), "an ordinary Sunday");
        }

        [TestMethod]
        public void A_sale_at_or_after_the_cutoff_counts_as_the_next_day()
        {
            HolidayCalendar c = ChinaHolidays.Create2026();

            CalendarSamples.Expect(c, new DateTime(2026, 3, 10, 22, 59, 0), 0, "2026-03-10");
            CalendarSamples.Expect(c, new DateTime(2026, 3, 10, 22, 59, 59), 1, "2026-03-11");
            CalendarSamples.Expect(c, new DateTime(2026, 3, 10, 23, 0, 0), 0, "2026-03-11");
            CalendarSamples.Expect(c, new DateTime(2026, 3, 10, 23, 0, 0), 1, "2026-03-12");
            CalendarSamples.Expect(c, new DateTime(2026, 3, 11, 0, 0, 0), 0, "2026-03-11");
            CalendarSamples.Expect(c, new DateTime(2026, 3, 11, 0, 0, 0), 1, "2026-03-12");
            CalendarSamples.Expect(c, new DateTime(2026, 3, 13, 23, 0, 0), 0, "2026-03-16");
            CalendarSamples.Expect(c, new DateTime(2026, 3, 13, 23, 0, 0), 2, "2026-03-17");
        }

        [TestMethod]
        public void A_cutoff_at_midnight_never_moves_a_sale_and_one_at_0001_moves_all_but_the_first_minute()
        {
            HolidayCalendar c = ChinaHolidays.Create2026();
            DateTime funds;

            Assert.IsTrue(FundsDate.TryCompute(new DateTime(2026, 3, 10, 23, 59, 59), 0, FundsDate.Midnight, c, out funds));
            Assert.AreEqual("2026-03-10", CalendarSamples.Ymd(funds));
            Assert.IsTrue(FundsDate.TryCompute(new DateTime(2026, 3, 10, 0, 0, 59), 0, 1, c, out funds));
            Assert.AreEqual("2026-03-10", CalendarSamples.Ymd(funds));
            Assert.IsTrue(FundsDate.TryCompute(new DateTime(2026, 3, 10, 0, 1, 0), 0, 1, c, out funds));
            Assert.AreEqual("2026-03-11", CalendarSamples.Ymd(funds));
        }

        [TestMethod]
        public void The_spring_festival_week_is_skipped_and_its_make_up_saturdays_are_worked()
        {
            HolidayCalendar c = ChinaHolidays.Create2026();

            CalendarSamples.Expect(c, new DateTime(2026, 2, 12, 10, 0, 0), 2, "2026-02-14");
            CalendarSamples.Expect(c, new DateTime(2026, 2, 13, 10, 0, 0), 1, "2026-02-14");
            CalendarSamples.Expect(c, new DateTime(2026, 2, 14, 22, 0, 0), 0, "2026-02-14");
            CalendarSamples.Expect(c, new DateTime(2026, 2, 14, 22, 0, 0), 1, "2026-02-24");
            CalendarSamples.Expect(c, new DateTime(2026, 2, 16, 10, 0, 0), 0, "2026-02-24");
            CalendarSamples.Expect(c, new DateTime(2026, 2, 20, 10, 0, 0), 1, "2026-02-24");
            CalendarSamples.Expect(c, new DateTime(2026, 2, 23, 10, 0, 0), 2, "2026-02-25");
            CalendarSamples.Expect(c, new DateTime(2026, 2, 27, 10, 0, 0), 1, "2026-02-28");
            CalendarSamples.Expect(c, new DateTime(2026, 2, 28, 10, 0, 0), 0, "2026-02-28");
            CalendarSamples.Expect(c, new DateTime(2026, 2, 28, 10, 0, 0), 1, "2026-03-02");
        }

        [TestMethod]
        public void A_saturday_night_sale_before_the_holiday_week_is_paid_after_it()
        {
            HolidayCalendar c = ChinaHolidays.Create2026();
            DateTime saturdayNight = new DateTime(2026, 2, 14, 23, 30, 0);

            // Sat 14 Feb is worked, but 23:30 is past the cut-off: the sale day is Sun 15 Feb, the first day off.
            CalendarSamples.Expect(c, saturdayNight, 0, "2026-02-24");
            CalendarSamples.Expect(c, saturdayNight, 1, "2026-02-24");
            CalendarSamples.Expect(c, saturdayNight, 2, "2026-02-25");

            // Sat 26 Sep, in the Mid-Autumn days off, the week before National Day.
            DateTime september = new DateTime(2026, 9, 26, 22, 30, 0);
            CalendarSamples.Expect(c, september, 1, "2026-09-28");
            CalendarSamples.Expect(c, september, 3, "2026-09-30");
            CalendarSamples.Expect(c, september, 4, "2026-10-08");
        }

        [TestMethod]
        public void National_day_week_is_skipped_and_its_make_up_days_are_worked()
        {
            HolidayCalendar c = ChinaHolidays.Create2026();
            DateTime wednesday = new DateTime(2026, 9, 30, 10, 0, 0);

            CalendarSamples.Expect(c, wednesday, 0, "2026-09-30");
            CalendarSamples.Expect(c, wednesday, 1, "2026-10-08");
            CalendarSamples.Expect(c, wednesday, 2, "2026-10-09");
            CalendarSamples.Expect(c, wednesday, 3, "2026-10-10");
            CalendarSamples.Expect(c, new DateTime(2026, 10, 2, 10, 0, 0), 0, "2026-10-08");
            CalendarSamples.Expect(c, new DateTime(2026, 9, 24, 10, 0, 0), 1, "2026-09-28");

            // Sat 19 Sep after the cut-off: the sale day is Sun 20 Sep, a make-up working day.
            CalendarSamples.Expect(c, new DateTime(2026, 9, 19, 23, 30, 0), 0, "2026-09-20");
            CalendarSamples.Expect(c, new DateTime(2026, 9, 19, 23, 30, 0), 1, "2026-09-21");
        }

        [TestMethod]
        public void Labour_day_and_new_year()
        {
            HolidayCalendar c = ChinaHolidays.Create2026();

            CalendarSamples.Expect(c, new DateTime(2026, 4, 30, 10, 0, 0), 1, "2026-05-06");
            CalendarSamples.Expect(c, new DateTime(2026, 5, 8, 10, 0, 0), 1, "2026-05-09");
            CalendarSamples.Expect(c, new DateTime(2026, 1, 1, 10, 0, 0), 0, "2026-01-04");
            CalendarSamples.Expect(c, new DateTime(2026, 4, 3, 10, 0, 0), 1, "2026-04-07");
        }

        [TestMethod]
        public void The_year_end_is_unknown_when_the_next_year_is_not_covered()
        {
            HolidayCalendar c = ChinaHolidays.Create2026();

            CalendarSamples.Expect(c, new DateTime(2026, 12, 31, 10, 0, 0), 0, "2026-12-31");
            CalendarSamples.Expect(c, new DateTime(2026, 12, 30, 10, 0, 0), 1, "2026-12-31");
            CalendarSamples.ExpectUnknown(c, new DateTime(2026, 12, 31, 10, 0, 0), 1);
            CalendarSamples.ExpectUnknown(c, new DateTime(2026, 12, 31, 23, 0, 0), 0);
            CalendarSamples.ExpectUnknown(c, new DateTime(2026, 12, 30, 10, 0, 0), 2);
            CalendarSamples.ExpectUnknown(c, new DateTime(2027, 3, 10, 10, 0, 0), 0);
            CalendarSamples.ExpectUnknown(c, new DateTime(2025, 12, 31, 10, 0, 0), 0);
            CalendarSamples.ExpectUnknown(c, new DateTime(1999, 3, 10, 10, 0, 0), 1);
        }

        [TestMethod]
        public void A_sale_before_a_covered_year_is_known_when_only_covered_days_decide()
        {
            HolidayCalendar c = ChinaHolidays.Create2026();

            // T+1 looks at the days after the sale day only: 1 to 3 Jan off, Sun 4 Jan worked.
            CalendarSamples.Expect(c, new DateTime(2025, 12, 31, 10, 0, 0), 1, "2026-01-04");
            CalendarSamples.Expect(c, new DateTime(2025, 12, 31, 23, 0, 0), 0, "2026-01-04");
        }

        [TestMethod]
        public void The_year_end_is_crossed_when_the_next_year_is_covered()
        {
            HolidayCalendar c = HolidayCalendarText.Parse(ChinaHolidays.Text2026 + "year=2027\nholiday=2027-01-01\n");

            CalendarSamples.Expect(c, new DateTime(2026, 12, 31, 10, 0, 0), 1, "2027-01-04");
            CalendarSamples.Expect(c, new DateTime(2026, 12, 31, 23, 0, 0), 0, "2027-01-04");
            CalendarSamples.Expect(c, new DateTime(2026, 12, 30, 10, 0, 0), 2, "2027-01-04");
        }

        [TestMethod]
        public void A_leap_year_knows_29_february()
        {
            HolidayCalendar c = HolidayCalendarText.Parse(CalendarSamples.Leap2028 + "workday=2028-12-31\n");

            Assert.IsTrue(c.IsHoliday(new DateTime(2028, 2, 29)));
            Assert.IsFalse(c.IsBusinessDay(new DateTime(2028, 2, 29)));
            CalendarSamples.Expect(c, new DateTime(2028, 2, 28, 10, 0, 0), 1, "2028-03-01");
            CalendarSamples.Expect(c, new DateTime(2028, 2, 28, 23, 30, 0), 0, "2028-03-01");
            CalendarSamples.Expect(c, new DateTime(2028, 2, 27, 10, 0, 0), 1, "2028-02-28");
            CalendarSamples.Expect(c, new DateTime(2028, 3, 3, 10, 0, 0), 1, "2028-03-04");

            // 31 Dec 2028 is the 366th day: a Sunday worked here, then 2029 is not covered.
            Assert.IsTrue(c.IsBusinessDay(new DateTime(2028, 12, 31)));
            CalendarSamples.Expect(c, new DateTime(2028, 12, 29, 10, 0, 0), 1, "2028-12-31");
            CalendarSamples.ExpectUnknown(c, new DateTime(2028, 12, 29, 10, 0, 0), 2);
        }

        [TestMethod]
        public void The_settlement_cycle_gives_the_same_dates()
        {
            SettlementCycle cycle = new SettlementCycle(2, CalendarSamples.Cutoff2300, ChinaHolidays.Create2026());
            DateTime funds;

            Assert.IsTrue(cycle.TryGetFundsDate(new DateTime(2026, 9, 30, 10, 0, 0), out funds));
            Assert.AreEqual("2026-10-09", CalendarSamples.Ymd(funds));
            Assert.IsFalse(cycle.TryGetFundsDate(new DateTime(2026, 12, 31, 10, 0, 0), out funds));
            Assert.AreEqual(2, cycle.Days);
            Assert.AreEqual(1380, cycle.CutoffMinutes);
        }

        [TestMethod]
        public void Bad_arguments_are_refused()
        {
            HolidayCalendar c = ChinaHolidays.Create2026();
            DateTime sale = new DateTime(2026, 3, 10, 10, 0, 0);
            DateTime funds;

            Assert.ThrowsException(typeof(ArgumentNullException), () => FundsDate.TryCompute(sale, 1, 1380, null, out funds));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => FundsDate.TryCompute(sale, -1, 1380, c, out funds));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => FundsDate.TryCompute(sale, 1, 0, c, out funds));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => FundsDate.TryCompute(sale, 1, 1441, c, out funds));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new SettlementCycle(6, 1380, c));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => c.IsBusinessDay(new DateTime(2027, 1, 4)));
        }
    }
}
