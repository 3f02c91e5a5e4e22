using System;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>Settlement (0500) compares the terminal's totals with the ledger's; batch upload (0320) records evidence.</summary>
    public class SettlementTests
    {
        [Fact]
        public void EqualTotalsAre00AndCloseTheBatch()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(1, 1000));
            host.Process(Requests.Sale(2, 2500));
            host.Process(Requests.Sale(3, 151)); // declined: not in the totals
            host.Process(Requests.Refund(4, 300));

            ProcessingResult result = host.Process(Requests.Settlement(5, new SettlementTotals(2, 3500, 1, 300)));

            Assert.Equal(Mti.SettlementResponse, result.Response.Mti);
            Assert.Equal("00", result.ResponseCode);
            Assert.Equal("002000000003500001000000000300" + "1", result.Response.GetString(48));
            Assert.Equal("000002", host.Ledger.CurrentBatch(Requests.Terminal));
            SettlementRecord record = Assert.Single(host.Ledger.Settlements());
            Assert.Equal(record.TerminalTotals, record.HostTotals);
        }

        [Fact]
        public void TotalsThatDisagreeAre95AndTheHostSendsItsOwn()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage sale = Requests.Sale(6, 1000);
            host.Process(sale);
            host.Process(Requests.Sale(7, 2000));
            host.Process(Requests.Reversal(sale)); // the terminal did not count this reversal

            ProcessingResult result = host.Process(Requests.Settlement(8, new SettlementTotals(2, 3000, 0, 0)));

            Assert.Equal("95", result.ResponseCode);
            Assert.Equal(new SettlementTotals(1, 2000, 0, 0), SettlementTotals.Parse(result.Response.GetString(48)));
            Assert.EndsWith("2", result.Response.GetString(48));
            Assert.Equal(Ledger.FirstBatch, host.Ledger.CurrentBatch(Requests.Terminal));
        }

        [Fact]
        public void MalformedTotalsAreAFormatError()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage request = Requests.Settlement(9, new SettlementTotals(0, 0, 0, 0));
            request.Set(48, "12AB");

            Assert.Equal("30", host.Process(request).ResponseCode);
            Assert.Empty(host.Ledger.Settlements());
        }

        [Fact]
        public void BatchUploadRecordsWhetherTheLedgerAgreesAndItsEndClosesTheBatch()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(10, 1000));

            ProcessingResult known = host.Process(Requests.Upload(11, originalStan: 10, amount: 1000));
            ProcessingResult unknown = host.Process(Requests.Upload(12, originalStan: 77, amount: 500));
            ProcessingResult end = host.Process(Requests.Upload(13, originalStan: 0, amount: 0, networkCode: "202"));

            Assert.Equal(Mti.BatchUploadResponse, known.Response.Mti);
            Assert.All(new[] { known, unknown, end }, r => Assert.Equal("00", r.ResponseCode));
            var uploads = host.Ledger.Uploads(Requests.Terminal, Requests.Batch);
            Assert.Equal(2, uploads.Count);
            Assert.True(uploads[0].LedgerAgrees);
            Assert.False(uploads[1].LedgerAgrees);
            Assert.Equal("000002", host.Ledger.CurrentBatch(Requests.Terminal));
            Assert.Equal(1000, host.Ledger.NetApprovedTotal(Requests.Terminal, Requests.Batch)); // uploads never charge
        }

        [Fact]
        public void TotalsFieldFormatRoundTrips()
        {
            var totals = new SettlementTotals(12, 123456789, 3, 4500);

            string field = totals.Format('0');

            Assert.Equal(31, field.Length);
            Assert.Equal(totals, SettlementTotals.Parse(field));
            Assert.Throws<FormatException>(() => SettlementTotals.Parse("0001"));
        }
    }
}
