using System.Linq;
using Xunit;

namespace NanoPos.Torture.Tests
{
    public class CampaignTests
    {
        [Fact]
        public void QuickCampaignOverAllFlowsFindsNoViolation()
        {
            CampaignReport report = Campaign.Run(new CampaignOptions { Quick = true, Figures = false });

            Assert.True(report.ViolationCount == 0, string.Join("\n", report.Violations.Take(20)));
            Assert.Equal(Flows.Names, report.Flows.Select(f => f.Flow));
            foreach (FlowReport flow in report.Flows)
            {
                Assert.Equal(EngineProfile.All.Count * Campaign.Recoveries.Count, flow.Configurations.Count);
                foreach (ConfigurationReport c in flow.Configurations)
                {
                    Assert.True(c.Writes > 0, flow.Flow + " made no durable write");
                    Assert.Equal(c.Writes, c.CutPoints);
                    Assert.Equal(c.Writes, c.WriteLabels.Count);
                    Assert.True(c.TornVariants >= 3 * c.Writes, flow.Flow + ": too few torn variants");
                    Assert.True(c.DoubleCuts > 0, flow.Flow + ": no second cut during recovery");
                }
            }
        }

        [Fact]
        public void EveryFlowIsCutAtEveryWriteOfItsCleanRun()
        {
            CampaignReport report = Campaign.Run(new CampaignOptions { Quick = true, Figures = false, Flow = "sale-approved" });

            ConfigurationReport standard = report.Flows.Single().Configurations.First(c => c.Profile == "standard" && c.Recovery == Recovery.Plain);

            // Sign-on (STAN block reserved: a checkpoint, written to both copies), its working keys (wrapped, one
            // record), sign-on's batch number (the checkpoint again), then the sale: intent, outcome.
            Assert.Equal(new[] { "cp0 Checkpoint", "cp1 Checkpoint", "keys.work Keys", "cp0 Checkpoint", "cp1 Checkpoint", "j000 Intent", "j001 Outcome" }, standard.WriteLabels.Select(l => string.Join(" ", l.Split(' ').Take(2))));
            Assert.Equal(7, standard.CutPoints);
        }

        [Fact]
        public void QuickPrefixesIncludeNothingHalfAndTheWholeRecord()
        {
            var prefixes = Campaign.Prefixes(84, true, new System.Random(1));

            Assert.Contains(0, prefixes);
            Assert.Contains(1, prefixes);
            Assert.Contains(42, prefixes);
            Assert.Contains(83, prefixes);
            Assert.Contains(84, prefixes);
            Assert.All(prefixes, p => Assert.InRange(p, 0, 84));
        }

        [Fact]
        public void FullPrefixesAreEveryLength()
        {
            Assert.Equal(Enumerable.Range(0, 85), Campaign.Prefixes(84, false, new System.Random(1)));
        }

        [Fact]
        public void TheSeedDecidesTheMixedFlowAndTheRunIsRepeatable()
        {
            string a = Flows.Catalog(7).Single(f => f.Name == "mixed").Summary;
            string b = Flows.Catalog(7).Single(f => f.Name == "mixed").Summary;
            string c = Flows.Catalog(8).Single(f => f.Name == "mixed").Summary;

            Assert.Equal(a, b);
            Assert.NotEqual(a, c);

            CampaignReport first = Campaign.Run(new CampaignOptions { Quick = true, Figures = false, Flow = "mixed", Seed = 7 });
            CampaignReport second = Campaign.Run(new CampaignOptions { Quick = true, Figures = false, Flow = "mixed", Seed = 7 });
            Assert.Equal(first.Flows[0].Variants, second.Flows[0].Variants);
            Assert.Equal(first.Flows[0].Configurations.Select(x => x.Writes), second.Flows[0].Configurations.Select(x => x.Writes));
            Assert.Equal(0, first.ViolationCount);
        }

        [Fact]
        public void UnknownFlowIsRefused()
        {
            Assert.Throws<System.ArgumentException>(() => Campaign.Run(new CampaignOptions { Flow = "no-such-flow", Figures = false }));
        }
    }
}
