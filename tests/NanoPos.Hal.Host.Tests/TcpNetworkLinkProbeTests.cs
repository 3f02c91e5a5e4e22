using System;
using System.Net.Security;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace NanoPos.Hal.Host.Tests
{
    /// <summary>
    /// The host TCP link as an <see cref="ILinkProbe"/> against a local server: each stage timed, the failed one named
    /// with a short reason (refused port, unknown name, certificate from another CA or for another name), and the link
    /// left disconnected.
    /// </summary>
    public class TcpNetworkLinkProbeTests
    {
        private const int StageMs = 3000;

        [Fact]
        public void Plain_tcp_to_an_ip_literal_has_no_radio_no_lookup_and_a_timed_connect()
        {
            using var server = new LoopbackServer();
            Task<TcpClient> accepted = server.AcceptAsync();
            using var link = new TcpNetworkLink("127.0.0.1", server.Port);
            var result = new LinkProbeResult();

            link.Probe(StageMs, result);

            Assert.True(result.Passed, result.Error);
            Assert.False(result.HasRadio);
            Assert.Equal(0, result.SignalStrengthDbm);
            Assert.Equal(-1, result.NameLookupMs);
            Assert.InRange(result.TcpConnectMs, 0, StageMs);
            Assert.False(result.UsesTls);
            Assert.Equal(-1, result.TlsHandshakeMs);
            Assert.Equal(LinkState.Disconnected, link.State);
            using TcpClient peer = LoopbackServer.Await(accepted);
        }

        [Fact]
        public void A_host_name_is_looked_up_and_timed()
        {
            using var server = new LoopbackServer();
            Task<TcpClient> accepted = server.AcceptAsync();
            using var link = new TcpNetworkLink("localhost", server.Port);
            var result = new LinkProbeResult();

            link.Probe(StageMs, result);

            // localhost may resolve to ::1 first, on which nothing listens: the connect then tries 127.0.0.1.
            Assert.True(result.Passed, result.Error);
            Assert.InRange(result.NameLookupMs, 0, StageMs);
            Assert.InRange(result.TcpConnectMs, 0, StageMs);
            using TcpClient peer = LoopbackServer.Await(accepted);
        }

        [Fact]
        public void A_closed_port_fails_the_tcp_stage_as_connection_refused()
        {
            using var link = new TcpNetworkLink("127.0.0.1", LoopbackServer.ClosedPort());
            var result = new LinkProbeResult();

            link.Probe(StageMs, result);

            Assert.Equal(LinkProbeStage.Tcp, result.FailedStage);
            Assert.Equal("connection refused", result.Error);
            Assert.Equal(-1, result.TcpConnectMs);
            Assert.Contains("connection refused", link.LastError);
            Assert.Equal(LinkState.Disconnected, link.State);
        }

        [Fact]
        public void An_injected_refusal_fails_the_tcp_stage_without_reaching_the_host()
        {
            using var server = new LoopbackServer();
            using var link = new TcpNetworkLink("127.0.0.1", server.Port);
            link.RefuseConnections(true);
            var result = new LinkProbeResult();

            link.Probe(StageMs, result);

            Assert.Equal(LinkProbeStage.Tcp, result.FailedStage);
            Assert.Equal("connection refused", result.Error);
            Assert.False(server.HasPendingConnection);
        }

        [Fact]
        public void An_unknown_name_fails_the_name_stage()
        {
            // .invalid is reserved (RFC 6761): no resolver may answer it with an address.
            using var link = new TcpNetworkLink("nanopos-probe.invalid", 5000);
            var result = new LinkProbeResult();

            link.Probe(StageMs, result);

            Assert.Equal(LinkProbeStage.Name, result.FailedStage);
            Assert.StartsWith("name ", result.Error);
            Assert.Equal(-1, result.NameLookupMs);
            Assert.Equal(-1, result.TcpConnectMs);
        }

        [Fact]
        public void Tls_with_the_pinned_ca_times_connect_and_handshake()
        {
            using var certificates = new TestCertificates("acquirer");
            using var server = new LoopbackServer();
            Task<SslStream> accepted = AcceptTls(server, certificates);
            using var link = new TcpNetworkLink("127.0.0.1", server.Port, "localhost", certificates.Authority);
            var result = new LinkProbeResult();

            link.Probe(StageMs, result);

            Assert.True(result.Passed, result.Error);
            Assert.True(result.UsesTls);
            Assert.InRange(result.TcpConnectMs, 0, StageMs);
            Assert.InRange(result.TlsHandshakeMs, 0, StageMs);
            Assert.Equal(LinkState.Disconnected, link.State);
            ObserveEnd(accepted);
        }

        [Fact]
        public void A_certificate_from_another_ca_fails_the_tls_stage_as_not_trusted()
        {
            using var genuine = new TestCertificates("acquirer");
            using var impostor = new TestCertificates("impostor");
            using var server = new LoopbackServer();
            Task<SslStream> accepted = AcceptTls(server, impostor);
            using var link = new TcpNetworkLink("127.0.0.1", server.Port, "localhost", genuine.Authority);
            var result = new LinkProbeResult();

            link.Probe(StageMs, result);

            Assert.Equal(LinkProbeStage.Tls, result.FailedStage);
            Assert.Equal("certificate not trusted", result.Error);
            Assert.InRange(result.TcpConnectMs, 0, StageMs);
            Assert.Equal(-1, result.TlsHandshakeMs);
            ObserveEnd(accepted);
        }

        [Fact]
        public void A_certificate_for_another_name_fails_the_tls_stage_as_a_name_mismatch()
        {
            using var certificates = new TestCertificates("acquirer");
            using var server = new LoopbackServer();
            Task<SslStream> accepted = AcceptTls(server, certificates);
            using var link = new TcpNetworkLink("127.0.0.1", server.Port, "acquirer.example", certificates.Authority);
            var result = new LinkProbeResult();

            link.Probe(StageMs, result);

            Assert.Equal(LinkProbeStage.Tls, result.FailedStage);
            Assert.Equal("certificate name mismatch", result.Error);
            ObserveEnd(accepted);
        }

        [Fact]
        public void The_connect_still_works_after_a_probe()
        {
            using var server = new LoopbackServer();
            Task<TcpClient> first = server.AcceptAsync();
            using var link = new TcpNetworkLink("127.0.0.1", server.Port);
            link.Probe(StageMs, new LinkProbeResult());
            using TcpClient probed = LoopbackServer.Await(first);
            Task<TcpClient> second = server.AcceptAsync();

            Assert.True(link.Connect(StageMs), link.LastError);
            using TcpClient peer = LoopbackServer.Await(second);
            Assert.Equal(2, link.Connections);
        }

        [Fact]
        public void Bad_arguments_are_refused()
        {
            using var link = new TcpNetworkLink("127.0.0.1", 5000);
            Assert.Throws<ArgumentOutOfRangeException>(() => link.Probe(0, new LinkProbeResult()));
            Assert.Throws<ArgumentNullException>(() => link.Probe(1000, null));
        }

        private static Task<SslStream> AcceptTls(LoopbackServer server, TestCertificates certificates)
        {
            Task<TcpClient> accepted = server.AcceptAsync();
            return Task.Run(async () =>
            {
                TcpClient peer = await accepted;
                var tls = new SslStream(peer.GetStream(), false);
                using var cancel = new CancellationTokenSource(LoopbackServer.StepLimitMs);
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificates.Server }, cancel.Token);
                return tls;
            });
        }

        private static void ObserveEnd(Task<SslStream> task)
        {
            // The server's side ends either way once the probe closed its connection; wait so nothing outlives the test.
            try
            {
                if (task.Wait(LoopbackServer.StepLimitMs))
                {
                    task.Result.Dispose();
                }
            }
            catch (AggregateException)
            {
                // Expected when the client refused the handshake.
            }
        }
    }
}
