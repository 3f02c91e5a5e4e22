using System;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The merchant's settlement cycle as configured: T+N business days, the daily cut-off and the holiday calendar;
    /// what the screens need to say when a sale's money arrives (<see cref="FundsDate"/>).
    /// </summary>
    public sealed class SettlementCycle
    {
        /// <summary>The longest cycle the configuration accepts, in business days (T+5).</summary>
        public const int MaxDays = 5;

        /// <summary>The default cycle, in business days (T+1).</summary>
        public const int DefaultDays = 1;

        /// <summary>The default cut-off, in minutes after local midnight (23:00).</summary>
        public const int DefaultCutoffMinutes = 23 * 60;

        /// <summary>Creates the cycle.</summary>
        /// <param name="days">N of T+N, in business days, 0 to <see cref="MaxDays"/>.</param>
        /// <param name="cutoffMinutes">The daily cut-off in minutes after local midnight, 1 to <see cref="FundsDate.Midnight"/>.</param>
        /// <param name="calendar">The holiday calendar.</param>
        /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> or <paramref name="cutoffMinutes"/> is out of range.</exception>
        public SettlementCycle(int days, int cutoffMinutes, HolidayCalendar calendar)
        {
            if (calendar == null)
            {
                throw new ArgumentNullException("calendar");
            }

            if (days < 0 || days > MaxDays)
            {
                throw new ArgumentOutOfRangeException("days");
            }

            if (cutoffMinutes < 1 || cutoffMinutes > FundsDate.Midnight)
            {
                throw new ArgumentOutOfRangeException("cutoffMinutes");
            }

            Days = days;
            CutoffMinutes = cutoffMinutes;
            Calendar = calendar;
        }

        /// <summary>Gets N of the cycle T+N, in business days.</summary>
        public int Days { get; }

        /// <summary>Gets the daily cut-off in minutes after local midnight (a sale at or after it counts as the next day).</summary>
        public int CutoffMinutes { get; }

        /// <summary>Gets the holiday calendar.</summary>
        public HolidayCalendar Calendar { get; }

        /// <summary>Computes when a sale's money is expected (<see cref="FundsDate.TryCompute"/>).</summary>
        /// <param name="saleLocal">The sale's local date and time.</param>
        /// <param name="fundsDate">The funds date at midnight; <see cref="DateTime.MinValue"/> when unknown.</param>
        /// <returns>True with the date; false when the calendar does not cover a day the rule must look at ("unknown - ask your bank").</returns>
        public bool TryGetFundsDate(DateTime saleLocal, out DateTime fundsDate)
        {
            return FundsDate.TryCompute(saleLocal, Days, CutoffMinutes, Calendar, out fundsDate);
        }
    }
}
