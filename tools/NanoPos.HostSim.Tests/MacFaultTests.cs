using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;
using SecurityKeys = NanoPos.Security.WorkingKeys;

namespace NanoPos.HostSim.Tests
{
    /// <summary>The MAC faults: the sale is decided and recorded, then the answer's MAC is spoiled (badMac) or dropped (noMac).</summary>
    public class MacFaultTests
    {
        [Fact]
        public void BadMacSendsAnAnswerWhoseMacDoesNotVerifyWhileTheLedgerHoldsTheApproval()
        {
            using var host = new RunningHost(requireMac: true, FaultPlan.Parse("{ \"rules\": [ { \"match\": { \"mti\": 200 }, \"fault\": \"badMac\", \"times\": 1 } ] }"));
            using HostSimClient client = host.Connect();
            SecurityKeys keys = Secure.Keys(client.Exchange(Requests.SignOn(1), RunningHost.Timeout));

            client.SendRaw(Secure.Frame(Requests.Sale(2, 12500), keys.MacKey));
            ClientReply spoiled = client.Receive(RunningHost.Timeout);
            client.SendRaw(Secure.Frame(Requests.Sale(3, 12500), keys.MacKey));
            ClientReply clean = client.Receive(RunningHost.Timeout);

            Assert.Equal("00", spoiled.Message.GetString(39));
            Assert.True(spoiled.Message.Has(64));
            Assert.False(Secure.Verifies(spoiled.Frame, keys.MacKey));
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(2)));
            Assert.True(Secure.Verifies(clean.Frame, keys.MacKey));
            Assert.Equal(FaultKind.BadMac, host.WaitFor(HostSimEventKind.Request, 2).Fault.Kind);
        }

        [Fact]
        public void NoMacDropsField64FromAnAnswerThatShouldCarryOne()
        {
            var acquirer = new SimulatedAcquirer(() => Host.Noon.UtcDateTime, 1);
            acquirer.Faults.Add(new FaultRule { Match = new FaultMatch { Mti = Mti.FinancialRequest }, Kind = FaultKind.NoMac, Times = 1 });
            var link = new InMemoryTerminal(acquirer);
            SecurityKeys keys = Secure.Keys(Secure.Decode(link.Exchange(Secure.Plain(Requests.SignOn(1)))));

            IsoMessage answer = Secure.Decode(link.Exchange(Secure.Frame(Requests.Sale(2, 12500), keys.MacKey)));

            Assert.Equal("00", answer.GetString(39));
            Assert.False(answer.Has(64));
            Assert.Equal(MacCheck.Verified, acquirer.Transcript[^1].Mac);
            Assert.True(acquirer.Ledger.IsChargedOnce(Requests.Key(2)));
        }

        [Fact]
        public void TheSimulatedAcquirerSignsAndChecksLikeTheServer()
        {
            var acquirer = new SimulatedAcquirer(() => Host.Noon.UtcDateTime, 1);
            var link = new InMemoryTerminal(acquirer);
            SecurityKeys keys = Secure.Keys(Secure.Decode(link.Exchange(Secure.Plain(Requests.SignOn(1)))));

            byte[] good = link.Exchange(Secure.Frame(Requests.Sale(2, 12500), keys.MacKey));
            byte[] bad = Secure.Frame(Requests.Sale(3, 12500), keys.MacKey);
            bad[^8] ^= 0x01;
            IsoMessage refused = Secure.Decode(link.Exchange(bad));

            Assert.True(Secure.Verifies(good, keys.MacKey));
            Assert.Equal("A0", refused.GetString(39));
            Assert.False(refused.Has(64));
            Assert.Equal(MacCheck.Wrong, acquirer.Transcript[^1].Mac);
            Assert.Equal(1, acquirer.Ledger.Count);
        }
    }
}
