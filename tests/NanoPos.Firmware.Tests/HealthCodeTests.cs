using System;
using nanoFramework.TestFramework;
using NanoPos.Diagnostics;

namespace NanoPos.Firmware.Tests
{
    /// <summary>The health report's compact text for the QR code: every figure comes back, and bad text is refused by field.</summary>
    [TestClass]
    public class HealthCodeTests
    {
        [TestMethod]
        public void Every_figure_survives_an_encode_and_a_decode()
        {
            HealthReport report = Sample();
            string code = HealthCode.Encode(report);
            var back = new HealthReport();
            HealthCode.Decode(code, back);

            Assert.AreEqual("TERM0001", back.TerminalId);
            Assert.AreEqual("0.1.0", back.FirmwareVersion);
            Assert.AreEqual(3, back.JournalFormat);
            Assert.AreEqual(6, back.JournalSlotsUsed);
            Assert.AreEqual(64, back.JournalSlots);
            Assert.AreEqual(1, back.JournalRepaired);
            Assert.AreEqual(0, back.JournalLost);
            Assert.AreEqual(12, back.Boots);
            Assert.AreEqual(3, back.UnexpectedReboots);
            Assert.AreEqual(1, back.RebootsDuringPayment);
            Assert.AreEqual(3725L, back.UptimeSeconds);
            Assert.AreEqual(2, back.PendingReversals);
            Assert.AreEqual(340L, back.OldestReversalAgeSeconds);
            Assert.AreEqual(4, back.OldestReversalAttempts);
            Assert.AreEqual(17, back.BatchEntries);
            Assert.AreEqual(1764800000L, back.LastSettlementUnixSeconds);
            Assert.AreEqual(50, back.ExchangeWindow);
            Assert.AreEqual(210, back.ExchangesTotal);
            Assert.AreEqual(5, back.Timeouts);
            Assert.AreEqual(1, back.Code91);
            Assert.AreEqual(2, back.Code96);
            Assert.AreEqual(3, back.Malformed);
            Assert.AreEqual(4, back.MacFailures);
            Assert.AreEqual(6, back.LinkFailures);
            Assert.AreEqual(-1L, back.LinkUptimeSeconds);
            Assert.AreEqual(4, back.LastError);
            Assert.AreEqual(75L, back.LastErrorAgeSeconds);
            Assert.AreEqual(-67, back.SignalDbm);
            Assert.AreEqual(250L, back.ConnectMs);
            Assert.AreEqual(95L, back.EchoMs);
            Assert.AreEqual(48128L, back.FreeMemoryBytes);
            Assert.IsTrue(back.KeysLoaded);
            Assert.AreEqual((int)SelfTestStatus.Failed, (int)back.TestStatus[(int)SelfTestId.Store]);
            Assert.AreEqual((int)SelfTestReason.StoreLowSpace, (int)back.TestReason[(int)SelfTestId.Store]);
            Assert.AreEqual((int)SelfTestStatus.Passed, (int)back.TestStatus[(int)SelfTestId.Display]);
            Assert.AreEqual((int)SelfTestStatus.NotRun, (int)back.TestStatus[(int)SelfTestId.Memory]);
            Assert.AreEqual(code, HealthCode.Encode(back), "a decoded report encodes to the same text");
        }

        [TestMethod]
        public void The_code_uses_only_the_qr_alphanumeric_characters_and_stays_short()
        {
            HealthReport report = Sample();
            report.TerminalId = "term 01/x";
            string code = HealthCode.Encode(report);
            const string allowed = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
            for (int i = 0; i < code.Length; i++)
            {
                Assert.IsTrue(allowed.IndexOf(code[i]) >= 0, "character '" + code[i].ToString() + "' at " + i.ToString() + " of " + code);
            }

            Assert.IsTrue(code.IndexOf(" TTERM-01-X ") > 0, code);
            Assert.IsTrue(code.Length < 190, "fits a version 9 symbol at level Q: " + code.Length.ToString());
        }

        [TestMethod]
        public void A_field_of_a_later_version_is_skipped_and_a_malformed_one_is_named()
        {
            var back = new HealthReport();
            HealthCode.Decode("NPH1 B4.1.0 W12.13 U99", back);
            Assert.AreEqual(4, back.Boots);
            Assert.AreEqual(99L, back.UptimeSeconds);

            Assert.AreEqual("Field B has 2 values, not 3.", Refusal("NPH1 B4.1"));
            Assert.AreEqual("Field U has a character that is not a digit: 'x'.", Refusal("NPH1 U1x"));
            Assert.AreEqual("Field Z: self-test 0 has no valid status.", Refusal("NPH1 Z900.0.0.0.0.0.0"));
            Assert.IsTrue(Refusal("HELLO").IndexOf("Not a nanoPos health code") == 0);
            Assert.IsTrue(Refusal("NPH12 B1.1.1").IndexOf("Not a nanoPos health code") == 0);
        }

        private static string Refusal(string text)
        {
            try
            {
                HealthCode.Decode(text, new HealthReport());
            }
            catch (FormatException e)
            {
                return e.Message;
            }

            return "accepted";
        }

        private static HealthReport Sample()
        {
            var report = new HealthReport();
            report.TerminalId = "TERM0001";
            report.FirmwareVersion = "0.1.0";
            report.JournalFormat = 3;
            report.JournalSlotsUsed = 6;
            report.JournalSlots = 64;
            report.JournalRepaired = 1;
            report.JournalLost = 0;
            report.Boots = 12;
            report.UnexpectedReboots = 3;
            report.RebootsDuringPayment = 1;
            report.UptimeSeconds = 3725;
            report.PendingReversals = 2;
            report.OldestReversalAgeSeconds = 340;
            report.OldestReversalAttempts = 4;
            report.BatchEntries = 17;
            report.LastSettlementUnixSeconds = 1764800000;
            report.ExchangeWindow = 50;
            report.ExchangesTotal = 210;
            report.Timeouts = 5;
            report.Code91 = 1;
            report.Code96 = 2;
            report.Malformed = 3;
            report.MacFailures = 4;
            report.LinkFailures = 6;
            report.LinkUptimeSeconds = -1;
            report.LastError = 4;
            report.LastErrorAgeSeconds = 75;
            report.SignalDbm = -67;
            report.ConnectMs = 250;
            report.EchoMs = 95;
            report.FreeMemoryBytes = 48128;
            report.KeysLoaded = true;
            report.TestStatus[(int)SelfTestId.Display] = SelfTestStatus.Passed;
            report.TestStatus[(int)SelfTestId.Store] = SelfTestStatus.Failed;
            report.TestReason[(int)SelfTestId.Store] = SelfTestReason.StoreLowSpace;
            return report;
        }
    }
}
