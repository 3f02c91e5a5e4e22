using System;
using nanoFramework.TestFramework;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Firmware.Tests
{
    /// <summary>The clock, link and memory self-tests on the simulated drivers, with every failure injected.</summary>
    [TestClass]
    public class AutomaticSelfTestTests
    {
        [TestMethod]
        public void A_clock_synced_a_minute_ago_passes_with_its_offset()
        {
            var clock = new ManualClock(new DateTime(2026, 12, 1, 8, 0, 0), true);
            clock.RecordSync(-420);
            clock.Advance(60000);
            var test = new ClockSelfTest(clock, clock);

            Assert.AreEqual((int)SelfTestStatus.Passed, (int)test.Begin(0));
            Assert.AreEqual(-420L, test.Result.Value);
            Assert.AreEqual("offset -420 ms, synced 60 s ago", test.Result.Detail);
        }

        [TestMethod]
        public void Each_clock_failure_has_its_reason()
        {
            var unset = new ManualClock(new DateTime(2000, 1, 1), false);
            Assert.AreEqual((int)SelfTestReason.ClockNotSet, (int)Run(new ClockSelfTest(unset, unset)).Reason);

            var neverSynced = new ManualClock(new DateTime(2026, 12, 1), true);
            Assert.AreEqual((int)SelfTestReason.ClockNotSynced, (int)Run(new ClockSelfTest(neverSynced, neverSynced)).Reason);

            var stale = new ManualClock(new DateTime(2026, 12, 1), true);
            stale.RecordSync(10);
            stale.Advance(ClockSelfTest.MaxSyncAgeMs + (3 * 3600000L));
            SelfTestResult staleResult = Run(new ClockSelfTest(stale, stale));
            Assert.AreEqual((int)SelfTestReason.ClockSyncStale, (int)staleResult.Reason);
            Assert.AreEqual(27L, staleResult.Value, "the age in hours");

            var drifting = new ManualClock(new DateTime(2026, 12, 1), true);
            drifting.RecordSync(ClockSelfTest.MaxOffsetMs + 1);
            SelfTestResult drift = Run(new ClockSelfTest(drifting, drifting));
            Assert.AreEqual((int)SelfTestReason.ClockDrift, (int)drift.Reason);
            Assert.AreEqual(ClockSelfTest.MaxOffsetMs + 1, drift.Value);
        }

        [TestMethod]
        public void A_clock_without_a_time_server_passes_on_a_trusted_time_alone()
        {
            var clock = new ManualClock(new DateTime(2026, 12, 1), true);
            Assert.AreEqual((int)SelfTestStatus.Passed, (int)Run(new ClockSelfTest(clock, null)).Status);
        }

        [TestMethod]
        public void The_link_test_reports_each_stage_and_passes_on_a_good_link()
        {
            var clock = new ManualClock(new DateTime(2026, 12, 1), true);
            var link = new InMemoryLink(clock, new SilentHost());
            link.SetLatency(12, 40);
            var test = new LinkSelfTest(link, 5000, clock);

            Assert.AreEqual((int)SelfTestStatus.Passed, (int)test.Begin(0));
            Assert.AreEqual(40L, test.Result.Value, "time to a usable connection");
            Assert.AreEqual("-60 dBm, DNS 12 ms, TCP 40 ms", test.Result.Detail);
            Assert.AreEqual((int)LinkState.Disconnected, (int)link.State, "the probe leaves the link closed");
        }

        [TestMethod]
        public void Each_link_stage_failure_has_its_reason()
        {
            var clock = new ManualClock(new DateTime(2026, 12, 1), true);
            var link = new InMemoryLink(clock, new SilentHost());
            var test = new LinkSelfTest(link, 5000, clock);

            link.SetRadio(false, 0);
            Assert.AreEqual((int)SelfTestReason.LinkNoRadio, (int)Run(test).Reason);

            link.SetRadio(true, -86);
            SelfTestResult weak = Run(test);
            Assert.AreEqual((int)SelfTestReason.LinkWeakSignal, (int)weak.Reason);
            Assert.AreEqual(-86L, weak.Value);

            link.SetRadio(true, -60);
            link.FailNameLookup("name not found");
            SelfTestResult dns = Run(test);
            Assert.AreEqual((int)SelfTestReason.LinkNameFailed, (int)dns.Reason);
            Assert.AreEqual("name not found", dns.Detail);

            link.FailNameLookup(null);
            link.RefuseConnections(true);
            Assert.AreEqual((int)SelfTestReason.LinkTcpFailed, (int)Run(test).Reason);

            link.RefuseConnections(false);
            Assert.AreEqual((int)SelfTestStatus.Passed, (int)Run(test).Status, "the link works again");
        }

        [TestMethod]
        public void A_link_without_a_probe_is_tested_by_a_plain_connect()
        {
            var clock = new ManualClock(new DateTime(2026, 12, 1), true);
            var test = new LinkSelfTest(new PlainLink(false), 5000, clock);
            SelfTestResult refused = Run(test);
            Assert.AreEqual((int)SelfTestReason.LinkTcpFailed, (int)refused.Reason);
            Assert.AreEqual("connect failed", refused.Detail);
            Assert.AreEqual((int)SelfTestStatus.Passed, (int)Run(new LinkSelfTest(new PlainLink(true), 5000, clock)).Status);
        }

        [TestMethod]
        public void Low_free_memory_fails_with_the_bytes_left()
        {
            var clock = new ManualClock(new DateTime(2026, 12, 1), true);
            SelfTestResult low = Run(new MemorySelfTest(new Device(MemorySelfTest.MinimumFreeBytes - 1), clock));
            Assert.AreEqual((int)SelfTestReason.MemoryLow, (int)low.Reason);
            Assert.AreEqual(MemorySelfTest.MinimumFreeBytes - 1, low.Value);
            Assert.AreEqual((int)SelfTestStatus.Passed, (int)Run(new MemorySelfTest(new Device(90000), clock)).Status);
        }

        [TestMethod]
        public void A_driver_exception_becomes_a_test_error_not_a_crash()
        {
            var clock = new ManualClock(new DateTime(2026, 12, 1), true);
            SelfTestResult result = Run(new LinkSelfTest(new PlainLink(true, true), 5000, clock));
            Assert.AreEqual((int)SelfTestReason.TestError, (int)result.Reason);
            Assert.AreEqual("socket closed", result.Detail);
        }

        private static SelfTestResult Run(ISelfTest test)
        {
            test.Begin(0);
            return test.Result;
        }

        private sealed class SilentHost : IHostEndpoint
        {
            public bool OnConnect(InMemoryLink link)
            {
                return true;
            }

            public void OnDisconnect(InMemoryLink link)
            {
            }

            public void OnReceive(InMemoryLink link, byte[] data, int offset, int count)
            {
            }
        }

        private sealed class PlainLink : INetworkLink
        {
            private readonly bool _connects;
            private readonly bool _throws;

            internal PlainLink(bool connects)
                : this(connects, false)
            {
            }

            internal PlainLink(bool connects, bool throws)
            {
                _connects = connects;
                _throws = throws;
            }

            public LinkState State
            {
                get { return LinkState.Disconnected; }
            }

            public int SignalStrengthDbm
            {
                get { return 0; }
            }

            public bool Connect(int timeoutMs)
            {
                if (_throws)
                {
                    throw new System.IO.IOException("socket closed");
                }

                return _connects;
            }

            public void Disconnect()
            {
            }

            public int Send(byte[] buffer, int offset, int count, int timeoutMs)
            {
                return 0;
            }

            public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
            {
                return 0;
            }
        }

        private sealed class Device : IDeviceInfo
        {
            private readonly long _free;

            internal Device(long free)
            {
                _free = free;
            }

            public string FirmwareVersion
            {
                get { return "0.1.0"; }
            }

            public string TargetName
            {
                get { return "test"; }
            }

            public long FreeMemoryBytes
            {
                get { return _free; }
            }

            public long UptimeMs
            {
                get { return 0; }
            }

            public int BootCount
            {
                get { return 1; }
            }

            public bool PreviousBootUnexpected
            {
                get { return false; }
            }

            public int UnexpectedReboots
            {
                get { return 0; }
            }
        }
    }
}
