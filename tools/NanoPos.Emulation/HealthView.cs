using System;
using System.Collections.Generic;
using System.Globalization;
using NanoPos.Diagnostics;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;

namespace NanoPos.Emulation
{
    /// <summary>
    /// A terminal's <see cref="HealthReport"/> as plain data for JSON (camelCase on the wire): the emulator's
    /// <c>GET /api/health</c> and <c>nanopos health decode --json</c> give the same shape, so a report read from the screen's
    /// QR code and one collected from the running terminal compare field by field.
    /// </summary>
    /// <remarks>Unknown figures are -1, as in the report (the signal 0, the last settlement 0). Members that only a running
    /// terminal knows (<see cref="CollectedAtMs"/>, a self-test's <see cref="SelfTestView.Value"/> and
    /// <see cref="SelfTestView.Detail"/>) are null for a decoded health code. No card data: the report holds none.</remarks>
    public sealed class HealthView
    {
        /// <summary>Gets or sets the terminal ID (field 41), or null.</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets the firmware version, "major.minor.patch", or null.</summary>
        public string FirmwareVersion { get; set; }

        /// <summary>Gets or sets the journal's record format version.</summary>
        public int JournalFormat { get; set; }

        /// <summary>Gets or sets the boots, this one included.</summary>
        public int Boots { get; set; }

        /// <summary>Gets or sets the runs that ended without an orderly shutdown.</summary>
        public int UnexpectedReboots { get; set; }

        /// <summary>Gets or sets how many of those came during a payment.</summary>
        public int RebootsDuringPayment { get; set; }

        /// <summary>Gets or sets the time since this boot in seconds.</summary>
        public long UptimeSeconds { get; set; }

        /// <summary>Gets or sets the reversals waiting for the host.</summary>
        public int PendingReversals { get; set; }

        /// <summary>Gets or sets the oldest pending reversal's age in seconds, or -1.</summary>
        public long OldestReversalAgeSeconds { get; set; }

        /// <summary>Gets or sets how often the oldest pending reversal was sent, or -1.</summary>
        public int OldestReversalAttempts { get; set; }

        /// <summary>Gets or sets the journal slots in use.</summary>
        public int JournalSlotsUsed { get; set; }

        /// <summary>Gets or sets the journal's slots in all.</summary>
        public int JournalSlots { get; set; }

        /// <summary>Gets or sets the journal records repaired at this boot.</summary>
        public int JournalRepaired { get; set; }

        /// <summary>Gets or sets the damaged journal records nothing could rebuild at this boot.</summary>
        public int JournalLost { get; set; }

        /// <summary>Gets or sets the entries of the open batch.</summary>
        public int BatchEntries { get; set; }

        /// <summary>Gets or sets the last accepted settlement in Unix seconds, 0 when never.</summary>
        public long LastSettlementUnixSeconds { get; set; }

        /// <summary>Gets or sets the last accepted settlement as ISO 8601 UTC ("2026-11-22T02:00:00Z"), or null when never.</summary>
        public string LastSettlementUtc { get; set; }

        /// <summary>Gets or sets how many of the last exchanges the counts cover.</summary>
        public int ExchangeWindow { get; set; }

        /// <summary>Gets or sets the exchanges with the host since boot.</summary>
        public int ExchangesTotal { get; set; }

        /// <summary>Gets or sets the exchanges of the window without an answer in time.</summary>
        public int Timeouts { get; set; }

        /// <summary>Gets or sets the exchanges of the window answered 91.</summary>
        public int Code91 { get; set; }

        /// <summary>Gets or sets the exchanges of the window answered 96.</summary>
        public int Code96 { get; set; }

        /// <summary>Gets or sets the malformed answers of the window.</summary>
        public int Malformed { get; set; }

        /// <summary>Gets or sets the answers of the window whose MAC was missing or wrong.</summary>
        public int MacFailures { get; set; }

