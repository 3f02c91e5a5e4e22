using System.Linq;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>Which request a rule fires for: match criteria, nth, times, probability with a seed, first rule wins.</summary>
    public class FaultInjectorTests
    {
        [Fact]
        public void NthFiresOnlyForTheNthRequestTheMatchTakes()
        {
            var faults = new FaultInjector();
            faults.Load(FaultPlan.Parse("{\"rules\": [{\"match\": {\"mti\": 200, \"nth\": 2}, \"fault\": \"delay\", \"ms\": 40000}]}"));

            Assert.Null(faults.Decide(Requests.SignOn(1)));           // not taken, not counted
            Assert.Null(faults.Decide(Requests.Sale(2, 1000)));       // 1st 0200
            Assert.Equal(FaultKind.Delay, faults.Decide(Requests.Sale(3, 1000))?.Kind); // 2nd
            Assert.Null(faults.Decide(Requests.Sale(4, 1000)));       // 3rd
        }

        [Fact]
        public void CriteriaMustAllHold()
        {
            var faults = new FaultInjector();
            faults.Add(new FaultRule { Match = new FaultMatch { AmountEndsWith = "99", PanEndsWith = "0019", TerminalId = Requests.Terminal }, Kind = FaultKind.NoResponse });

            Assert.Null(faults.Decide(Requests.Sale(1, 1000)));
            Assert.Null(faults.Decide(Requests.Sale(2, 1099, pan: "6228480000000000027")));
            Assert.Null(faults.Decide(Requests.Balance(3)));           // no amount
            Assert.NotNull(faults.Decide(Requests.Sale(4, 1099)));
        }

        [Fact]
        public void TimesLimitsHowOftenARuleFires()
        {
            var faults = new FaultInjector();
            faults.Add(new FaultRule { Match = new FaultMatch { Mti = Mti.ReversalRequest }, Times = 1, Kind = FaultKind.CloseBeforeResponse });
            IsoMessage reversal = Requests.Reversal(Requests.Sale(1, 1000));

            Assert.NotNull(faults.Decide(reversal));
            Assert.Null(faults.Decide(reversal));
        }

        [Fact]
        public void FirstRuleWinsButLaterRulesStillCount()
        {
            var faults = new FaultInjector();
            faults.Add(new FaultRule { Match = new FaultMatch { Stan = "000001" }, Kind = FaultKind.Duplicate });
            faults.Add(new FaultRule { Match = new FaultMatch { Mti = 200, Nth = 2 }, Kind = FaultKind.Corrupt });

            Assert.Equal(FaultKind.Duplicate, faults.Decide(Requests.Sale(1, 1000))?.Kind);
            Assert.Equal(FaultKind.Corrupt, faults.Decide(Requests.Sale(2, 1000))?.Kind);
        }

        [Fact]
        public void ProbabilityIsRepeatableWithTheSameSeedAndRoughlyRight()
        {
            bool[] Run(int seed)
            {
                var faults = new FaultInjector(seed);
                faults.Add(new FaultRule { Probability = 0.25, Kind = FaultKind.Corrupt });
                return Enumerable.Range(1, 2000).Select(i => faults.Decide(Requests.Sale(i, 1000)) != null).ToArray();
            }

            bool[] first = Run(5);
            Assert.Equal(first, Run(5));
            Assert.NotEqual(first, Run(6));
            int fired = first.Count(f => f);
            Assert.InRange(fired, 400, 600);
        }

        [Fact]
        public void MaintenanceChangesAreAnnounced()
        {
            var faults = new FaultInjector();
            int changes = 0;
            faults.MaintenanceChanged += (_, _) => changes++;

            faults.Maintenance = MaintenanceMode.Answer91;
            faults.Maintenance = MaintenanceMode.Answer91;
            faults.Maintenance = MaintenanceMode.Off;

            Assert.Equal(2, changes);
        }

        [Fact]
        public void ClearRemovesEveryRule()
        {
            var faults = new FaultInjector();
            faults.Add(new FaultRule { Kind = FaultKind.NoResponse });
            faults.Clear();

            Assert.Empty(faults.Rules);
            Assert.Null(faults.Decide(Requests.Sale(1, 1000)));
        }
    }
}
