using System;
using NanoPos.Diagnostics;

namespace NanoPos.Ui.Messages
{
    /// <summary>
    /// A <see cref="HealthReport"/> as lines of text in the terminal's language: what the health screen scrolls through,
    /// and what <c>nanopos health decode</c> prints for a scanned health QR code.
    /// </summary>
    public static class HealthText
    {
        private static readonly MessageId[] s_endings = new MessageId[]
        {
            MessageId.TestPassed, MessageId.EndingConnect, MessageId.EndingNotSent, MessageId.EndingLost,
            MessageId.EndingTimeout, MessageId.EndingMalformed, MessageId.EndingMac, MessageId.Ending91, MessageId.Ending96,
        };

        /// <summary>Writes the report as lines separated by '\n'.</summary>
        /// <param name="report">The report.</param>
        /// <param name="language">The language.</param>
        /// <param name="utcOffsetMinutes">The local time's offset from UTC in minutes, for the settlement time.</param>
        /// <returns>The text.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
        public static string Format(HealthReport report, Language language, int utcOffsetMinutes)
        {
            if (report == null)
            {
                throw new ArgumentNullException("report");
            }

            string text = Line(MessageId.InfoTerminal, report.TerminalId, language)
                + Line(MessageId.InfoFirmware, report.FirmwareVersion, language)
                + Line(MessageId.HealthUptime, Duration(report.UptimeSeconds), language)
                + Line(MessageId.InfoBoots, Number(report.Boots), language)
                + Line(MessageId.InfoReboots, Number(report.UnexpectedReboots), language)
                + Line(MessageId.HealthRebootsInPayment, Number(report.RebootsDuringPayment), language)
                + Line(MessageId.InfoReversals, Number(report.PendingReversals), language);
            if (report.PendingReversals > 0)
            {
                text += Line(MessageId.HealthReversalOldest, Duration(report.OldestReversalAgeSeconds) + " " + Number(report.OldestReversalAttempts) + "x", language);
            }

            text += Line(MessageId.HealthJournal, Number(report.JournalSlotsUsed) + "/" + Number(report.JournalSlots) + " v" + Number(report.JournalFormat), language)
                + Line(MessageId.InfoJournalRepaired, Number(report.JournalRepaired), language)
                + Line(MessageId.InfoJournalLost, Number(report.JournalLost), language)
                + Line(MessageId.HealthBatch, Number(report.BatchEntries), language)
                + Line(MessageId.HealthSettled, Time(report.LastSettlementUnixSeconds, utcOffsetMinutes, language), language)
                + Line(MessageId.HealthExchanges, Number(report.ExchangeWindow), language)
                + Line(MessageId.HealthTimeouts, Number(report.Timeouts), language)
                + "91/96 " + Number(report.Code91) + "/" + Number(report.Code96) + "\n"
                + Line(MessageId.HealthMalformed, Number(report.Malformed), language)
                + Line(MessageId.HealthMac, Number(report.MacFailures), language);
            text += report.LinkUptimeSeconds >= 0 ? Line(MessageId.HealthLinkUp, Duration(report.LinkUptimeSeconds), language)
                : MessageCatalog.Get(MessageId.HealthLinkDown, language) + "\n";
            if (report.LastError > 0 && report.LastError < s_endings.Length)
            {
                text += Line(MessageId.HealthLastError, MessageCatalog.Get(s_endings[report.LastError], language) + " " + Duration(report.LastErrorAgeSeconds), language);
            }

            if (report.ConnectMs >= 0 || report.SignalDbm != 0)
            {
                text += Line(MessageId.HealthSignal, (report.SignalDbm != 0 ? report.SignalDbm.ToString() + " dBm " : string.Empty) + (report.ConnectMs >= 0 ? report.ConnectMs.ToString() + " ms" : string.Empty), language);
            }

            if (report.EchoMs >= 0)
            {
                text += Line(MessageId.HealthEcho, report.EchoMs.ToString() + " ms", language);
            }

            text += MessageCatalog.Get(report.KeysLoaded ? MessageId.HealthKeysLoaded : MessageId.HealthKeysMissing, language) + "\n"
                + Line(MessageId.InfoFreeMemory, Number(report.FreeMemoryBytes), language);
            return text + Tests(report, language);
        }

        /// <summary>Formats a duration in seconds as "45s", "12m05s", "3h07m" or "2d04h"; "?" when unknown (negative).</summary>
        /// <param name="seconds">The duration in seconds.</param>
        /// <returns>The text.</returns>
        public static string Duration(long seconds)
        {
            if (seconds < 0)
            {
                return "?";
            }

            if (seconds < 60)
            {
                return seconds.ToString() + "s";
            }

            if (seconds < 3600)
            {
                return (seconds / 60).ToString() + "m" + Two(seconds % 60) + "s";
            }

            if (seconds < 86400)
            {
                return (seconds / 3600).ToString() + "h" + Two((seconds / 60) % 60) + "m";
            }

            return (seconds / 86400).ToString() + "d" + Two((seconds / 3600) % 24) + "h";
        }

        private static string Tests(HealthReport report, Language language)
        {
            string text = string.Empty;
            for (int i = 0; i < SelfTestSuite.Count; i++)
            {
                SelfTestStatus status = report.TestStatus[i];
                text += MessageCatalog.Get(SelfTestTexts.NameOf((SelfTestId)i), language) + " " + SelfTestTexts.StatusWord(status, language) + "\n";
                if (status == SelfTestStatus.Failed)
                {
                    // The report carries no figure or detail of a test: "?" stands where the figure would be.
                    text += SelfTestTexts.ReasonText(report.TestReason[i], "?", language) + "\n";
                }
            }

            return text;
        }

        private static string Line(MessageId id, string value, Language language)
        {
            return MessageCatalog.Format(id, language, value == null ? "?" : value) + "\n";
        }

        private static string Number(long value)
        {
            return value < 0 ? "?" : value.ToString();
        }

        private static string Time(long unixSeconds, int utcOffsetMinutes, Language language)
        {
            if (unixSeconds <= 0)
            {
                return MessageCatalog.Get(MessageId.HealthNever, language);
            }

            DateTime local = new DateTime(1970, 1, 1).AddTicks((unixSeconds + (utcOffsetMinutes * 60L)) * TimeSpan.TicksPerSecond);
            return local.Year.ToString() + "-" + Two(local.Month) + "-" + Two(local.Day) + " " + Two(local.Hour) + ":" + Two(local.Minute);
        }

        private static string Two(long value)
        {
            return value < 10 ? "0" + value.ToString() : value.ToString();
        }
    }
}
