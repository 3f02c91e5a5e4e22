using System;
using nanoFramework.TestFramework;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>Dates, calendars and checks shared by the funds-date tests.</summary>
    internal static class CalendarSamples
    {
        /// <summary>The default cut-off, 23:00, in minutes after midnight.</summary>
        internal const int Cutoff2300 = 23 * 60;

        /// <summary>
        /// A made-up calendar for the leap year 2028 (not an official schedule): Tue 29 Feb is a holiday, Mon 28 Feb to
        /// Wed 1 Mar around it are worked, Sat 4 Mar is a make-up working day.
        /// </summary>
        internal const string Leap2028 =
            "# test calendar, not an official schedule\n"
            + "year=2028\n"
            + "holiday=2028-02-29\n"
            + "workday=2028-03-04\n";

        /// <summary>Writes a date as YYYY-MM-DD for messages and comparisons (the library's writer is internal).</summary>
        /// <param name="date">The date.</param>
        /// <returns>The text.</returns>
        internal static string Ymd(DateTime date)
        {
            return date.Year.ToString() + "-" + Two(date.Month) + "-" + Two(date.Day);
        }

        /// <summary>Checks that a funds date is known and the expected one.</summary>
        /// <param name="calendar">The calendar.</param>
        /// <param name="sale">The sale's local time.</param>
        /// <param name="days">N of T+N.</param>
        /// <param name="expected">The expected date, YYYY-MM-DD.</param>
        internal static void Expect(HolidayCalendar calendar, DateTime sale, int days, string expected)
        {
            DateTime funds;
            string what = "sale " + Ymd(sale) + " " + Two(sale.Hour) + ":" + Two(sale.Minute) + " T+" + days.ToString();
            Assert.IsTrue(FundsDate.TryCompute(sale, days, Cutoff2300, calendar, out funds), what + " should be known");
            Assert.AreEqual(expected, Ymd(funds), what);
            Assert.AreEqual(0, funds.Hour, what + ": at midnight");
            Assert.AreEqual(0, funds.Minute, what + ": at midnight");
        }

        /// <summary>Checks that a funds date is unknown.</summary>
        /// <param name="calendar">The calendar.</param>
        /// <param name="sale">The sale's local time.</param>
        /// <param name="days">N of T+N.</param>
        internal static void ExpectUnknown(HolidayCalendar calendar, DateTime sale, int days)
        {
            DateTime funds;
            string what = "sale " + Ymd(sale) + " " + Two(sale.Hour) + ":" + Two(sale.Minute) + " T+" + days.ToString();
            Assert.IsFalse(FundsDate.TryCompute(sale, days, Cutoff2300, calendar, out funds), what + " should be unknown");
            Assert.IsTrue(funds == DateTime.MinValue, what + ": MinValue when unknown");
        }

        private static string Two(int value)
        {
            return value < 10 ? "0" + value.ToString() : value.ToString();
        }
    }
}
