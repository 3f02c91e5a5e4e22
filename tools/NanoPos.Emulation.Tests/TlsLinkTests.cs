using System;
using System.IO;
using System.Text;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.HostSim;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// The TLS client link and the host's TLS termination over an in-memory link, on simulated time: handshakes take no
    /// time, the host's delays, closes and refusals keep their times, a record cut by a timeout is kept whole for the
    /// next receive, and a send the link refuses still says that nothing left.
    /// </summary>
    public class TlsLinkTests
    {
        private static readonly byte[] Hello = Encoding.ASCII.GetBytes("hello, acquirer");

        [Fact]
        public void AnAnswerArrivesExactlyAtTheHostsDelay()
        {
            var rig = new Rig { Host = { DelayMs = 700 } };

            Assert.True(rig.Link.Connect(1000));
            Assert.Equal(0, rig.Clock.MonotonicMs);
            Assert.Equal(Hello.Length, rig.Link.Send(Hello, 0, Hello.Length, 1000));
            var buffer = new byte[64];

            Assert.Equal(0, rig.Link.Receive(buffer, 0, buffer.Length, 500));
            Assert.Equal(500, rig.Clock.MonotonicMs);
            Assert.Equal(LinkState.Connected, rig.Link.State);
            int n = rig.Link.Receive(buffer, 0, buffer.Length, 1000);

            Assert.Equal("hello, acquirer", Encoding.ASCII.GetString(buffer, 0, n));
            Assert.Equal(700, rig.Clock.MonotonicMs);
            Assert.Equal(1, rig.Tls.HandshakesCompleted);
        }

        [Fact]
        public void AHostCloseReachesTheTerminalAtItsDelayAfterTheAnswer()
        {
            var rig = new Rig { Host = { DelayMs = 300, CloseAfterAnswer = true } };
            rig.Link.Connect(1000);
            rig.Link.Send(Hello, 0, Hello.Length, 1000);
            var buffer = new byte[64];

            Assert.Equal(Hello.Length, rig.Link.Receive(buffer, 0, buffer.Length, 1000));
            Assert.Throws<IOException>(() => rig.Link.Receive(buffer, 0, buffer.Length, 1000));

            Assert.Equal(300, rig.Clock.MonotonicMs);
            Assert.Equal(LinkState.Disconnected, rig.Link.State);
            Assert.Throws<InvalidOperationException>(() => rig.Link.Send(Hello, 0, Hello.Length, 1000));
        }

        [Fact]
        public void AHostThatRefusesLetsTheWholeConnectTimeoutPass()
        {
            var rig = new Rig { Host = { Refuse = true } };

            Assert.False(rig.Link.Connect(2000));

            Assert.Equal(2000, rig.Clock.MonotonicMs);
            Assert.Equal(0, rig.Tls.HandshakesCompleted);
        }

        [Fact]
        public void ARecordCutByATimeoutIsKeptWholeUntilTheRestArrives()
        {
            // The answer's record comes at 100 ms, but only its first half: the rest follows 1 s later.
            var rig = new Rig((inner, clock) => new HalvingLink(inner, clock, 100, 1000)) { Host = { DelayMs = 100 } };
            rig.Link.Connect(1000);
            rig.Link.Send(Hello, 0, Hello.Length, 1000);
            var buffer = new byte[64];

            Assert.Equal(0, rig.Link.Receive(buffer, 0, buffer.Length, 400));
            Assert.Equal(400, rig.Clock.MonotonicMs);
            Assert.Equal(LinkState.Connected, rig.Link.State);
            int n = rig.Link.Receive(buffer, 0, buffer.Length, 5000);

            Assert.Equal("hello, acquirer", Encoding.ASCII.GetString(buffer, 0, n));
            Assert.Equal(1100, rig.Clock.MonotonicMs);
        }

        [Fact]
        public void ASendOnALinkThatKnowsItIsLostSaysNothingLeft()
        {
            var rig = new Rig();
            rig.Link.Connect(1000);
            rig.Wire.DropAfterSentBytes(0);

            Assert.Throws<InvalidOperationException>(() => rig.Link.Send(Hello, 0, Hello.Length, 1000));

            Assert.Equal(0, rig.Host.Received);
            Assert.Equal(LinkState.Disconnected, rig.Link.State);
        }

        [Fact]
        public void ALinkDroppedMidRecordIsAnIOException()
        {
            var rig = new Rig();
            rig.Link.Connect(1000);
            rig.Wire.DropAfterSentBytes(10);

            Assert.Throws<IOException>(() => rig.Link.Send(Hello, 0, Hello.Length, 1000));

            Assert.Equal(0, rig.Host.Received);
            Assert.Equal(LinkState.Disconnected, rig.Link.State);
        }

        [Fact]
        public void AnotherCaIsRefusedAndTheHostGetsNoPlaintext()
        {
            using var other = TlsAuthority.Create();
            var rig = new Rig(null, other);

            Assert.False(rig.Link.Connect(1000));

            Assert.Contains("RemoteCertificateChainErrors", rig.Link.LastError);
            Assert.Equal(LinkState.Disconnected, rig.Wire.State);
            Assert.Equal(0, rig.Tls.PlaintextBytes);
            Assert.Equal(0, rig.Clock.MonotonicMs);
        }

        /// <summary>Terminal link, TLS client, in-memory wire, host TLS termination and a plaintext host, on one clock.</summary>
        private sealed class Rig
        {
            internal Rig(Func<INetworkLink, ManualClock, INetworkLink> wrap = null, TlsAuthority pinned = null)
            {
                Tls = new TlsHostEndpoint(Host, SimulatedTls.SharedAuthority);
                Wire = new InMemoryLink(Clock, Tls);
                INetworkLink carrier = wrap == null ? Wire : wrap(Wire, Clock);
                Link = new TlsClientLink(carrier, Clock, "127.0.0.1", (pinned ?? SimulatedTls.SharedAuthority).Authority);
            }

            internal ManualClock Clock { get; } = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc), true);

            internal EchoHost Host { get; } = new EchoHost();

            internal TlsHostEndpoint Tls { get; }

            internal InMemoryLink Wire { get; }

            internal TlsClientLink Link { get; }
        }

        /// <summary>A plaintext host that echoes what it gets, after a delay, optionally closing after.</summary>
        private sealed class EchoHost : IHostEndpoint
        {
            internal long DelayMs { get; set; }

            internal bool CloseAfterAnswer { get; set; }

            internal bool Refuse { get; set; }

            internal int Received { get; private set; }

            public bool OnConnect(InMemoryLink link) => !Refuse;

            public void OnDisconnect(InMemoryLink link)
            {
            }

            public void OnReceive(InMemoryLink link, byte[] data, int offset, int count)
            {
                Received += count;
                link.Deliver(data, offset, count, DelayMs);
                if (CloseAfterAnswer)
                {
                    link.CloseFromHost(DelayMs);
                }
            }
        }

        /// <summary>
        /// Hands up only the first half of each chunk that arrives at or after <c>fromMs</c> (the answer, not the handshake
        /// or its tickets); the rest arrives <c>laterMs</c> after it.
        /// </summary>
        private sealed class HalvingLink : INetworkLink
        {
            private readonly INetworkLink _inner;
            private readonly ManualClock _clock;
            private readonly long _fromMs;
            private readonly long _laterMs;
            private byte[] _held;
            private long _heldDue;

            internal HalvingLink(INetworkLink inner, ManualClock clock, long fromMs, long laterMs)
            {
                _inner = inner;
                _clock = clock;
                _fromMs = fromMs;
                _laterMs = laterMs;
            }

            public LinkState State => _inner.State;

            public int SignalStrengthDbm => _inner.SignalStrengthDbm;

            public bool Connect(int timeoutMs) => _inner.Connect(timeoutMs);

            public void Disconnect() => _inner.Disconnect();

            public int Send(byte[] buffer, int offset, int count, int timeoutMs) => _inner.Send(buffer, offset, count, timeoutMs);

            public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
            {
                if (_held != null)
                {
                    // The rest comes at its time, or the receive times out first and simulated time moves by the timeout.
                    long wait = _heldDue - _clock.MonotonicMs;
                    if (wait > timeoutMs)
                    {
                        _clock.Advance(timeoutMs);
                        return 0;
                    }

                    _clock.Advance(Math.Max(0, wait));
                    int rest = _held.Length;
                    Array.Copy(_held, 0, buffer, offset, rest);
                    _held = null;
                    return rest;
                }

                int got = _inner.Receive(buffer, offset, count, timeoutMs);
                if (got < 2 || _clock.MonotonicMs < _fromMs)
                {
                    return got;
                }

                int half = got / 2;
                _held = new byte[got - half];
                Array.Copy(buffer, offset + half, _held, 0, _held.Length);
                _heldDue = _clock.MonotonicMs + _laterMs;
                return half;
            }
        }
    }
}
