using System;
using NanoPos.Transactions;

namespace NanoPos.Ui.Messages
{
    /// <summary>
    /// The expected funds-arrival date as the screens say it: "Funds expected Fri 9 Oct" (中文 "预计到账 10月9日周五"), on the result screen "Funds Fri 9 Oct", or
    /// "Funds date unknown - ask your bank" when the calendar does not cover a day the rule needs: never a guess.
    /// </summary>
    public static class FundsText
    {
        private static readonly string[] s_days = new string[] { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
        private static readonly string[] s_months = new string[] { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        private static readonly string[] s_daysZh = new string[] { "周日", "周一", "周二", "周三", "周四", "周五", "周六" };

        /// <summary>Gets the line for a sale made at a local time, or null when no settlement cycle is configured.</summary>
        /// <param name="cycle">The settlement cycle, or null.</param>
        /// <param name="saleLocal">When the sale was made, local time.</param>
        /// <param name="language">The language.</param>
        /// <returns>The line, or null.</returns>
        public static string For(SettlementCycle cycle, DateTime saleLocal, Language language)
        {
            if (cycle == null)
            {
                return null;
            }

            DateTime funds;
            return cycle.TryGetFundsDate(saleLocal, out funds)
                ? MessageCatalog.Format(MessageId.FundsExpected, language, Date(funds, language))
                : MessageCatalog.Get(MessageId.FundsUnknown, language);
        }

        /// <summary>Gets the short line of the result screen ("Funds Fri 9 Oct", one row), or null when no cycle is configured.</summary>
        /// <param name="cycle">The settlement cycle, or null.</param>
        /// <param name="saleLocal">When the sale was made, local time.</param>
        /// <param name="language">The language.</param>
        /// <returns>The line, or null.</returns>
        public static string ForResult(SettlementCycle cycle, DateTime saleLocal, Language language)
        {
            if (cycle == null)
            {
                return null;
            }

            DateTime funds;
            return cycle.TryGetFundsDate(saleLocal, out funds)
                ? MessageCatalog.Format(MessageId.FundsShort, language, Date(funds, language))
                : MessageCatalog.Get(MessageId.FundsUnknown, language);
        }

        /// <summary>Writes a date the way the funds line does: "Fri 9 Oct", or "10月9日周五".</summary>
        /// <param name="date">The date.</param>
        /// <param name="language">The language.</param>
        /// <returns>The text.</returns>
        public static string Date(DateTime date, Language language)
        {
            int day = (int)date.DayOfWeek;
            if (language == Language.Chinese)
            {
                // No spaces: "到账11月23日周一" fills one 128-pixel row exactly.
                return date.Month.ToString() + "月" + date.Day.ToString() + "日" + s_daysZh[day];
            }

            return s_days[day] + " " + date.Day.ToString() + " " + s_months[date.Month - 1];
        }
    }
}
