using NanoPos.HostSim;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>The "charged exactly once" check between a terminal's batch and the host's ledger.</summary>
    public class LedgerAuditTests
    {
        [Fact]
        public void BatchThatMatchesTheLedgerIsClean()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(1, 1000));
            var reversed = Requests.Sale(2, 2000);
            host.Process(reversed);
            host.Process(Requests.Reversal(reversed));

            LedgerAuditReport report = LedgerAudit.CheckBatch(host.Ledger, Requests.Terminal, Requests.Batch, new[] { Requests.Key(1) });

            Assert.True(report.IsClean, report.ToString());
        }

        [Fact]
        public void ApprovalTheTerminalLostAndAReversedSaleItKeptAreBothReported()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(1, 1000)); // approved, terminal lost the answer and did not reverse
            var reversed = Requests.Sale(2, 2000);
            host.Process(reversed);
            host.Process(Requests.Reversal(reversed));

            LedgerAuditReport report = LedgerAudit.CheckBatch(host.Ledger, Requests.Terminal, Requests.Batch, new[] { Requests.Key(2), Requests.Key(2) });

            Assert.False(report.IsClean);
            Assert.Equal(new[] { Requests.Key(1) }, report.ChargedButNotInBatch);
            Assert.Equal(new[] { Requests.Key(2) }, report.InBatchButNotCharged);
            Assert.Equal(new[] { Requests.Key(2) }, report.ListedTwice);
        }
    }
}
