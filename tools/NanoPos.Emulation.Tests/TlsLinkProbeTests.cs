using System;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.HostSim;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// The TLS client link as an <see cref="ILinkProbe"/> over the in-memory link, on simulated time: radio, name and
    /// TCP come from the inner link's probe, the handshake is the TLS stage, and a certificate the pinned CA did not sign
    /// (<see cref="TlsHostEndpoint.ServeUntrustedCertificate"/>) or one for another name fails that stage in plain words.
    /// </summary>
    public class TlsLinkProbeTests
    {
        [Fact]
        public void EveryStagePassesWithTheInnerLinksFiguresAndATimedHandshake()
        {
            var rig = new Rig();
            rig.Wire.SetRadio(true, -58);
            rig.Wire.SetLatency(15, 30);
            var result = new LinkProbeResult();

            rig.Link.Probe(1000, result);

            Assert.True(result.Passed, result.Error);
            Assert.True(result.HasRadio);
            Assert.True(result.RadioJoined);
            Assert.Equal(-58, result.SignalStrengthDbm);
            Assert.Equal(15, result.NameLookupMs);
            Assert.Equal(30, result.TcpConnectMs);
            Assert.True(result.UsesTls);
            Assert.Equal(0, result.TlsHandshakeMs); // simulated time: a handshake's bytes take no time
            Assert.Equal(1, rig.Tls.HandshakesCompleted);
            Assert.Equal(1, rig.Link.Handshakes);
            Assert.Equal(LinkState.Disconnected, rig.Link.State);
            Assert.Equal(LinkState.Disconnected, rig.Wire.State);
        }

        [Fact]
        public void AnUntrustedHostCertificateFailsTheTlsStageAndTheHostGetsNoPlaintext()
        {
            var rig = new Rig();
            rig.Tls.ServeUntrustedCertificate(true);
            var result = new LinkProbeResult();

            rig.Link.Probe(1000, result);

            Assert.Equal(LinkProbeStage.Tls, result.FailedStage);
            Assert.Equal("certificate not trusted", result.Error);
            Assert.Equal(0, result.TcpConnectMs);
            Assert.Equal(-1, result.TlsHandshakeMs);
            Assert.Contains("RemoteCertificateChainErrors", rig.Link.LastError);
            Assert.Equal(0, rig.Tls.PlaintextBytes);
            Assert.Equal(LinkState.Disconnected, rig.Wire.State);

            rig.Tls.ServeUntrustedCertificate(false);
            rig.Link.Probe(1000, result);

            Assert.True(result.Passed, result.Error);
        }

        [Fact]
        public void AnUntrustedCertificateAlsoFailsAPlainConnect()
        {
            var rig = new Rig();
            rig.Tls.ServeUntrustedCertificate(true);

            Assert.False(rig.Link.Connect(1000));
            Assert.Contains("RemoteCertificateChainErrors", rig.Link.LastError);
        }

        [Fact]
        public void ACertificateForAnotherNameFailsTheTlsStageAsANameMismatch()
        {
            var rig = new Rig("acquirer.elsewhere.test");
            var result = new LinkProbeResult();

            rig.Link.Probe(1000, result);

            Assert.Equal(LinkProbeStage.Tls, result.FailedStage);
            Assert.Equal("certificate name mismatch", result.Error);
        }

        [Fact]
        public void AnInnerFaultFailsItsOwnStageAndNoHandshakeStarts()
        {
            var rig = new Rig();
            rig.Wire.SetRadio(false, -60);
            var result = new LinkProbeResult();

            rig.Link.Probe(800, result);

            Assert.Equal(LinkProbeStage.Radio, result.FailedStage);
            Assert.True(result.UsesTls);
            Assert.Equal(800, rig.Clock.MonotonicMs);
            Assert.Equal(0, rig.Tls.HandshakesCompleted);

            rig.Wire.SetRadio(true, -60);
            rig.Wire.RefuseConnections(true);
            rig.Link.Probe(800, result);

            Assert.Equal(LinkProbeStage.Tcp, result.FailedStage);
            Assert.Equal("connection refused", result.Error);
            Assert.Equal(0, rig.Tls.HandshakesCompleted);
        }

        [Fact]
        public void AnInnerLinkWithoutAProbeIsTimedByAPlainConnect()
        {
            var rig = new Rig(null, (wire, clock) => new SlowLink(wire, clock, 45));
            var result = new LinkProbeResult();

            rig.Link.Probe(1000, result);

            Assert.True(result.Passed, result.Error);
            Assert.False(result.HasRadio);
            Assert.Equal(-1, result.NameLookupMs);
            Assert.Equal(45, result.TcpConnectMs);
            Assert.True(result.UsesTls);
            Assert.Equal(0, result.TlsHandshakeMs);
        }

        [Fact]
        public void TheLinkConnectsNormallyAfterAProbe()
        {
            var rig = new Rig();
            rig.Link.Probe(1000, new LinkProbeResult());

            Assert.True(rig.Link.Connect(1000), rig.Link.LastError);
            Assert.Equal(2, rig.Tls.HandshakesCompleted);
        }

        [Fact]
        public void BadArgumentsAreRefused()
        {
            var rig = new Rig();
            Assert.Throws<ArgumentOutOfRangeException>(() => rig.Link.Probe(0, new LinkProbeResult()));
            Assert.Throws<ArgumentNullException>(() => rig.Link.Probe(1000, null));
        }

        /// <summary>Terminal TLS link over an in-memory wire to the host's TLS termination and an accepting host.</summary>
        private sealed class Rig
        {
            internal Rig(string serverName = null, Func<InMemoryLink, ManualClock, INetworkLink> wrap = null)
            {
                Tls = new TlsHostEndpoint(new AcceptingHost(), SimulatedTls.SharedAuthority);
                Wire = new InMemoryLink(Clock, Tls);
                INetworkLink carrier = wrap == null ? Wire : wrap(Wire, Clock);
                Link = new TlsClientLink(carrier, Clock, serverName ?? "127.0.0.1", SimulatedTls.SharedAuthority.Authority);
            }

            internal ManualClock Clock { get; } = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc), true);

            internal TlsHostEndpoint Tls { get; }

            internal InMemoryLink Wire { get; }

            internal TlsClientLink Link { get; }
        }

        /// <summary>A plaintext host that accepts every connection and answers nothing.</summary>
        private sealed class AcceptingHost : IHostEndpoint
        {
            public bool OnConnect(InMemoryLink link) => true;

            public void OnDisconnect(InMemoryLink link)
            {
            }

            public void OnReceive(InMemoryLink link, byte[] data, int offset, int count)
            {
            }
        }

        /// <summary>A link without a probe whose connect takes a fixed simulated time.</summary>
        private sealed class SlowLink : INetworkLink
        {
            private readonly INetworkLink _inner;
            private readonly ManualClock _clock;
            private readonly long _connectMs;

            internal SlowLink(INetworkLink inner, ManualClock clock, long connectMs)
            {
                _inner = inner;
                _clock = clock;
                _connectMs = connectMs;
            }

            public LinkState State => _inner.State;

            public int SignalStrengthDbm => _inner.SignalStrengthDbm;

            public bool Connect(int timeoutMs)
            {
                _clock.Advance(_connectMs);
                return _inner.Connect(timeoutMs);
            }

            public void Disconnect() => _inner.Disconnect();

            public int Send(byte[] buffer, int offset, int count, int timeoutMs) => _inner.Send(buffer, offset, count, timeoutMs);

            public int Receive(byte[] buffer, int offset, int count, int timeoutMs) => _inner.Receive(buffer, offset, count, timeoutMs);
        }
    }
}
