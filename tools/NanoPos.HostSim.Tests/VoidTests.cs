using NanoPos.HostSim;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>Voids (0200, processing code 200000, original in field 61) and their reversals.</summary>
    public class VoidTests
    {
        [Fact]
        public void VoidOfAnApprovedSaleCancelsIt()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(1, 5000));

            ProcessingResult result = host.Process(Requests.Void(2, 5000, originalStan: 1));

            Assert.Equal("00", result.ResponseCode);
            Assert.True(result.Response.Has(38));
            Assert.Equal(TransactionKind.Void, result.Entry.Kind);
            Assert.Equal(Requests.Key(1).ToString(), result.Entry.OriginalKey);
            LedgerEntry sale = host.Ledger.Find(Requests.Key(1));
            Assert.Equal(EntryState.Voided, sale.State);
            Assert.Equal(Requests.Key(2).ToString(), sale.VoidedBy);
            Assert.Equal(0, host.Ledger.NetApprovedTotal(Requests.Terminal, Requests.Batch));
        }

        [Fact]
        public void VoidOfAnUnknownSaleIs25()
        {
            RequestProcessor host = Host.Processor(requireMac: false);

            Assert.Equal("25", host.Process(Requests.Void(3, 5000, originalStan: 99)).ResponseCode);
        }

        [Fact]
        public void VoidWithAnotherAmountIs64AndTheSaleStands()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(4, 5000));

            Assert.Equal("64", host.Process(Requests.Void(5, 4000, originalStan: 4)).ResponseCode);
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(4)));
        }

        [Fact]
        public void SecondVoidOfTheSameSaleIs12()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(6, 5000));
            host.Process(Requests.Void(7, 5000, originalStan: 6));

            Assert.Equal("12", host.Process(Requests.Void(8, 5000, originalStan: 6)).ResponseCode);
        }

        [Fact]
        public void RepeatedVoidGetsTheOriginalAnswer()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(9, 5000));
            string auth = host.Process(Requests.Void(10, 5000, originalStan: 9)).Response.GetString(38);

            ProcessingResult again = host.Process(Requests.Void(10, 5000, originalStan: 9));

            Assert.Equal(LedgerEffect.Replayed, again.Effect);
            Assert.Equal(auth, again.Response.GetString(38));
        }

        [Fact]
        public void ReversingAVoidPutsTheSaleBackInEffect()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(11, 5000));
            var voidRequest = Requests.Void(12, 5000, originalStan: 11);
            host.Process(voidRequest);

            ProcessingResult result = host.Process(Requests.Reversal(voidRequest));

            Assert.Equal(LedgerEffect.Reversed, result.Effect);
            Assert.Equal(EntryState.Reversed, host.Ledger.Find(Requests.Key(12)).State);
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(11)));
            Assert.Equal(5000, host.Ledger.NetApprovedTotal(Requests.Terminal, Requests.Batch));
        }
    }
}
