using System.Linq;
using System.Net.Sockets;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>The TCP server without faults: framing, TPDU, several requests per connection, many connections, bad input.</summary>
    public class ServerTests
    {
        [Fact]
        public void AnswersASaleOverTcpWithTheTpduSwapped()
        {
            using var host = new RunningHost(requireMac: false);
            using HostSimClient client = host.Connect();
            client.Tpdu = Tpdu.Create(0x0003, 0x0456);

            client.Send(Requests.Sale(1, 12500));
            ClientReply reply = client.Receive(RunningHost.Timeout);

            Assert.Equal(ClientReplyKind.Message, reply.Kind);
            Assert.Equal(Mti.FinancialResponse, reply.Message.Mti);
            Assert.Equal("00", reply.Message.GetString(39));
            Assert.Equal(new byte[] { 0x60, 0x04, 0x56, 0x00, 0x03 }, reply.Tpdu);
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(1)));
            HostSimEvent line = host.WaitFor(HostSimEventKind.Request);
            Assert.Contains("0200→0210 622848*********0019 amt 000000012500 stan 000001 tid TERM0001 rc 00 fault none recorded", line.ToString());
        }

        [Fact]
        public void OneConnectionCarriesSeveralRequestsAndConnectionsFollowEachOther()
        {
            using var host = new RunningHost(requireMac: false);
            for (int connection = 0; connection < 3; connection++)
            {
                using HostSimClient client = host.Connect();
                Assert.Equal("00", client.Exchange(Requests.SignOn(100 + connection), RunningHost.Timeout).GetString(39));
                for (int i = 0; i < 4; i++)
                {
                    int stan = (connection * 10) + i + 1;
                    Assert.Equal("00", client.Exchange(Requests.Sale(stan, 1000), RunningHost.Timeout).GetString(39));
                }
            }

            Assert.Equal(12, host.Ledger.Count);
            Assert.Equal(3, host.Sim.Server.ConnectionsAccepted);
        }

        [Fact]
        public void MalformedFrameIsLoggedWithFieldOffsetReasonAndTheServerKeepsServing()
        {
            using var host = new RunningHost(requireMac: false);
            using (HostSimClient bad = host.Connect())
            {
                // Length 9: TPDU, then MTI 0200 and a bitmap cut short after one byte.
                bad.SendRaw(new byte[] { 0x00, 0x08, 0x60, 0x00, 0x03, 0x00, 0x00, 0x02, 0x00, 0x70 });
                Assert.Equal(ClientReplyKind.Closed, bad.Receive(RunningHost.Timeout).Kind);
            }

            HostSimEvent malformed = host.WaitFor(HostSimEventKind.MalformedFrame);
            Assert.NotNull(malformed);
            Assert.Equal(IsoFormatException.BitmapField, malformed.Error.Field);
            Assert.Equal(IsoError.Truncated, malformed.Error.Reason);
            Assert.Contains("malformed frame: field 1 offset", malformed.ToString());

            using HostSimClient good = host.Connect();
            Assert.Equal("00", good.Exchange(Requests.Sale(1, 1000), RunningHost.Timeout).GetString(39));
        }

        [Fact]
        public void NonBcdGarbageIsRejectedTooAndDoesNotKillTheServer()
        {
            using var host = new RunningHost(requireMac: false);
            using (HostSimClient bad = host.Connect())
            {
                bad.SendRaw(new byte[] { 0x00, 0x0A, 0x60, 0x00, 0x03, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF });
                Assert.Equal(ClientReplyKind.Closed, bad.Receive(RunningHost.Timeout).Kind);
            }

            Assert.Equal(IsoFormatException.MtiField, host.WaitFor(HostSimEventKind.MalformedFrame).Error.Field);
            using HostSimClient good = host.Connect();
            Assert.Equal("00", good.Exchange(Requests.Echo(1), RunningHost.Timeout).GetString(39));
        }

        [Fact]
        public void FrameAnnouncingMoreThan4096BytesIsRefusedWithoutReadingIt()
        {
            using var host = new RunningHost(requireMac: false);
            using (HostSimClient bad = host.Connect())
            {
                bad.SendRaw(new byte[] { 0xFF, 0xFF, 0x60 });
                Assert.Equal(ClientReplyKind.Closed, bad.Receive(RunningHost.Timeout).Kind);
            }

            Assert.Contains("65535", host.WaitFor(HostSimEventKind.OversizeFrame).Note);
            using HostSimClient good = host.Connect();
            Assert.Equal("00", good.Exchange(Requests.Echo(1), RunningHost.Timeout).GetString(39));
        }

        [Fact]
        public void HalfAFrameTimesOutAndClosesTheConnection()
        {
            using var host = new RunningHost(requireMac: false);
            using HostSimClient slow = host.Connect();

            slow.SendRaw(new byte[] { 0x00, 0x40, 0x60, 0x00 });

            Assert.Equal(ClientReplyKind.Closed, slow.Receive(RunningHost.Timeout).Kind); // frame timeout is 1 s here
            Assert.Contains("got 2 of 64", host.WaitFor(HostSimEventKind.IncompleteFrame).Note);
        }

        [Fact]
        public void AResponseMtiSentToTheHostClosesTheConnection()
        {
            using var host = new RunningHost(requireMac: false);
            using HostSimClient client = host.Connect();
            IsoMessage odd = Requests.Sale(1, 1000);
            odd.Mti = Mti.FinancialResponse;

            client.Send(odd);

            Assert.Equal(ClientReplyKind.Closed, client.Receive(RunningHost.Timeout).Kind);
            Assert.Equal(0, host.Ledger.Count);
        }

        [Fact]
        public void StopClosesTheListener()
        {
            var host = new RunningHost(requireMac: false);
            int port = host.Sim.Port;
            host.Dispose();

            Assert.False(host.Sim.Server.IsListening);
            Assert.ThrowsAny<SocketException>(() => HostSimClient.Connect(port, RunningHost.Timeout).Dispose());
        }
    }
}
