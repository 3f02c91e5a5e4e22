using System;
using NanoPos.Hal;
using NanoPos.Transactions;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// Fills a <see cref="HealthReport"/> from where each figure lives: the device (boots, memory, uptime), the engine
    /// (reversals, journal, batch, exchanges, keys), what the journal held at boot, the <see cref="HealthLog"/>, and the
    /// self-tests.
    /// </summary>
    /// <remarks>Reads the engine: call it only while no engine call runs (the screens open the health report only then).
    /// Allocates the pending-reversal list and the report's strings; meant for a screen or a request, not a loop.</remarks>
    public sealed class HealthCollector
    {
        private static readonly long s_unixEpochTicks = new DateTime(1970, 1, 1).Ticks;

        private readonly IDeviceInfo _device;
        private readonly IClock _clock;
        private readonly HealthLog _log;
        private readonly SelfTestSuite _tests;

        /// <summary>Creates the collector.</summary>
        /// <param name="device">The device facts.</param>
        /// <param name="clock">The clock (ages and Unix times).</param>
        /// <param name="log">The persisted figures.</param>
        /// <param name="tests">The self-tests, or null when the terminal has none.</param>
        /// <exception cref="ArgumentNullException"><paramref name="device"/>, <paramref name="clock"/> or <paramref name="log"/> is null.</exception>
        public HealthCollector(IDeviceInfo device, IClock clock, HealthLog log, SelfTestSuite tests)
        {
            if (device == null || clock == null || log == null)
            {
                throw new ArgumentNullException(device == null ? "device" : clock == null ? "clock" : "log");
            }

            _device = device;
            _clock = clock;
            _log = log;
            _tests = tests;
        }

        /// <summary>Gets the persisted figures.</summary>
        public HealthLog Log
        {
            get { return _log; }
        }

        /// <summary>Gets the self-tests, or null.</summary>
        public SelfTestSuite Tests
        {
            get { return _tests; }
        }

        /// <summary>Gets or sets the terminal ID, once the configuration is loaded.</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets the engine, once it exists (null before: the report then holds the device's figures only).</summary>
        public PaymentEngine Engine { get; set; }

        /// <summary>Gets or sets what the journal held at this boot, once recovered.</summary>
        public JournalRecovery Recovery { get; set; }

        /// <summary>Converts a wall time to Unix seconds.</summary>
        /// <param name="utc">The time, UTC.</param>
        /// <returns>Seconds since 1970-01-01 UTC.</returns>
        public static long ToUnixSeconds(DateTime utc)
        {
            return (utc.Ticks - s_unixEpochTicks) / TimeSpan.TicksPerSecond;
        }

        /// <summary>Gets the current wall time in Unix seconds, or 0 when the clock is not trusted.</summary>
        /// <returns>The time.</returns>
        public long NowUnixSeconds()
        {
            return _clock.IsWallTimeTrusted ? ToUnixSeconds(_clock.UtcNow) : 0;
        }

        /// <summary>Fills a report with every figure known now.</summary>
        /// <param name="report">The report; cleared first.</param>
        /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
        public void Collect(HealthReport report)
        {
            if (report == null)
            {
                throw new ArgumentNullException("report");
            }

            report.Clear();
            long now = _clock.MonotonicMs;
            report.TerminalId = TerminalId;
            report.FirmwareVersion = _device.FirmwareVersion;
            report.JournalFormat = JournalRecordCodec.CurrentVersion;
            report.Boots = _device.BootCount;
            report.UnexpectedReboots = _device.UnexpectedReboots;
            report.RebootsDuringPayment = _log.RebootsDuringPayment;
            report.UptimeSeconds = _device.UptimeMs / 1000;
            report.LastSettlementUnixSeconds = _log.LastSettlementUnixSeconds;
            report.FreeMemoryBytes = _device.FreeMemoryBytes;
            if (Recovery != null)
            {
                report.JournalRepaired = Recovery.CorrectedRecords + Recovery.RestoredRecords;
                report.JournalLost = Recovery.LostRecords;
            }

            if (Engine != null)
            {
                CollectEngine(report, now);
            }

            if (_tests != null)
            {
                _tests.CopyResults(report);
                CollectTestFigures(report);
            }
        }

        private void CollectEngine(HealthReport report, long now)
        {
            PaymentEngine engine = Engine;
            TransactionLog log = engine.Log;
            report.PendingReversals = log.PendingCount;
            if (log.PendingCount > 0)
            {
                JournalRecord oldest = (JournalRecord)log.PendingReversals[0];
                report.OldestReversalAttempts = log.AttemptsOf(oldest.Stan);
                report.OldestReversalAgeSeconds = oldest.CreatedUtcTicks > 0 && _clock.IsWallTimeTrusted
                    ? (_clock.UtcNow.Ticks - oldest.CreatedUtcTicks) / TimeSpan.TicksPerSecond : -1;
            }

            report.JournalSlots = log.Journal.SlotCount;
            report.JournalSlotsUsed = log.Journal.LiveCount;
            report.BatchEntries = log.BatchEntries.Count;
            report.KeysLoaded = engine.Keys.HasWorkingKeys;

            ExchangeHistory history = engine.Exchange.History;
            report.ExchangeWindow = history.Window;
            report.ExchangesTotal = history.Total;
            report.Timeouts = history.Count(ExchangeEnding.Timeout);
            report.Code91 = history.Count(ExchangeEnding.Code91);
            report.Code96 = history.Count(ExchangeEnding.Code96);
            report.Malformed = history.Count(ExchangeEnding.Malformed);
            report.MacFailures = history.Count(ExchangeEnding.MacFailure);
            report.LinkFailures = history.Count(ExchangeEnding.ConnectFailed) + history.Count(ExchangeEnding.NothingSent) + history.Count(ExchangeEnding.LinkLost);
            report.LinkUptimeSeconds = history.UpSinceMs < 0 ? -1 : history.UptimeMs(now) / 1000;
            if (history.LastFailureMs >= 0)
            {
                report.LastError = (int)history.LastFailure;
                report.LastErrorAgeSeconds = (now - history.LastFailureMs) / 1000;
            }
        }

        private void CollectTestFigures(HealthReport report)
        {
            LinkSelfTest link = _tests.Get(SelfTestId.Link) as LinkSelfTest;
            if (link != null && link.Result.IsFinished)
            {
                report.SignalDbm = link.Figures.SignalStrengthDbm;
                report.ConnectMs = link.Result.Status == SelfTestStatus.Passed ? link.Result.Value : -1;
            }

            SelfTestResult host = _tests.Get(SelfTestId.Host).Result;
            if (host.Status == SelfTestStatus.Passed)
            {
                report.EchoMs = host.Value;
            }
        }
    }
}
