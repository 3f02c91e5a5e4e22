using System;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Tests
{
    /// <summary>
    /// The in-memory link as an <see cref="ILinkProbe"/>: every stage on simulated time, and each injected fault failing
    /// exactly its stage (and a plain connect too), so the technician's link self-test can be proven without a network.
    /// </summary>
    [TestClass]
    public class InMemoryLinkProbeTests
    {
        private static ManualClock NewClock()
        {
            return new ManualClock(new DateTime(2026, 1, 1), true);
        }

        [TestMethod]
        public void A_default_link_passes_with_a_joined_radio_no_lookup_and_no_tls()
        {
            ManualClock clock = NewClock();
            var host = new RecordingEndpoint();
            var link = new InMemoryLink(clock, host);
            var result = new LinkProbeResult();

            link.Probe(1000, result);

            Assert.IsTrue(result.Passed);
            Assert.IsTrue(result.HasRadio);
            Assert.IsTrue(result.RadioJoined);
            Assert.AreEqual(InMemoryLink.DefaultSignalStrengthDbm, result.SignalStrengthDbm);
            Assert.AreEqual(-1L, result.NameLookupMs);
            Assert.AreEqual(0L, result.TcpConnectMs);
            Assert.IsFalse(result.UsesTls);
            Assert.AreEqual(-1L, result.TlsHandshakeMs);
            Assert.IsNull(result.Error);
            Assert.AreEqual(0L, clock.MonotonicMs);
            Assert.AreEqual(1, link.Connections);
            Assert.AreEqual((int)LinkState.Disconnected, (int)link.State);
        }

        [TestMethod]
        public void Stage_times_come_from_the_simulated_clock()
        {
            ManualClock clock = NewClock();
            var link = new InMemoryLink(clock, new RecordingEndpoint());
            link.SetLatency(12, 40);
            link.SetRadio(true, -67);
            var result = new LinkProbeResult();

            link.Probe(1000, result);

            Assert.IsTrue(result.Passed);
            Assert.AreEqual(-67, result.SignalStrengthDbm);
            Assert.AreEqual(12L, result.NameLookupMs);
            Assert.AreEqual(40L, result.TcpConnectMs);
            Assert.AreEqual(52L, clock.MonotonicMs);
        }

        [TestMethod]
        public void A_probe_resets_what_an_earlier_probe_left_and_closes_a_connection_in_use()
        {
            var link = new InMemoryLink(NewClock(), new RecordingEndpoint());
            var result = new LinkProbeResult();
            result.Fail(LinkProbeStage.Tls, "old");
            result.TlsHandshakeMs = 99;
            Assert.IsTrue(link.Connect(1000));

            link.Probe(1000, result);

            Assert.IsTrue(result.Passed);
            Assert.AreEqual(-1L, result.TlsHandshakeMs);
            Assert.AreEqual(2, link.Connections);
            Assert.AreEqual((int)LinkState.Disconnected, (int)link.State);
        }

        [TestMethod]
        public void A_radio_not_joined_fails_the_radio_stage_after_the_timeout_and_connect_fails_too()
        {
            ManualClock clock = NewClock();
            var host = new RecordingEndpoint();
            var link = new InMemoryLink(clock, host);
            link.SetRadio(false, -60);
            var result = new LinkProbeResult();

            link.Probe(700, result);

            Assert.AreEqual((int)LinkProbeStage.Radio, (int)result.FailedStage);
            Assert.AreEqual("Wi-Fi not joined", result.Error);
            Assert.IsTrue(result.HasRadio);
            Assert.IsFalse(result.RadioJoined);
            Assert.AreEqual(0, result.SignalStrengthDbm);
            Assert.AreEqual(-1L, result.TcpConnectMs);
            Assert.AreEqual(700L, clock.MonotonicMs);

            Assert.IsFalse(link.Connect(300));
            Assert.AreEqual(1000L, clock.MonotonicMs);
            Assert.AreEqual(0, link.Connections);

            link.SetRadio(true, -58);
            Assert.IsTrue(link.Connect(300));
            Assert.AreEqual(-58, link.SignalStrengthDbm);
        }

        [TestMethod]
        public void A_failed_name_lookup_fails_the_name_stage_after_the_lookup_time_without_reaching_the_host()
        {
            ManualClock clock = NewClock();
            var link = new InMemoryLink(clock, new RecordingEndpoint());
            link.SetLatency(25, 10);
            link.FailNameLookup("name not found");
            var result = new LinkProbeResult();

            link.Probe(1000, result);

            Assert.AreEqual((int)LinkProbeStage.Name, (int)result.FailedStage);
            Assert.AreEqual("name not found", result.Error);
            Assert.IsTrue(result.RadioJoined);
            Assert.AreEqual(-1L, result.NameLookupMs);
            Assert.AreEqual(-1L, result.TcpConnectMs);
            Assert.AreEqual(25L, clock.MonotonicMs);
            Assert.IsFalse(link.Connect(1000));
            Assert.AreEqual(0, link.Connections);

            link.FailNameLookup(null);
            Assert.IsTrue(link.Connect(1000));
        }

        [TestMethod]
        public void A_name_failure_without_a_lookup_time_still_has_a_name_stage()
        {
            var link = new InMemoryLink(NewClock(), new RecordingEndpoint());
            link.FailNameLookup("name server not answering");
            var result = new LinkProbeResult();

            link.Probe(1000, result);

            Assert.AreEqual((int)LinkProbeStage.Name, (int)result.FailedStage);
            Assert.AreEqual("name server not answering", result.Error);
        }

        [TestMethod]
        public void A_lookup_slower_than_the_timeout_fails_at_the_timeout()
        {
            ManualClock clock = NewClock();
            var link = new InMemoryLink(clock, new RecordingEndpoint());
            link.SetLatency(5000, 0);
            var result = new LinkProbeResult();

            link.Probe(2000, result);

            Assert.AreEqual((int)LinkProbeStage.Name, (int)result.FailedStage);
            Assert.AreEqual("name lookup timed out", result.Error);
            Assert.AreEqual(2000L, clock.MonotonicMs);
        }

        [TestMethod]
        public void Refused_connections_fail_the_tcp_stage_after_the_timeout()
        {
            ManualClock clock = NewClock();
            var link = new InMemoryLink(clock, new RecordingEndpoint());
            link.SetLatency(8, 0);
            link.RefuseConnections(true);
            var result = new LinkProbeResult();

            link.Probe(1500, result);

            Assert.AreEqual((int)LinkProbeStage.Tcp, (int)result.FailedStage);
            Assert.AreEqual("connection refused", result.Error);
            Assert.AreEqual(8L, result.NameLookupMs);
            Assert.AreEqual(-1L, result.TcpConnectMs);
            Assert.AreEqual(1508L, clock.MonotonicMs);
            Assert.AreEqual(0, link.Connections);
        }

        [TestMethod]
        public void A_connect_slower_than_the_timeout_fails_the_tcp_stage_and_the_host_never_sees_it()
        {
            ManualClock clock = NewClock();
            var host = new CountingEndpoint();
            var link = new InMemoryLink(clock, host);
            link.SetLatency(-1, 3000);
            var result = new LinkProbeResult();

            link.Probe(1000, result);

            Assert.AreEqual((int)LinkProbeStage.Tcp, (int)result.FailedStage);
            Assert.AreEqual("no connection within 1000 ms", result.Error);
            Assert.AreEqual(0, host.Connects);
            Assert.AreEqual(1000L, clock.MonotonicMs);
        }

        [TestMethod]
        public void A_plain_connect_lets_the_stage_times_pass_within_one_timeout()
        {
            ManualClock clock = NewClock();
            var link = new InMemoryLink(clock, new RecordingEndpoint());
            link.SetLatency(300, 400);

            Assert.IsTrue(link.Connect(1000));
            Assert.AreEqual(700L, clock.MonotonicMs);
            link.Disconnect();

            // 300 ms of lookup leave 300 ms for a 400 ms connect: the attempt gives up at the deadline.
            Assert.IsFalse(link.Connect(600));
            Assert.AreEqual(1300L, clock.MonotonicMs);
        }

        [TestMethod]
        public void Bad_arguments_are_refused()
        {
            var link = new InMemoryLink(NewClock(), new RecordingEndpoint());
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => link.Probe(0, new LinkProbeResult()));
            Assert.ThrowsException(typeof(ArgumentNullException), () => link.Probe(1000, null));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => link.SetRadio(true, 5));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => link.SetLatency(-2, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => link.SetLatency(0, -1));
        }
    }
}
