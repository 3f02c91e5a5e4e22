using System;
using System.IO;
using System.Linq;
using NanoPos.HostSim;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>The fault plan schema: the committed example parses, mistakes are named precisely.</summary>
    public class FaultPlanTests
    {
        [Fact]
        public void CommittedExampleParses()
        {
            FaultPlan plan = FaultPlan.Load(Path.Combine(AppContext.BaseDirectory, "examples", "faults.json"));

            Assert.Equal(42, plan.Seed);
            Assert.Equal(MaintenanceMode.Off, plan.Maintenance);
            Assert.Equal(9, plan.Rules.Count);
            FaultRule delay = plan.Rules[0];
            Assert.Equal(FaultKind.Delay, delay.Kind);
            Assert.Equal(40000, delay.DelayMs);
            Assert.Equal(200, delay.Match.Mti);
            Assert.Equal(2, delay.Match.Nth);
            Assert.Equal(1, plan.Rules[2].Times);
            Assert.Equal(10, plan.Rules[5].Keep);
            Assert.Equal(230, plan.Rules[6].Mti);
            Assert.Equal(0.05, plan.Rules[8].Probability);
            Assert.Null(plan.Rules[8].Match);
            Assert.Equal(
                new[] { FaultKind.Delay, FaultKind.NoResponse, FaultKind.CloseBeforeResponse, FaultKind.CloseAfterResponse, FaultKind.Duplicate, FaultKind.Truncate, FaultKind.WrongMti, FaultKind.Answer91, FaultKind.Corrupt },
                plan.Rules.Select(r => r.Kind));
        }

        [Theory]
        [InlineData("{\"rules\": [{\"fault\": \"explode\"}]}", "rules[0].fault")]
        [InlineData("{\"rules\": [{\"fault\": \"delay\"}]}", "rules[0]")]
        [InlineData("{\"rules\": [{\"fault\": \"noResponse\", \"match\": {\"amount\": \"99\"}}]}", "rules[0].match")]
        [InlineData("{\"rules\": [{\"fault\": \"corrupt\", \"probability\": 1.5}]}", "rules[0].probability")]
        [InlineData("{\"rules\": [{\"fault\": \"noResponse\", \"match\": {\"nth\": 0}}]}", "rules[0].match.nth")]
        [InlineData("{\"maintenance\": \"sometimes\"}", "maintenance")]
        [InlineData("{\"rule\": []}", "(document)")]
        [InlineData("{\"rules\": [", "(document)")]
        public void MistakesNameWhereTheyAre(string json, string path)
        {
            FaultPlanFormatException e = Assert.Throws<FaultPlanFormatException>(() => FaultPlan.Parse(json));

            Assert.Equal(path, e.Path);
        }

        [Fact]
        public void MaintenanceNamesParse()
        {
            Assert.Equal(MaintenanceMode.Answer91, FaultPlan.Parse("{\"maintenance\": \"answer91\"}").Maintenance);
            Assert.Equal(MaintenanceMode.RefuseConnections, FaultPlan.Parse("{\"maintenance\": \"refuse\"}").Maintenance);
        }
    }
}
