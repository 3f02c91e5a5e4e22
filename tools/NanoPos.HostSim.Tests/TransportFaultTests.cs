using System.Net.Sockets;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>
    /// Every fault kind over a real TCP connection. Faults act on the transport, not on the decision: the
    /// ledger holds the approval whatever happens to the answer.
    /// </summary>
    public class TransportFaultTests
    {
        private const int Short = 300;

        [Fact]
        public void NoResponseKeepsTheApprovalAndTheConnection()
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(new FaultRule { Match = new FaultMatch { Mti = Mti.FinancialRequest, AmountEndsWith = "99" }, Kind = FaultKind.NoResponse });
            using HostSimClient client = host.Connect();

            client.Send(Requests.Sale(1, 1099));

            Assert.Equal(ClientReplyKind.Timeout, client.Receive(Short).Kind);
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(1)), "the approval stands: the terminal must reverse it");
            Assert.Equal("00", client.Exchange(Requests.Reversal(Requests.Sale(1, 1099)), RunningHost.Timeout).GetString(39));
            Assert.True(host.Ledger.IsNotCharged(Requests.Key(1)));
            Assert.Equal("noResponse", host.WaitFor(HostSimEventKind.Request).Fault.ToString());
        }

        [Fact]
        public void DelayBeyondTheTerminalTimeoutStillRecordsAndTheLateAnswerComesAfterTheReversal()
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(new FaultRule { Match = new FaultMatch { Mti = Mti.FinancialRequest, Nth = 1 }, Kind = FaultKind.Delay, DelayMs = 2000 });
            using HostSimClient client = host.Connect();
            IsoMessage sale = Requests.Sale(1, 1000);

            client.Send(sale);
            Assert.Equal(ClientReplyKind.Timeout, client.Receive(Short).Kind);
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(1)), "the approval is recorded although its answer is late");

            client.Send(Requests.Reversal(sale)); // the terminal's timeout expired: it reverses on the same connection
            ClientReply reversal = client.Receive(1000);
            ClientReply late = client.Receive(RunningHost.Timeout);

            Assert.Equal(Mti.ReversalResponse, reversal.Message?.Mti);
            Assert.Equal(Mti.FinancialResponse, late.Message?.Mti);
            Assert.Equal("00", late.Message.GetString(39));
            Assert.True(host.Ledger.IsNotCharged(Requests.Key(1)), "the late approval does not revive the sale");
            Assert.Contains("fault delay 2000 ms", host.WaitFor(HostSimEventKind.Request).ToString());
        }

        [Fact]
        public void DelayedAnswerToAClosedConnectionIsReportedAsDropped()
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(new FaultRule { Kind = FaultKind.Delay, DelayMs = 1000 });
            using (HostSimClient client = host.Connect())
            {
                client.Send(Requests.Sale(1, 1000));
                Assert.Equal(ClientReplyKind.Timeout, client.Receive(100).Kind);
            }

            HostSimEvent dropped = host.WaitFor(HostSimEventKind.AnswerDropped);
            Assert.NotNull(dropped);
            Assert.Equal("000001", dropped.Stan);
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(1)));
        }

        [Fact]
        public void CloseBeforeResponseDropsTheConnectionWithNoBytesButRecords()
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(new FaultRule { Kind = FaultKind.CloseBeforeResponse });
            using HostSimClient client = host.Connect();

            client.Send(Requests.Sale(1, 1000));
            ClientReply reply = client.Receive(RunningHost.Timeout);

            Assert.Equal(ClientReplyKind.Closed, reply.Kind);
            Assert.Empty(reply.Frame);
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(1)));
        }

        [Fact]
        public void CloseAfterResponseAnswersThenCloses()
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(new FaultRule { Kind = FaultKind.CloseAfterResponse });
            using HostSimClient client = host.Connect();

            client.Send(Requests.Sale(1, 1000));

            Assert.Equal("00", client.Receive(RunningHost.Timeout).Message.GetString(39));
            Assert.Equal(ClientReplyKind.Closed, client.Receive(RunningHost.Timeout).Kind);
        }

        [Fact]
        public void DuplicateSendsTheSameAnswerTwiceAndChargesOnce()
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(new FaultRule { Kind = FaultKind.Duplicate });
            using HostSimClient client = host.Connect();

            client.Send(Requests.Sale(1, 1000));
            ClientReply first = client.Receive(RunningHost.Timeout);
            ClientReply second = client.Receive(RunningHost.Timeout);

            Assert.Equal(ClientReplyKind.Message, first.Kind);
            Assert.Equal(first.Frame, second.Frame);
            Assert.Equal(1, host.Ledger.Count);
            Assert.Equal(1000, host.Ledger.NetApprovedTotal(Requests.Terminal, Requests.Batch));
        }

        [Fact]
        public void CorruptAnswerKeepsItsLengthButDoesNotDecode()
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(new FaultRule { Kind = FaultKind.Corrupt, Bytes = 3 });
            using HostSimClient client = host.Connect();

            client.Send(Requests.Sale(1, 1000));
            ClientReply reply = client.Receive(RunningHost.Timeout);

            Assert.Equal(ClientReplyKind.Malformed, reply.Kind);
            Assert.Equal(IsoFormatException.MtiField, reply.Error.Field);
            Assert.Equal(0xFD, reply.Frame[7]); // 0x02 ^ 0xFF: the first MTI byte is always flipped
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(1)));
            host.Sim.Faults.Clear();
            Assert.Equal("00", client.Exchange(Requests.Echo(2), RunningHost.Timeout).GetString(39)); // the connection survives
        }

        [Fact]
        public void TruncatedAnswerIsCutAndTheConnectionClosed()
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(new FaultRule { Kind = FaultKind.Truncate, Keep = 10 });
            using HostSimClient client = host.Connect();

            client.Send(Requests.Sale(1, 1000));
            ClientReply reply = client.Receive(RunningHost.Timeout);

            Assert.Equal(ClientReplyKind.Closed, reply.Kind);
            Assert.Equal(10, reply.Frame.Length);
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(1)));
        }

        [Fact]
        public void WrongMtiAnswersWithTheRequestMtiByDefaultOrTheConfiguredOne()
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(new FaultRule { Match = new FaultMatch { Nth = 1 }, Kind = FaultKind.WrongMti });
            host.Sim.Faults.Add(new FaultRule { Match = new FaultMatch { Nth = 2 }, Kind = FaultKind.WrongMti, Mti = Mti.AdviceResponse });
            using HostSimClient client = host.Connect();

            IsoMessage first = client.Exchange(Requests.Sale(1, 1000), RunningHost.Timeout);
            IsoMessage second = client.Exchange(Requests.Sale(2, 1000), RunningHost.Timeout);

            Assert.Equal(Mti.FinancialRequest, first.Mti);
            Assert.Equal("00", first.GetString(39));
            Assert.Equal(Mti.AdviceResponse, second.Mti);
            Assert.Equal(2, host.Ledger.Count);
        }

        [Fact]
        public void Answer91FaultDecidesNothing()
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(new FaultRule { Match = new FaultMatch { PanEndsWith = "0019" }, Kind = FaultKind.Answer91 });
            using HostSimClient client = host.Connect();

            Assert.Equal("91", client.Exchange(Requests.Sale(1, 1000), RunningHost.Timeout).GetString(39));
            Assert.Equal(0, host.Ledger.Count);
        }

        [Fact]
        public void SeededProbabilisticPlanFromJsonGivesTheSameFaultsEachRun()
        {
            string Run()
            {
                using var host = new RunningHost(requireMac: false, FaultPlan.Parse("{\"seed\": 3, \"rules\": [{\"probability\": 0.5, \"fault\": \"corrupt\"}]}"), seed: 3);
                using HostSimClient client = host.Connect();
                var kinds = new System.Text.StringBuilder();
                for (int i = 1; i <= 12; i++)
                {
                    client.Send(Requests.Sale(i, 1000));
                    kinds.Append(client.Receive(RunningHost.Timeout).Kind == ClientReplyKind.Message ? 'm' : 'x');
                }

                return kinds.ToString();
            }

            string first = Run();
            Assert.Equal(first, Run());
            Assert.Contains('m', first);
            Assert.Contains('x', first);
        }
    }
}
