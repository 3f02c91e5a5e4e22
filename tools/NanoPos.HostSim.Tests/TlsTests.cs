using System;
using System.IO;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using NanoPos.Cli;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;
using SecurityKeys = NanoPos.Security.WorkingKeys;

namespace NanoPos.HostSim.Tests
{
    /// <summary><c>host-sim --tls</c>: TLS 1.2/1.3 with a CA made at start; a client pinning that CA is served, anything else is closed cleanly.</summary>
    public class TlsTests
    {
        [Fact]
        public void AClientPinningTheGeneratedCaSignsOnAndEchoesOverTls()
        {
            using HostSimulator sim = Start();
            using TlsClient client = TlsClient.Connect(sim.Port, sim.Tls.Authority, TlsAuthority.DefaultServerName);

            SecurityKeys keys = Secure.Keys(Secure.Decode(client.Exchange(Secure.Plain(Requests.SignOn(1)))));
            byte[] echo = client.Exchange(Secure.Frame(Requests.Echo(2), keys.MacKey));

            Assert.True(client.Protocol == SslProtocols.Tls13 || client.Protocol == SslProtocols.Tls12);
            Assert.Equal("00", Secure.Decode(echo).GetString(39));
            Assert.True(Secure.Verifies(echo, keys.MacKey));
            Assert.True(sim.Server.IsTls);
        }

        [Fact]
        public void APlainClientAgainstTheTlsServerIsClosedInOneLogLineAndTheServerKeepsServing()
        {
            var events = new System.Collections.Concurrent.ConcurrentQueue<HostSimEvent>();
            using HostSimulator sim = Start((_, e) => events.Enqueue(e));

            using (HostSimClient plain = HostSimClient.Connect(sim.Port, RunningHost.Timeout))
            {
                plain.Send(Requests.Echo(1));
                ClientReply reply = plain.Receive(RunningHost.Timeout);
                Assert.NotEqual(ClientReplyKind.Message, reply.Kind);
                Assert.NotEqual(ClientReplyKind.Timeout, reply.Kind);
            }

            HostSimEvent failed = WaitFor(events, HostSimEventKind.TlsHandshakeFailed);
            Assert.DoesNotContain('\n', failed.ToString());
            Assert.DoesNotContain(" at ", failed.Note);
            Assert.StartsWith("TLS handshake failed: 127.0.0.1:", failed.ToString()[(failed.ToString().IndexOf('#') + 3)..]);

            using TlsClient client = TlsClient.Connect(sim.Port, sim.Tls.Authority, TlsAuthority.DefaultServerName);
            Assert.Equal("00", Secure.Decode(client.Exchange(Secure.Plain(Requests.SignOn(2)))).GetString(39));
            Assert.Equal(0, sim.Ledger.Count);
        }

        [Fact]
        public void AClientThatDoesNotTrustTheCaOrPinsAnotherRunsCaIsRefused()
        {
            using HostSimulator sim = Start();
            using HostSimulator other = Start();

            Assert.ThrowsAny<Exception>(() => TlsClient.Connect(sim.Port, null, TlsAuthority.DefaultServerName).Dispose());
            Assert.ThrowsAny<Exception>(() => TlsClient.Connect(sim.Port, other.Tls.Authority, TlsAuthority.DefaultServerName).Dispose());
            Assert.ThrowsAny<Exception>(() => TlsClient.Connect(sim.Port, sim.Tls.Authority, "bank.example").Dispose());
        }

        [Fact]
        public void APeerThatNeverHandsShakesIsClosedAfterTheHandshakeTimeout()
        {
            var events = new System.Collections.Concurrent.ConcurrentQueue<HostSimEvent>();
            using HostSimulator sim = Start((_, e) => events.Enqueue(e), handshakeMs: 300);
            using HostSimClient silent = HostSimClient.Connect(sim.Port, RunningHost.Timeout);

            Assert.Equal(ClientReplyKind.Closed, silent.Receive(RunningHost.Timeout).Kind);
            Assert.Contains("no handshake within 300 ms", WaitFor(events, HostSimEventKind.TlsHandshakeFailed).Note);
        }

        [Fact]
        public void TheCommandWritesTheCaItServesWithAndPrintsItsFingerprint()
        {
            using var folder = new TempFolder();
            string caFile = folder.File("host-sim-ca.pem");
            var output = new LockedWriter();
            using var stop = new CancellationTokenSource();
            int exit = -1;
            var thread = new Thread(() => exit = HostSimCommand.Run(new[] { "--port", "0", "--tls", "--tls-name", "pos.acquirer.test", "--tls-ca-out", caFile }, output, new StringWriter(), stop.Token));
            try
            {
                thread.Start();
                int port = int.Parse(HostSimCommandTests.WaitFor(output, @"listening on 127\.0\.0\.1:(\d+) over TLS").Groups[1].Value);
                string fingerprint = HostSimCommandTests.WaitFor(output, "CA SHA-256 fingerprint ([0-9A-F]{64})").Groups[1].Value;
                HostSimCommandTests.WaitFor(output, "written to " + System.Text.RegularExpressions.Regex.Escape(Path.GetFullPath(caFile)));

                using X509Certificate2 pinned = X509Certificate2.CreateFromPem(File.ReadAllText(caFile));
                Assert.Equal(fingerprint, pinned.GetCertHashString(HashAlgorithmName.SHA256));
                using TlsClient client = TlsClient.Connect(port, pinned, "pos.acquirer.test");
                Assert.Equal("00", Secure.Decode(client.Exchange(Secure.Plain(Requests.SignOn(1)))).GetString(39));
            }
            finally
            {
                stop.Cancel();
                Assert.True(thread.Join(10_000), "host-sim did not stop");
            }

            Assert.Equal(0, exit);
            Assert.Contains("keys: TMK check value 08D7B4FB (the demo TMK)", output.ToString());
        }

        private static HostSimulator Start(EventHandler<HostSimEvent> onEvent = null, int handshakeMs = 5000)
        {
            return HostSimulator.Start(
                new HostSimOptions
                {
                    Port = 0,
                    Tls = true,
                    Time = new FixedClock(Host.Noon),
                    Server = new HostServerOptions { IdleTimeoutMs = 10_000, FrameTimeoutMs = 1_000, HandshakeTimeoutMs = handshakeMs },
                },
                onEvent);
        }

        private static HostSimEvent WaitFor(System.Collections.Concurrent.ConcurrentQueue<HostSimEvent> events, HostSimEventKind kind)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < RunningHost.Timeout)
            {
                foreach (HostSimEvent e in events)
                {
                    if (e.Kind == kind)
                    {
                        return e;
                    }
                }

                Thread.Sleep(10);
            }

            throw new TimeoutException("no " + kind + " event");
        }
    }
}
