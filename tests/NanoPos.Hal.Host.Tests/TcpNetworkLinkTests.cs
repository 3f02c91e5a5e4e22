using System;
using System.Diagnostics;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace NanoPos.Hal.Host.Tests
{
    /// <summary>
    /// The host TCP link against a local server: the INetworkLink contract (timeouts, lost links, reconnection) and
    /// the fault injection it shares with the in-memory link. Every wait is bounded; no test can hang.
    /// </summary>
    public class TcpNetworkLinkTests
    {
        private const int ConnectMs = 3000;

        [Fact]
        public void Sent_bytes_come_back_from_an_echo_server()
        {
            using var server = new LoopbackServer();
            Task<TcpClient> accepted = server.AcceptAsync();
            using var link = new TcpNetworkLink("127.0.0.1", server.Port);

            Assert.True(link.Connect(ConnectMs));
            Assert.Equal(LinkState.Connected, link.State);
            using TcpClient peer = LoopbackServer.Await(accepted);
            Task echo = Task.Run(() => Echo(peer.GetStream(), 5));

            Assert.Equal(5, link.Send(new byte[] { 1, 2, 3, 4, 5 }, 0, 5, 1000));
            Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, ReceiveExactly(link, 5));
            Assert.True(LoopbackServer.Finished(echo));
            Assert.Equal(5, link.BytesSent);
            Assert.Equal(1, link.Connections);
            Assert.Equal(0, link.SignalStrengthDbm);
        }

        [Fact]
        public void Receive_returns_zero_when_nothing_arrives_in_time()
        {
            using var server = new LoopbackServer();
            Task<TcpClient> accepted = server.AcceptAsync();
            using var link = new TcpNetworkLink("127.0.0.1", server.Port);
            Assert.True(link.Connect(ConnectMs));
            using TcpClient peer = LoopbackServer.Await(accepted);

            var watch = Stopwatch.StartNew();
            Assert.Equal(0, link.Receive(new byte[4], 0, 4, 150));
            Assert.InRange(watch.ElapsedMilliseconds, 140, 2000);

            watch.Restart();
            Assert.Equal(0, link.Receive(new byte[4], 0, 4, 0));
            Assert.InRange(watch.ElapsedMilliseconds, 0, 1000);
            Assert.Equal(LinkState.Connected, link.State);
        }

        [Fact]
        public void Closed_port_fails_to_connect_and_says_why()
        {
            using var link = new TcpNetworkLink("127.0.0.1", LoopbackServer.ClosedPort());

            Assert.False(link.Connect(ConnectMs));
            Assert.Equal(LinkState.Disconnected, link.State);
            Assert.NotEqual(string.Empty, link.LastError);
        }

        [Fact]
        public void Connect_to_a_host_that_does_not_answer_gives_up_within_the_timeout()
        {
            // A listener whose accept queue is full: Linux then drops further SYNs, so the connection neither
            // succeeds nor is refused (other systems may refuse at once, which must end the same way, in time).
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
            listener.Listen(1);
            int port = ((System.Net.IPEndPoint)listener.LocalEndPoint).Port;
            using var filler1 = new TcpNetworkLink("127.0.0.1", port);
            using var filler2 = new TcpNetworkLink("127.0.0.1", port);
            filler1.Connect(500);
            filler2.Connect(500);

            using var link = new TcpNetworkLink("127.0.0.1", port);
            var watch = Stopwatch.StartNew();
            Assert.False(link.Connect(300));
            Assert.InRange(watch.ElapsedMilliseconds, 0, 2000);
            if (OperatingSystem.IsLinux())
            {
                Assert.True(watch.ElapsedMilliseconds >= 250, "gave up after " + watch.ElapsedMilliseconds + " ms: " + link.LastError);
            }

            Assert.Equal(LinkState.Disconnected, link.State);
        }

        [Fact]
        public void Injected_refusal_fails_without_reaching_the_host_until_lifted()
        {
            using var server = new LoopbackServer();
            using var link = new TcpNetworkLink("127.0.0.1", server.Port);

            link.RefuseConnections(true);
            Assert.False(link.Connect(ConnectMs));
            Assert.False(server.HasPendingConnection);

            link.RefuseConnections(false);
            Task<TcpClient> accepted = server.AcceptAsync();
            Assert.True(link.Connect(ConnectMs));
            using TcpClient peer = LoopbackServer.Await(accepted);
        }

        [Fact]
        public void Dropped_link_delivers_the_prefix_then_reconnects()
        {
            using var server = new LoopbackServer();
            Task<TcpClient> accepted = server.AcceptAsync();
            using var link = new TcpNetworkLink("127.0.0.1", server.Port);
            Assert.True(link.Connect(ConnectMs));
            using TcpClient peer = LoopbackServer.Await(accepted);

            link.DropAfterSentBytes(3);
            Assert.Throws<IOException>(() => link.Send(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, 0, 8, 1000));
            Assert.Equal(LinkState.Disconnected, link.State);
            Assert.Equal(new byte[] { 1, 2, 3 }, ReadToEnd(peer.GetStream()));
            Assert.Throws<InvalidOperationException>(() => link.Send(new byte[1], 0, 1, 1000));

            // After the loss the same link connects again and works.
            Task<TcpClient> again = server.AcceptAsync();
            Assert.True(link.Connect(ConnectMs));
            using TcpClient peer2 = LoopbackServer.Await(again);
            Task echo = Task.Run(() => Echo(peer2.GetStream(), 2));
            Assert.Equal(2, link.Send(new byte[] { 7, 8 }, 0, 2, 1000));
            Assert.Equal(new byte[] { 7, 8 }, ReceiveExactly(link, 2));
            Assert.True(LoopbackServer.Finished(echo));
            Assert.Equal(2, link.Connections);
        }

        [Fact]
        public void Drop_at_zero_is_found_before_the_write_and_nothing_leaves()
        {
            using var server = new LoopbackServer();
            Task<TcpClient> accepted = server.AcceptAsync();
            using var link = new TcpNetworkLink("127.0.0.1", server.Port);
            Assert.True(link.Connect(ConnectMs));
            using TcpClient peer = LoopbackServer.Await(accepted);

            link.DropAfterSentBytes(0);
            Assert.Throws<InvalidOperationException>(() => link.Send(new byte[] { 1, 2, 3, 4 }, 0, 4, 1000));
            Assert.Equal(LinkState.Disconnected, link.State);
            Assert.Equal(0, link.BytesSent);
            Assert.Empty(ReadToEnd(peer.GetStream()));
        }

        [Fact]
        public void Drop_armed_beyond_a_send_lets_it_through_and_counts_down()
        {
            using var server = new LoopbackServer();
            Task<TcpClient> accepted = server.AcceptAsync();
            using var link = new TcpNetworkLink("127.0.0.1", server.Port);
            Assert.True(link.Connect(ConnectMs));
            using TcpClient peer = LoopbackServer.Await(accepted);

            link.DropAfterSentBytes(5);
            Assert.Equal(4, link.Send(new byte[] { 1, 2, 3, 4 }, 0, 4, 1000));
            Assert.Throws<IOException>(() => link.Send(new byte[] { 5, 6 }, 0, 2, 1000));
            Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, ReadToEnd(peer.GetStream()));
        }

        [Fact]
        public void Delayed_delivery_holds_bytes_back_for_the_delay()
        {
            using var server = new LoopbackServer();
            Task<TcpClient> accepted = server.AcceptAsync();
            using var link = new TcpNetworkLink("127.0.0.1", server.Port);
            link.DelayDelivery(400);
            Assert.True(link.Connect(ConnectMs));
            using TcpClient peer = LoopbackServer.Await(accepted);

            var watch = Stopwatch.StartNew();
            peer.GetStream().Write(new byte[] { 0x02, 0x10 });
            Assert.Equal(0, link.Receive(new byte[4], 0, 4, 100));

            byte[] buffer = new byte[4];
            Assert.Equal(2, link.Receive(buffer, 0, 4, 3000));
            Assert.True(watch.ElapsedMilliseconds >= 380, "delivered after " + watch.ElapsedMilliseconds + " ms");
            Assert.Equal(new byte[] { 0x02, 0x10 }, buffer[..2]);
        }

        [Fact]
        public void Host_closing_the_connection_is_a_lost_link_after_its_last_bytes()
        {
            using var server = new LoopbackServer();
            Task<TcpClient> accepted = server.AcceptAsync();
            using var link = new TcpNetworkLink("127.0.0.1", server.Port);
            Assert.True(link.Connect(ConnectMs));
            using (TcpClient peer = LoopbackServer.Await(accepted))
            {
                peer.GetStream().Write(new byte[] { 9, 9 });
            }

            Assert.Equal(new byte[] { 9, 9 }, ReceiveExactly(link, 2));
            Assert.Throws<IOException>(() => link.Receive(new byte[4], 0, 4, 3000));
            Assert.Equal(LinkState.Disconnected, link.State);
        }

        [Fact]
        public void Contract_violations_are_refused_alike()
        {
            using var link = new TcpNetworkLink("127.0.0.1", 1);

            Assert.Throws<ArgumentOutOfRangeException>(() => link.Connect(0));
            Assert.Throws<InvalidOperationException>(() => link.Send(new byte[1], 0, 1, 100));
            Assert.Throws<InvalidOperationException>(() => link.Receive(new byte[1], 0, 1, 0));
            Assert.Throws<ArgumentException>(() => link.Send(new byte[1], 0, 2, 100));
            Assert.Throws<ArgumentException>(() => link.Receive(new byte[1], 0, 0, 100));
            Assert.Throws<ArgumentException>(() => link.Receive(new byte[1], 0, 1, -1));
            link.Disconnect();
            Assert.Equal(LinkState.Disconnected, link.State);
        }

        [Fact]
        public void Tls_with_the_acquirer_ca_connects_and_carries_bytes()
        {
            using var certificates = new TestCertificates("acquirer");
            using var server = new LoopbackServer();
            Task<SslStream> accepted = AcceptTls(server, certificates);
            using var link = new TcpNetworkLink("127.0.0.1", server.Port, "localhost", certificates.Authority);

            Assert.True(link.Connect(ConnectMs), link.LastError);
            using SslStream peer = LoopbackServer.Await(accepted);
            Task echo = Task.Run(() => Echo(peer, 3));
            Assert.Equal(3, link.Send(new byte[] { 6, 0, 2 }, 0, 3, 1000));
            Assert.Equal(new byte[] { 6, 0, 2 }, ReceiveExactly(link, 3));
            Assert.True(LoopbackServer.Finished(echo));
        }

        [Fact]
        public void Tls_host_with_a_certificate_from_another_ca_is_refused()
        {
            using var genuine = new TestCertificates("acquirer");
            using var impostor = new TestCertificates("impostor");
            using var server = new LoopbackServer();
            Task<SslStream> accepted = AcceptTls(server, impostor);
            using var link = new TcpNetworkLink("127.0.0.1", server.Port, "localhost", genuine.Authority);

            Assert.False(link.Connect(ConnectMs));
            Assert.Equal(LinkState.Disconnected, link.State);
            ObserveFailure(accepted);
        }

        [Fact]
        public void Tls_host_under_another_name_is_refused()
        {
            using var certificates = new TestCertificates("acquirer");
            using var server = new LoopbackServer();
            Task<SslStream> accepted = AcceptTls(server, certificates);
            using var link = new TcpNetworkLink("127.0.0.1", server.Port, "acquirer.example", certificates.Authority);

            Assert.False(link.Connect(ConnectMs));
            ObserveFailure(accepted);
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
                tls.ReadTimeout = LoopbackServer.StepLimitMs;
                return tls;
            });
        }

        private static void ObserveFailure(Task task)
        {
            // The server's handshake fails too once the client gives up; wait for it so nothing outlives the test.
            try
            {
                task.Wait(LoopbackServer.StepLimitMs);
            }
            catch (AggregateException)
            {
                // Expected: the client refused the handshake.
            }
        }

        private static void Echo(Stream stream, int count)
        {
            byte[] buffer = new byte[count];
            stream.ReadExactly(buffer, 0, count);
            stream.Write(buffer, 0, count);
            stream.Flush();
        }

        private static byte[] ReadToEnd(Stream stream)
        {
            using var collected = new MemoryStream();
            stream.CopyTo(collected);
            return collected.ToArray();
        }

        private static byte[] ReceiveExactly(TcpNetworkLink link, int count)
        {
            byte[] buffer = new byte[count];
            int filled = 0;
            var watch = Stopwatch.StartNew();
            while (filled < count && watch.ElapsedMilliseconds < LoopbackServer.StepLimitMs)
            {
                filled += link.Receive(buffer, filled, count - filled, 500);
            }

            Assert.Equal(count, filled);
            return buffer;
        }
    }
}
