using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>Never charged twice: repeats answered from the ledger, reversals applied exactly once.</summary>
    public class LedgerIdempotencyTests
    {
        [Fact]
        public void RepeatedSaleGetsTheOriginalAnswerAndIsNotChargedTwice()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage first = host.Process(Requests.Sale(1, 2000)).Response;

            ProcessingResult again = host.Process(Requests.Sale(1, 2000));

            Assert.Equal(LedgerEffect.Replayed, again.Effect);
            Assert.Equal(first.GetString(38), again.Response.GetString(38));
            Assert.Equal(first.GetString(37), again.Response.GetString(37));
            Assert.Equal(first.GetString(39), again.Response.GetString(39));
            Assert.Equal(1, host.Ledger.Count);
            Assert.Equal(1, host.Ledger.Find(Requests.Key(1)).RepeatCount);
            Assert.Equal(2000, host.Ledger.NetApprovedTotal(Requests.Terminal, Requests.Batch));
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(1)));
        }

        [Fact]
        public void RepeatedDeclinedSaleStaysDeclinedWithTheSameCode()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(2, 151));

            ProcessingResult again = host.Process(Requests.Sale(2, 151));

            Assert.Equal("51", again.ResponseCode);
            Assert.False(again.Response.Has(38));
            Assert.Equal(LedgerEffect.Replayed, again.Effect);
        }

        [Fact]
        public void SameKeyWithADifferentAmountIsRefusedWith94AndTheOriginalStands()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(3, 2000));

            ProcessingResult other = host.Process(Requests.Sale(3, 9000));

            Assert.Equal("94", other.ResponseCode);
            Assert.Equal(LedgerEffect.Refused, other.Effect);
            LedgerEntry entry = host.Ledger.Find(Requests.Key(3));
            Assert.Equal(2000, entry.Amount);
            Assert.Equal(1, entry.ConflictCount);
            Assert.Equal(2000, host.Ledger.NetApprovedTotal(Requests.Terminal, Requests.Batch));
        }

        [Fact]
        public void ReversalCancelsTheSaleAndTheRepeat0401IsNotAppliedTwice()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage sale = Requests.Sale(4, 3000);
            host.Process(sale);

            ProcessingResult first = host.Process(Requests.Reversal(sale));
            ProcessingResult repeat = host.Process(Requests.Reversal(sale, repeat: true));

            Assert.Equal(Mti.ReversalResponse, first.Response.Mti);
            Assert.Equal(Mti.ReversalResponse, repeat.Response.Mti);
            Assert.Equal("00", first.ResponseCode);
            Assert.Equal("00", repeat.ResponseCode);
            Assert.Equal(LedgerEffect.Reversed, first.Effect);
            Assert.Equal(LedgerEffect.ReversalRepeated, repeat.Effect);
            LedgerEntry entry = host.Ledger.Find(Requests.Key(4));
            Assert.Equal(EntryState.Reversed, entry.State);
            Assert.Equal(2, entry.ReversalCount);
            Assert.Equal(1, entry.ReversalRepeatCount);
            Assert.Equal(1, host.Ledger.Count);
            Assert.True(host.Ledger.IsNotCharged(Requests.Key(4)));
            Assert.Equal(0, host.Ledger.NetApprovedTotal(Requests.Terminal, Requests.Batch));
        }

        [Fact]
        public void ASecond0400ForTheSameOriginalIsAcknowledgedAndNotAppliedAgain()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage keep = Requests.Sale(5, 1000);
            IsoMessage reverse = Requests.Sale(6, 3000);
            host.Process(keep);
            host.Process(reverse);

            host.Process(Requests.Reversal(reverse));
            ProcessingResult second = host.Process(Requests.Reversal(reverse));

            Assert.Equal("00", second.ResponseCode);
            Assert.Equal(LedgerEffect.ReversalRepeated, second.Effect);
            Assert.Equal(1000, host.Ledger.NetApprovedTotal(Requests.Terminal, Requests.Batch));
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(5)));
        }

        [Fact]
        public void ReversalOfASaleTheHostNeverSawIsAcknowledgedAndRecordedButNotACharge()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage neverArrived = Requests.Sale(7, 4000);

            ProcessingResult result = host.Process(Requests.Reversal(neverArrived));

            Assert.Equal("00", result.ResponseCode);
            Assert.Equal(LedgerEffect.ReversalOfUnknown, result.Effect);
            LedgerEntry entry = host.Ledger.Find(Requests.Key(7));
            Assert.Equal(EntryState.ReversalOfUnknown, entry.State);
            Assert.Equal(TransactionKind.Reversal, entry.Kind);
            Assert.Equal(4000, entry.Amount);
            Assert.False(entry.IsInEffect);
            Assert.Equal(0, host.Ledger.NetApprovedTotal(Requests.Terminal, Requests.Batch));
        }

        [Fact]
        public void ASaleArrivingAfterItsReversalIsRefusedAndNotCharged()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage late = Requests.Sale(8, 4000);
            host.Process(Requests.Reversal(late));

            ProcessingResult result = host.Process(late);

            Assert.Equal("94", result.ResponseCode);
            Assert.True(host.Ledger.IsNotCharged(Requests.Key(8)));
        }

        [Fact]
        public void RepeatOfAReversedSaleIsRefusedRatherThanApprovedAgain()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage sale = Requests.Sale(9, 4000);
            host.Process(sale);
            host.Process(Requests.Reversal(sale));

            ProcessingResult result = host.Process(sale);

            Assert.Equal("94", result.ResponseCode);
            Assert.Equal(0, host.Ledger.NetApprovedTotal(Requests.Terminal, Requests.Batch));
        }

        [Fact]
        public void ReversalOfADeclinedSaleChangesNothing()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage sale = Requests.Sale(10, 151);
            host.Process(sale);

            ProcessingResult result = host.Process(Requests.Reversal(sale));

            Assert.Equal("00", result.ResponseCode);
            Assert.Equal(EntryState.Declined, host.Ledger.Find(Requests.Key(10)).State);
            Assert.Equal(1, host.Ledger.Find(Requests.Key(10)).ReversalCount);
        }
    }
}