        /// <summary>Gets or sets the exchanges of the window that failed on the link.</summary>
        public int LinkFailures { get; set; }

        /// <summary>Gets or sets how long the link has worked in seconds, or -1 when the last exchange failed on it.</summary>
        public long LinkUptimeSeconds { get; set; }

        /// <summary>Gets or sets the last exchange failure as its <see cref="ExchangeEnding"/> value, or -1 when none.</summary>
        public int LastError { get; set; }

        /// <summary>Gets or sets the name of <see cref="LastError"/> ("Timeout", "MacFailure"…), or null when none.</summary>
        public string LastErrorName { get; set; }

        /// <summary>Gets or sets the age of the last exchange failure in seconds, or -1.</summary>
        public long LastErrorAgeSeconds { get; set; }

        /// <summary>Gets or sets the Wi-Fi signal in dBm from the last link test, 0 when unknown.</summary>
        public int SignalDbm { get; set; }

        /// <summary>Gets or sets the time to a usable connection in ms from the last link test, or -1.</summary>
        public long ConnectMs { get; set; }

        /// <summary>Gets or sets the echo round trip in ms from the last host test, or -1.</summary>
        public long EchoMs { get; set; }

        /// <summary>Gets or sets the free managed memory in bytes, or -1.</summary>
        public long FreeMemoryBytes { get; set; }

        /// <summary>Gets or sets a value indicating whether the working keys are loaded.</summary>
        public bool KeysLoaded { get; set; }

        /// <summary>Gets or sets the self-tests in <see cref="SelfTestId"/> order.</summary>
        public List<SelfTestView> SelfTests { get; set; } = new List<SelfTestView>();

        /// <summary>Gets or sets the report as the health QR code carries it (<see cref="HealthCode.Encode"/>).</summary>
        public string Code { get; set; }

        /// <summary>Gets or sets the simulated time in ms at which a running terminal collected the report; null for a decoded code.</summary>
        public long? CollectedAtMs { get; set; }

        /// <summary>Makes the view of a report.</summary>
        /// <param name="report">The report.</param>
        /// <param name="language">The language of the self-tests' messages.</param>
        /// <param name="live">The terminal's self-tests, for each finished test's figure and detail; null for a decoded code.</param>
        /// <returns>The view.</returns>
        public static HealthView From(HealthReport report, Language language, SelfTestSuite live = null)
        {
            ArgumentNullException.ThrowIfNull(report);
            var view = new HealthView
            {
                TerminalId = report.TerminalId,
                FirmwareVersion = report.FirmwareVersion,
                JournalFormat = report.JournalFormat,
                Boots = report.Boots,
                UnexpectedReboots = report.UnexpectedReboots,
                RebootsDuringPayment = report.RebootsDuringPayment,
                UptimeSeconds = report.UptimeSeconds,
                PendingReversals = report.PendingReversals,
                OldestReversalAgeSeconds = report.OldestReversalAgeSeconds,
                OldestReversalAttempts = report.OldestReversalAttempts,
                JournalSlotsUsed = report.JournalSlotsUsed,
                JournalSlots = report.JournalSlots,
                JournalRepaired = report.JournalRepaired,
                JournalLost = report.JournalLost,
                BatchEntries = report.BatchEntries,
                LastSettlementUnixSeconds = report.LastSettlementUnixSeconds,
                LastSettlementUtc = report.LastSettlementUnixSeconds > 0
                    ? DateTimeOffset.FromUnixTimeSeconds(report.LastSettlementUnixSeconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                    : null,
                ExchangeWindow = report.ExchangeWindow,
                ExchangesTotal = report.ExchangesTotal,
                Timeouts = report.Timeouts,
                Code91 = report.Code91,
                Code96 = report.Code96,
                Malformed = report.Malformed,
                MacFailures = report.MacFailures,
                LinkFailures = report.LinkFailures,
                LinkUptimeSeconds = report.LinkUptimeSeconds,
                LastError = report.LastError,
                LastErrorName = report.LastError >= 0 && Enum.IsDefined(typeof(ExchangeEnding), report.LastError) ? ((ExchangeEnding)report.LastError).ToString() : null,
                LastErrorAgeSeconds = report.LastErrorAgeSeconds,
                SignalDbm = report.SignalDbm,
                ConnectMs = report.ConnectMs,
                EchoMs = report.EchoMs,
                FreeMemoryBytes = report.FreeMemoryBytes,
                KeysLoaded = report.KeysLoaded,
                Code = HealthCode.Encode(report),
            };
            for (int i = 0; i < SelfTestSuite.Count; i++)
            {
                view.SelfTests.Add(SelfTestView.From((SelfTestId)i, report.TestStatus[i], report.TestReason[i], language, live?.Get((SelfTestId)i).Result));
            }

            return view;
        }
    }

