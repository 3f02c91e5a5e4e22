using System;
using System.IO;
using NanoPos.Hal.Simulated;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.Torture.Tests
{
    /// <summary>The campaign's link fault: the whole request frame reaches the host, then the send reports the link lost.</summary>
    public class ReportingLinkTests
    {
        [Fact]
        public void TheReportingLinkDeliversTheWholeFrameBeforeItReportsTheLinkLost()
        {
            var clock = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc), true);
            // The test is about the link (an error after the whole frame left); its sale goes unMACed.
            var host = new SimulatedAcquirer(() => clock.UtcNow, 1) { RequireMac = false };
            var frames = new FrameCodec(CupTerminalProfile.Instance);
            var inner = new InMemoryLink(clock, host);
            Assert.True(inner.Connect(1000));
            var link = new ReportingLink(inner);
            link.FailAfterNextFrame();
            var sale = new IsoMessage { Mti = Mti.FinancialRequest };
            sale.Set(2, "6222021234567890123");
            sale.Set(3, "000000");
            sale.Set(4, "000000012500");
            sale.Set(11, "000001");
            sale.Set(12, "100000");
            sale.Set(13, "1122");
            sale.Set(41, "TERM0001");
            sale.Set(42, "123456789012345");
            sale.Set(49, "156");
            sale.Set(60, "22000001000");
            var buffer = new byte[1024];
            int length = frames.Pack(sale, Tpdu.Create(3, 0), buffer, 0);

            Assert.Equal(1, link.Send(buffer, 0, 1, 1000));
            Assert.Throws<IOException>(() => link.Send(buffer, 1, length - 1, 1000));

            Assert.True(host.Ledger.IsChargedOnce(new LedgerKey("TERM0001", "000001", "1122")));
        }
    }
}
