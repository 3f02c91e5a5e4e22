using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;
using SecurityKeys = NanoPos.Security.WorkingKeys;

namespace NanoPos.HostSim.Tests
{
    /// <summary>
    /// Field 64 over TCP, checked over the frame bytes as they arrived: a MACed request from a signed-on terminal is
    /// decided and its answer MACed; a wrong, missing (required by default) or keyless MAC is answered A0 without a
    /// MAC, and nothing is decided.
    /// </summary>
    public class MacTests
    {
        [Fact]
        public void AMacedSaleIsApprovedAndItsAnswerCarriesAMacThatVerifies()
        {
            using var host = new RunningHost(requireMac: true);
            using HostSimClient client = host.Connect();
            SecurityKeys keys = Secure.Keys(client.Exchange(Requests.SignOn(1), RunningHost.Timeout));

            client.SendRaw(Secure.Frame(Requests.Sale(2, 12500), keys.MacKey));
            ClientReply reply = client.Receive(RunningHost.Timeout);

            Assert.Equal("00", reply.Message.GetString(39));
            Assert.True(Secure.Verifies(reply.Frame, keys.MacKey));
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(2)));
        }

        [Fact]
        public void AWrongMacIsAnsweredA0WithoutAMacAndNothingIsBooked()
        {
            using var host = new RunningHost(requireMac: true);
            using HostSimClient client = host.Connect();
            SecurityKeys keys = Secure.Keys(client.Exchange(Requests.SignOn(1), RunningHost.Timeout));
            byte[] frame = Secure.Frame(Requests.Sale(2, 12500), keys.MacKey);
            frame[^1] ^= 0x01;

            client.SendRaw(frame);
            ClientReply reply = client.Receive(RunningHost.Timeout);

            Assert.Equal(Mti.FinancialResponse, reply.Message.Mti);
            Assert.Equal("A0", reply.Message.GetString(39));
            Assert.False(reply.Message.Has(64));
            Assert.Equal(0, host.Ledger.Count);
            Assert.Contains("answered A0, nothing decided", host.WaitFor(HostSimEventKind.Request, 2).Note);
        }

        [Fact]
        public void ARequestChangedAfterItsMacWasComputedIsAnsweredA0()
        {
            using var host = new RunningHost(requireMac: true);
            using HostSimClient client = host.Connect();
            SecurityKeys keys = Secure.Keys(client.Exchange(Requests.SignOn(1), RunningHost.Timeout));
            IsoMessage sale = Requests.Sale(2, 12500);
            byte[] mac = Secure.Decode(Secure.Frame(sale, keys.MacKey)).GetBytes(64);
            sale.Set(4, Requests.Amount(99900));   // the MAC of 125.00 on a sale of 999.00
            sale.Set(64, mac);

            Assert.Equal("A0", client.Exchange(sale, RunningHost.Timeout).GetString(39));
            Assert.Equal(0, host.Ledger.Count);
        }

        [Fact]
        public void AReversalWithABadMacIsNotAppliedAndOneWithAGoodMacIs()
        {
            using var host = new RunningHost(requireMac: true);
            using HostSimClient client = host.Connect();
            SecurityKeys keys = Secure.Keys(client.Exchange(Requests.SignOn(1), RunningHost.Timeout));
            IsoMessage sale = Requests.Sale(2, 12500);
            client.SendRaw(Secure.Frame(sale, keys.MacKey));
            Assert.Equal("00", client.Receive(RunningHost.Timeout).Message.GetString(39));

            sale.Remove(64);
            byte[] reversal = Secure.Frame(Requests.Reversal(sale), keys.MacKey);
            reversal[^3] ^= 0x20;
            client.SendRaw(reversal);
            Assert.Equal("A0", client.Receive(RunningHost.Timeout).Message.GetString(39));
            Assert.Equal(EntryState.Approved, host.Ledger.Find(Requests.Key(2)).State);

            client.SendRaw(Secure.Frame(Requests.Reversal(sale), keys.MacKey));
            ClientReply acknowledged = client.Receive(RunningHost.Timeout);
            Assert.Equal("00", acknowledged.Message.GetString(39));
            Assert.True(Secure.Verifies(acknowledged.Frame, keys.MacKey));
            Assert.Equal(EntryState.Reversed, host.Ledger.Find(Requests.Key(2)).State);
        }

        [Fact]
        public void AMacFromATerminalWithoutKeysIsAnsweredA0SoItSignsOn()
        {
            using var host = new RunningHost(requireMac: true);
            using HostSimClient client = host.Connect();
            IsoMessage sale = Requests.Sale(2, 12500);
            sale.Set(64, new byte[8]);

            Assert.Equal("A0", client.Exchange(sale, RunningHost.Timeout).GetString(39));
            Assert.Equal(0, host.Ledger.Count);
        }

        [Fact]
        public void AHostRestartForgetsTheKeysTheTerminalGetsA0AndSignsOnAgain()
        {
            using var host = new RunningHost(requireMac: true);
            using HostSimClient client = host.Connect();
            SecurityKeys keys = Secure.Keys(client.Exchange(Requests.SignOn(1), RunningHost.Timeout));

            host.Sim.Security.ForgetAllWorkingKeys();   // what a restart does: keys live in memory only
            client.SendRaw(Secure.Frame(Requests.Sale(2, 12500), keys.MacKey));
            Assert.Equal("A0", client.Receive(RunningHost.Timeout).Message.GetString(39));

            keys = Secure.Keys(client.Exchange(Requests.SignOn(3), RunningHost.Timeout));
            client.SendRaw(Secure.Frame(Requests.Sale(4, 12500), keys.MacKey));
            Assert.Equal("00", client.Receive(RunningHost.Timeout).Message.GetString(39));
        }

        [Fact]
        public void ByDefaultARequestWithoutAMacIsAnsweredA0AsAtARealAcquirer()
        {
            Assert.True(new HostSimOptions().RequireMac);
            using HostSimulator host = HostSimulator.Start(new HostSimOptions { Port = 0 });
            using HostSimClient client = HostSimClient.Connect(host.Port, RunningHost.Timeout);
            client.Exchange(Requests.SignOn(1), RunningHost.Timeout);

            Assert.True(host.Security.RequireMac);
            Assert.Equal("A0", Exchange(client, Requests.Sale(2, 12500)).Message.GetString(39));
            Assert.Equal("A0", Exchange(client, Requests.Echo(3)).Message.GetString(39));
            Assert.Equal(0, host.Ledger.Count);
        }

        [Fact]
        public void TheSimulatedAcquirerRequiresAMacByDefaultToo()
        {
            var acquirer = new SimulatedAcquirer(() => Host.Noon.UtcDateTime, 1);
            var link = new InMemoryTerminal(acquirer);
            link.Exchange(Secure.Plain(Requests.SignOn(1)));

            IsoMessage refused = Secure.Decode(link.Exchange(Secure.Plain(Requests.Sale(2, 12500))));

            Assert.True(acquirer.RequireMac);
            Assert.Equal("A0", refused.GetString(39));
            Assert.Equal(MacCheck.Missing, acquirer.Transcript[^1].Mac);
            Assert.Equal(0, acquirer.Ledger.Count);
        }

        [Fact]
        public void WithMacOptionalAMacThatIsSentIsStillVerified()
        {
            using var host = new RunningHost(requireMac: false);   // for an old terminal; this one MACs all the same
            using HostSimClient client = host.Connect();
            SecurityKeys keys = Secure.Keys(client.Exchange(Requests.SignOn(1), RunningHost.Timeout));
            byte[] wrong = Secure.Frame(Requests.Sale(2, 12500), keys.MacKey);
            wrong[^1] ^= 0x01;

            client.SendRaw(wrong);
            Assert.Equal("A0", client.Receive(RunningHost.Timeout).Message.GetString(39));
            client.SendRaw(Secure.Frame(Requests.Sale(3, 12500), keys.MacKey));
            ClientReply approved = client.Receive(RunningHost.Timeout);

            Assert.Equal("00", approved.Message.GetString(39));
            Assert.True(Secure.Verifies(approved.Frame, keys.MacKey));
            Assert.Null(host.Ledger.Find(Requests.Key(2)));
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(3)));
        }

        [Fact]
        public void WithRequireMacARequestWithoutOneIsAnsweredA0AndWithoutItIsDecidedAsBefore()
        {
            using var host = new RunningHost(requireMac: false);   // starts as --mac-optional, then requires it
            using HostSimClient client = host.Connect();
            client.Exchange(Requests.SignOn(1), RunningHost.Timeout);

            ClientReply unrequired = Exchange(client, Requests.Sale(2, 12500));
            Assert.Equal("00", unrequired.Message.GetString(39));
            Assert.False(unrequired.Message.Has(64));

            host.Sim.Security.RequireMac = true;
            Assert.Equal("A0", Exchange(client, Requests.Sale(3, 12500)).Message.GetString(39));
            Assert.Equal("A0", Exchange(client, Requests.Echo(4)).Message.GetString(39));
            Assert.Equal("00", Exchange(client, Requests.SignOn(5)).Message.GetString(39)); // a sign-on needs none
            Assert.Equal(1, host.Ledger.Count);
        }

        [Fact]
        public void EchoSettlementAnd91AnswersToMacedRequestsAreMacedToo()
        {
            using var host = new RunningHost(requireMac: true);
            using HostSimClient client = host.Connect();
            SecurityKeys keys = Secure.Keys(client.Exchange(Requests.SignOn(1), RunningHost.Timeout));

            client.SendRaw(Secure.Frame(Requests.Echo(2), keys.MacKey));
            Assert.True(Secure.Verifies(client.Receive(RunningHost.Timeout).Frame, keys.MacKey));
            client.SendRaw(Secure.Frame(Requests.Settlement(3, new SettlementTotals(0, 0, 0, 0)), keys.MacKey));
            Assert.True(Secure.Verifies(client.Receive(RunningHost.Timeout).Frame, keys.MacKey));

            host.Sim.Faults.Maintenance = MaintenanceMode.Answer91;
            client.SendRaw(Secure.Frame(Requests.Sale(4, 12500), keys.MacKey));
            ClientReply unavailable = client.Receive(RunningHost.Timeout);
            Assert.Equal("91", unavailable.Message.GetString(39));
            Assert.True(Secure.Verifies(unavailable.Frame, keys.MacKey));
        }

        private static ClientReply Exchange(HostSimClient client, IsoMessage request)
        {
            client.Send(request);
            return client.Receive(RunningHost.Timeout);
        }
    }
}
