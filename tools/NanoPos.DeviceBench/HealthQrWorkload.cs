using System;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Qr;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// The health QR screen's work (health-qr): a full health report encoded as its compact text, the QR code made from it
    /// (the strongest level that fits, 8 masks scored) and drawn into the 128x64 framebuffer. The technician waits for it
    /// once per visit of the screen.
    /// </summary>
    public sealed class HealthQrWorkload : IWorkload
    {
        private readonly HealthReport _report = new HealthReport();
        private readonly MonochromeFramebuffer _frame = new MonochromeFramebuffer(128, 64);

        /// <summary>Gets the measurement's name: "health-qr".</summary>
        public string Name
        {
            get { return "health-qr"; }
        }

        /// <summary>Gets 0: nothing to do between rounds.</summary>
        public int MaxOpsPerRound
        {
            get { return 0; }
        }

        /// <summary>Fills a report with figures of a busy terminal (every field set, wide numbers) and checks it encodes to
        /// a symbol that fits the display.</summary>
        /// <exception cref="InvalidOperationException">The code does not fit or does not decode to the same figures.</exception>
        public void Setup()
        {
            _report.TerminalId = "TERM0001";
            _report.FirmwareVersion = "0.1.0";
            _report.JournalFormat = 3;
            _report.JournalSlotsUsed = 41;
            _report.JournalSlots = 64;
            _report.JournalRepaired = 2;
            _report.JournalLost = 0;
            _report.Boots = 1234;
            _report.UnexpectedReboots = 56;
            _report.RebootsDuringPayment = 7;
            _report.UptimeSeconds = 864000;
            _report.PendingReversals = 3;
            _report.OldestReversalAgeSeconds = 7200;
            _report.OldestReversalAttempts = 12;
            _report.BatchEntries = 180;
            _report.LastSettlementUnixSeconds = 1764800000;
            _report.ExchangeWindow = 50;
            _report.ExchangesTotal = 123456;
            _report.Timeouts = 4;
            _report.Code91 = 1;
            _report.Code96 = 2;
            _report.Malformed = 1;
            _report.MacFailures = 1;
            _report.LinkFailures = 3;
            _report.LinkUptimeSeconds = 36000;
            _report.LastError = 4;
            _report.LastErrorAgeSeconds = 4000;
            _report.SignalDbm = -71;
            _report.ConnectMs = 412;
            _report.EchoMs = 230;
            _report.FreeMemoryBytes = 61440;
            _report.KeysLoaded = true;
            for (int i = 0; i < SelfTestSuite.Count; i++)
            {
                _report.TestStatus[i] = SelfTestStatus.Passed;
            }

            string code = HealthCode.Encode(_report);
            HealthReport back = new HealthReport();
            HealthCode.Decode(code, back);
            if (back.ExchangesTotal != _report.ExchangesTotal || back.SignalDbm != _report.SignalDbm)
            {
                throw new InvalidOperationException("The health code does not decode to the figures encoded.");
            }

            QrCode qr = QrEncoder.Encode(code, QrEncoder.MaxVersion);
            if (qr.PixelSize(1) > _frame.Height)
            {
                throw new InvalidOperationException("The health QR code does not fit the display.");
            }
        }

        /// <summary>Nothing to prepare.</summary>
        public void PrepareRound()
        {
        }

        /// <summary>Encodes the report, makes its QR code and draws it (the screen's first frame).</summary>
        public void Run()
        {
            QrCode qr = QrEncoder.Encode(HealthCode.Encode(_report), QrEncoder.MaxVersion);
            qr.DrawTo(_frame, 0, 1, 1, false);
        }

        /// <summary>Nothing to reset: no counters.</summary>
        public void ResetCounters()
        {
        }
    }
}
