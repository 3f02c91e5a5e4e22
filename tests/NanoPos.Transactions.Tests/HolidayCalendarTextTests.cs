using System;
using nanoFramework.TestFramework;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The holiday calendar record: the built-in 2026 calendar, the strict parser's errors (each naming its line), and the
    /// canonical text written back.
    /// </summary>
    [TestClass]
    public class HolidayCalendarTextTests
    {
        private const string Canonical2026 =
            HolidayCalendarText.Header + "\n"
            + "year=2026\n"
            + "holiday=2026-01-01..2026-01-03\n"
            + "workday=2026-01-04\n"
            + "workday=2026-02-14\n"
            + "holiday=2026-02-15..2026-02-23\n"
            + "workday=2026-02-28\n"
            + "holiday=2026-04-04..2026-04-06\n"
            + "holiday=2026-05-01..2026-05-05\n"
            + "workday=2026-05-09\n"
            + "holiday=2026-06-19..2026-06-21\n"
            + "workday=2026-09-20\n"
            + "holiday=2026-09-25..2026-09-27\n"
            + "holiday=2026-10-01..2026-10-07\n"
            + "workday=2026-10-10\n";

        [TestMethod]
        public void The_built_in_2026_calendar_has_248_business_days_and_fits_the_record()
        {
            HolidayCalendar c = ChinaHolidays.Create2026();
            int business = 0;
            int holidays = 0;
            int workdays = 0;
            DateTime day = new DateTime(2026, 1, 1);
            while (day.Year == 2026)
            {
                business += c.IsBusinessDay(day) ? 1 : 0;
                holidays += c.IsHoliday(day) ? 1 : 0;
                workdays += c.IsWorkday(day) ? 1 : 0;
                day = day.AddDays(1);
            }

            // 261 weekdays, 19 of them off (2 + 6 + 1 + 3 + 1 + 1 + 5), 6 make-up days: 248.
            Assert.AreEqual(248, business);
            Assert.AreEqual(3 + 9 + 3 + 5 + 3 + 3 + 7, holidays);
            Assert.AreEqual(6, workdays);
            Assert.AreEqual(1, c.YearCount);
            Assert.AreEqual(2026, c.YearAt(0));
            Assert.IsTrue(c.Covers(2026));
            Assert.IsFalse(c.Covers(2025));
            Assert.IsFalse(c.Covers(2027));
            Assert.IsTrue(ChinaHolidays.Text2026.Length < HolidayCalendarText.MaxRecordBytes);
            Assert.AreEqual("holidays", HolidayCalendarText.RecordName);
        }

        [TestMethod]
        public void Format_writes_the_canonical_text_and_parse_reads_it_back()
        {
            string text = HolidayCalendarText.Format(ChinaHolidays.Create2026());

            Assert.AreEqual(Canonical2026, text);
            Assert.AreEqual(text, HolidayCalendarText.Format(HolidayCalendarText.Parse(text)));
        }

        [TestMethod]
        public void Several_years_in_any_order_are_written_earliest_first()
        {
            HolidayCalendar c = HolidayCalendarText.Parse(CalendarSamples.Leap2028 + ChinaHolidays.Text2026);
            string text = HolidayCalendarText.Format(c);

            Assert.AreEqual(2, c.YearCount);
            Assert.AreEqual(2026, c.YearAt(0));
            Assert.AreEqual(2028, c.YearAt(1));
            Assert.AreEqual(Canonical2026 + "year=2028\nholiday=2028-02-29\nworkday=2028-03-04\n", text);
            Assert.AreEqual(text, HolidayCalendarText.Format(HolidayCalendarText.Parse(text)));
        }

        [TestMethod]
        public void Adjacent_ranges_are_written_as_one_and_single_days_alone()
        {
            HolidayCalendar c = HolidayCalendarText.Parse("year=2026\r\n  holiday = 2026-03-02..2026-03-03 \r\nholiday=2026-03-04\r\nholiday=2026-03-09\r\n");

            Assert.AreEqual(HolidayCalendarText.Header + "\nyear=2026\nholiday=2026-03-02..2026-03-04\nholiday=2026-03-09\n", HolidayCalendarText.Format(c));
        }

        [TestMethod]
        public void The_readme_example_is_a_valid_record()
        {
            // firmware/NanoPos.Transactions/README.md, "The record holidays" (a made-up 2027, for the format only).
            HolidayCalendar c = HolidayCalendarText.Parse("# 2027 (example format only: not an official schedule)\nyear=2027\n"
                + "holiday=2027-01-01\nworkday=2027-01-09\nholiday=2027-02-05..2027-02-11\n");

            Assert.IsTrue(c.IsWorkday(new DateTime(2027, 1, 9)));
            Assert.IsFalse(c.IsBusinessDay(new DateTime(2027, 2, 11)));
            Assert.IsTrue(c.IsBusinessDay(new DateTime(2027, 2, 12)));
        }

        [TestMethod]
        public void Line_numbers_count_comments_and_blank_lines()
        {
            AssertError("# a comment\n\nyear=2026\n\nholiday=2026-01-01\nbogus\n", 6, "not key=value");
        }

        [TestMethod]
        public void Unknown_keys_and_lines_before_a_year_are_refused()
        {
            AssertError("year=2026\nholiday=2026-01-01\nholliday=2026-05-01\n", 3, "unknown key 'holliday'");
            AssertError("holiday=2026-01-01\nyear=2026\n", 1, "before any year= line");
            AssertError("year=2026\n=2026-01-01\n", 2, "not key=value");
        }

        [TestMethod]
        public void A_date_outside_its_year_is_refused()
        {
            AssertError("year=2026\nholiday=2027-01-01\n", 2, "outside year 2026 (declared on line 1)");
            AssertError("year=2026\nholiday=2026-12-31..2027-01-01\n", 2, "outside year 2026");
            AssertError("# x\nyear=2026\nholiday=2026-01-01\nworkday=2025-12-27\n", 4, "outside year 2026 (declared on line 2)");
        }

        [TestMethod]
        public void Malformed_dates_and_years_are_refused()
        {
            AssertError("year=2026\nholiday=2026-02-30\n", 2, "not a day of the calendar");
            AssertError("year=2027\nholiday=2027-02-29\n", 2, "not a day of the calendar");
            AssertError("year=2026\nholiday=2026-1-1\n", 2, "not a date written YYYY-MM-DD");
            AssertError("year=2026\nholiday=2026/01/01\n", 2, "not a date written YYYY-MM-DD");
            AssertError("year=2026\nholiday=2026-01-01..\n", 2, "not a date written YYYY-MM-DD");
            AssertError("year=2026\nholiday=2026-01-03..2026-01-01\n", 2, "ends before it starts");
            AssertError("year=20261\n", 1, "4 digits");
            AssertError("year=abcd\n", 1, "4 digits");
            AssertError("year=1999\n", 1, "outside 2000 to 2199");
        }

        [TestMethod]
        public void A_workday_must_be_a_saturday_or_sunday()
        {
            AssertError("year=2026\nholiday=2026-01-01\nworkday=2026-01-05\n", 3, "2026-01-05 is a Monday: a make-up working day must be a Saturday or a Sunday");
            AssertError("year=2026\nholiday=2026-01-01\nworkday=2026-01-10..2026-01-11\n", 3, "not a range");
        }

        [TestMethod]
        public void A_holiday_naming_only_weekend_days_is_refused_but_a_range_may_include_them()
        {
            AssertError("year=2026\nholiday=2026-01-10\n", 2, "2026-01-10 is a Saturday: a holiday must name at least one Monday to Friday");
            AssertError("year=2026\nholiday=2026-01-10..2026-01-11\n", 2, "holds only weekend days");
            HolidayCalendar c = HolidayCalendarText.Parse("year=2026\nholiday=2026-04-04..2026-04-06\n");
            Assert.IsTrue(c.IsHoliday(new DateTime(2026, 4, 4)));
            Assert.IsFalse(c.IsBusinessDay(new DateTime(2026, 4, 4)));
            Assert.IsFalse(c.IsBusinessDay(new DateTime(2026, 4, 6)));
            Assert.IsTrue(c.IsBusinessDay(new DateTime(2026, 4, 7)));
        }

        [TestMethod]
        public void A_day_or_year_given_twice_is_refused()
        {
            AssertError("year=2026\nholiday=2026-01-01\nholiday=2026-01-01\n", 3, "2026-01-01 is already given as a holiday");
            AssertError("year=2026\nholiday=2026-02-15..2026-02-23\nholiday=2026-02-20..2026-02-24\n", 3, "2026-02-20 is already given as a holiday");
            AssertError("year=2026\nholiday=2026-01-01\nworkday=2026-01-04\nworkday=2026-01-04\n", 4, "already given as a working day");
            AssertError("year=2026\nholiday=2026-01-01..2026-01-03\nworkday=2026-01-03\n", 3, "2026-01-03 is already given as a holiday");
            AssertError("year=2026\nworkday=2026-01-03\nholiday=2026-01-01..2026-01-03\n", 3, "2026-01-03 is already given as a working day");
            AssertError("year=2026\nholiday=2026-01-01\nyear=2026\n", 3, "year 2026 is given twice");
        }

        [TestMethod]
        public void A_year_without_holidays_and_a_text_without_years_are_refused()
        {
            AssertError("year=2026\nworkday=2026-01-04\nyear=2027\nholiday=2027-01-01\n", 1, "year 2026 lists no holiday");
            AssertError("year=2027\nholiday=2027-01-01\nyear=2026\n", 3, "year 2026 lists no holiday");
            AssertParseError(string.Empty, "declares no year");
            AssertParseError("# only comments\n\n", "declares no year");
            AssertParseError(null, "declares no year");
        }

        [TestMethod]
        public void The_calendar_refuses_what_the_record_refuses()
        {
            HolidayCalendar c = new HolidayCalendar();
            c.AddYear(2026);

            Assert.ThrowsException(typeof(ArgumentException), () => c.AddYear(2026));
            Assert.ThrowsException(typeof(ArgumentException), () => c.AddYear(2200));
            Assert.ThrowsException(typeof(ArgumentException), () => c.AddWorkday(new DateTime(2026, 1, 5)));
            Assert.ThrowsException(typeof(ArgumentException), () => c.AddHolidays(new DateTime(2027, 1, 1), new DateTime(2027, 1, 1)));
            Assert.ThrowsException(typeof(ArgumentException), () => c.AddHolidays(new DateTime(2026, 1, 10), new DateTime(2026, 1, 11)));
            Assert.ThrowsException(typeof(ArgumentException), () => c.AddHolidays(new DateTime(2026, 12, 31), new DateTime(2027, 1, 1)));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => c.IsHoliday(new DateTime(2025, 1, 1)));
            Assert.ThrowsException(typeof(ArgumentNullException), () => HolidayCalendarText.Format(null));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => c.YearAt(1));
        }

        private static void AssertError(string text, int line, string fragment)
        {
            string message = ParseError(text);
            string prefix = "line " + line.ToString() + ": ";
            Assert.IsTrue(message.StartsWith(prefix), "expected " + prefix + "... got: " + message);
            Assert.IsTrue(message.IndexOf(fragment) >= 0, "expected '" + fragment + "' in: " + message);
        }

        private static void AssertParseError(string text, string fragment)
        {
            string message = ParseError(text);
            Assert.IsTrue(message.IndexOf(fragment) >= 0, "expected '" + fragment + "' in: " + message);
        }

        private static string ParseError(string text)
        {
            try
            {
                HolidayCalendarText.Parse(text);
            }
            catch (FormatException e)
            {
                return e.Message;
            }

            Assert.IsTrue(false, "no error for: " + text);
            return null;
        }
    }
}