    /// <summary>One self-test's last result in a <see cref="HealthView"/>.</summary>
    public sealed class SelfTestView
    {
        /// <summary>Gets or sets the test's number (<see cref="SelfTestId"/>: 0 display … 6 memory; the menu shows it plus 1).</summary>
        public int Id { get; set; }

        /// <summary>Gets or sets the test's name: "Display", "Keypad", "Store", "Clock", "Link", "Host", "Memory".</summary>
        public string Name { get; set; }

        /// <summary>Gets or sets the status: "notRun", "passed" or "failed".</summary>
        public string Status { get; set; }

        /// <summary>Gets or sets why it failed, as the <see cref="SelfTestReason"/> name ("LinkTlsFailed"), or null.</summary>
        public string Reason { get; set; }

        /// <summary>Gets or sets the reason's fixed number (<see cref="SelfTestReason"/>; the tens digit is the test), 0 when none.</summary>
        public int ReasonCode { get; set; }

        /// <summary>Gets or sets what the failure tells the technician, in the terminal's language ("Secure link failed - check
        /// CA"), with the figure when known ("?" otherwise), or null when it did not fail.</summary>
        public string Message { get; set; }

        /// <summary>Gets or sets the test's figure (unit per test: pages, keys, bytes, ms, dBm) from the running terminal, or null.</summary>
        public long? Value { get; set; }

        /// <summary>Gets or sets the test's short detail (a driver's message, the missing keys) from the running terminal, or null.</summary>
        public string Detail { get; set; }

        /// <summary>Makes the view of one test.</summary>
        /// <param name="id">The test.</param>
        /// <param name="status">Its status in the report.</param>
        /// <param name="reason">Its reason in the report.</param>
        /// <param name="language">The message's language.</param>
        /// <param name="live">The running terminal's result of that test, or null.</param>
        /// <returns>The view.</returns>
        public static SelfTestView From(SelfTestId id, SelfTestStatus status, SelfTestReason reason, Language language, SelfTestResult live = null)
        {
            // The live figure belongs to this report only when it is the same finished result.
            bool same = live != null && live.IsFinished && live.Status == status && live.Reason == reason;
            string figure = same ? (reason == SelfTestReason.KeysMissing && live.Detail != null ? live.Detail : live.Value.ToString(CultureInfo.InvariantCulture)) : "?";
            return new SelfTestView
            {
                Id = (int)id,
                Name = id.ToString(),
                Status = status switch
                {
                    SelfTestStatus.Passed => "passed",
                    SelfTestStatus.Failed => "failed",
                    SelfTestStatus.Running => "running",
                    _ => "notRun",
                },
                Reason = reason == SelfTestReason.None ? null : Enum.IsDefined(reason) ? reason.ToString() : "Unknown" + ((int)reason).ToString(CultureInfo.InvariantCulture),
                ReasonCode = (int)reason,
                Message = status == SelfTestStatus.Failed ? SelfTestTexts.ReasonText(reason, figure, language) : null,
                Value = same ? live.Value : null,
                Detail = same ? live.Detail : null,
            };
        }
    }
}
