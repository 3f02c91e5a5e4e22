using System;
using nanoFramework.TestFramework;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Firmware.Tests
{
    /// <summary>The health record keeps the reboots during payments, the last settlement and the self-test results across reboots.</summary>
    [TestClass]
    public class HealthLogTests
    {
        [TestMethod]
        public void What_was_recorded_is_there_after_a_reboot_and_fills_tests_not_run_since()
        {
            var store = new InMemoryRecordStore();
            var clock = new ManualClock(new DateTime(2026, 12, 1), true);
            var log = new HealthLog(store);
            log.Load();
            SelfTestSuite suite = Suite(store, clock);
            suite.Get(SelfTestId.Store).Begin(0);
            log.RecordRebootDuringPayment();
            log.RecordSettlement(1764800000);
            log.RecordSelfTests(suite, 1764800100);

            var again = new HealthLog(store);
            again.Load();
            Assert.IsFalse(again.WasDamaged);
            Assert.AreEqual(1, again.RebootsDuringPayment);
            Assert.AreEqual(1764800000L, again.LastSettlementUnixSeconds);
            Assert.AreEqual(1764800100L, again.LastSelfTestUnixSeconds);

            SelfTestSuite fresh = Suite(store, clock);
            again.RestoreInto(fresh);
            Assert.AreEqual((int)SelfTestStatus.Passed, (int)fresh.Get(SelfTestId.Store).Result.Status);
            Assert.AreEqual(suite.Get(SelfTestId.Store).Result.Value, fresh.Get(SelfTestId.Store).Result.Value);
            Assert.AreEqual((int)SelfTestStatus.NotRun, (int)fresh.Get(SelfTestId.Memory).Result.Status);
        }

        [TestMethod]
        public void A_damaged_record_starts_again_at_zero_and_never_stops_the_boot()
        {
            var store = new InMemoryRecordStore();
            byte[] junk = new byte[] { 1, 2, 3 };
            store.Write(HealthLog.RecordName, junk, 0, junk.Length);
            var log = new HealthLog(store);
            log.Load();
            Assert.IsTrue(log.WasDamaged);
            Assert.AreEqual(0, log.RebootsDuringPayment);

            store.Damage(HealthLog.RecordName);
            var unreadable = new HealthLog(store);
            unreadable.Load();
            Assert.IsTrue(unreadable.WasDamaged);
        }

        private static SelfTestSuite Suite(IRecordStore store, ManualClock clock)
        {
            ISelfTest[] tests = new ISelfTest[SelfTestSuite.Count];
            tests[0] = new DisplaySelfTest(new FramebufferDisplay(128, 64), null);
            tests[1] = new KeypadWalkSelfTest(KeyMap.Reference);
            tests[2] = new StoreSelfTest(store, clock);
            tests[3] = new ClockSelfTest(clock, clock);
            tests[4] = new Named(SelfTestId.Link, clock);
            tests[5] = new Named(SelfTestId.Host, clock);
            tests[6] = new Named(SelfTestId.Memory, clock);
            return new SelfTestSuite(tests);
        }

        /// <summary>A test that passes at once: stands in for those that need an engine or a device here.</summary>
        private sealed class Named : AutomaticSelfTest
        {
            internal Named(SelfTestId id, IClock clock)
                : base(id, clock)
            {
            }

            protected override void Run(SelfTestResult result, long startedMs)
            {
                result.Pass(1, null, 0);
            }
        }
    }
}
