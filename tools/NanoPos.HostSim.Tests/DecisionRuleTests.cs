using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>The decision table of the README, one rule per test, over IsoMessage objects (no sockets).</summary>
    public class DecisionRuleTests
    {
        [Fact]
        public void ApprovedSaleGetsAuthCodeRrnAndEchoesTheKeyFields()
        {
            RequestProcessor host = Host.Processor(requireMac: false);

            ProcessingResult result = host.Process(Requests.Sale(1, 12500));

            IsoMessage response = result.Response;
            Assert.Equal(Mti.FinancialResponse, response.Mti);
            Assert.Equal("00", response.GetString(39));
            Assert.Matches("^[0-9]{6}$", response.GetString(38));
            Assert.Matches("^[0-9]{12}$", response.GetString(37));
            Assert.StartsWith("101530", response.GetString(37)); // host time hhmmss + sequence
            Assert.Equal("000001", response.GetString(11));
            Assert.Equal(Requests.Terminal, response.GetString(41));
            Assert.Equal("000000012500", response.GetString(4));
            Assert.Equal("0615", response.GetString(15));
            Assert.Equal(LedgerEffect.Recorded, result.Effect);
            Assert.Equal(EntryState.Approved, host.Ledger.Find(Requests.Key(1)).State);
        }

        [Theory]
        [InlineData(151, "51")]
        [InlineData(10055, "55")]
        [InlineData(1061, "61")]
        [InlineData(0, "13")]
        [InlineData(150, "00")]
        [InlineData(5100, "00")]
        public void SaleAmountEndingDecides(long amount, string expected)
        {
            RequestProcessor host = Host.Processor(requireMac: false);

            IsoMessage response = host.Process(Requests.Sale(2, amount)).Response;

            Assert.Equal(expected, response.GetString(39));
            Assert.Equal(expected == "00", response.Has(38));
            Assert.True(response.Has(37), "declines get an RRN too");
            LedgerEntry entry = host.Ledger.Find(Requests.Key(2));
            Assert.Equal(expected == "00" ? EntryState.Approved : EntryState.Declined, entry.State);
            Assert.Equal(expected, entry.ResponseCode);
        }

        [Fact]
        public void BlockedCardIsDeclinedWith14AndOtherCardsAreNot()
        {
            const string blocked = "6228480000000000027";
            RequestProcessor host = Host.Processor(requireMac: false, blocked);

            Assert.Equal("14", host.Process(Requests.Sale(3, 1000, pan: blocked)).ResponseCode);
            Assert.Equal("14", host.Process(Requests.Balance(4, pan: blocked)).ResponseCode);
            Assert.Equal("00", host.Process(Requests.Refund(5, 1000)).ResponseCode); // Requests.Pan is not blocked
            Assert.Equal("00", host.Process(Requests.Sale(6, 1000)).ResponseCode);

            host.Rules.Unblock(blocked);
            Assert.Equal("00", host.Process(Requests.Sale(7, 1000, pan: blocked)).ResponseCode);
        }

        [Fact]
        public void RefundsIgnoreTheAmountEndingsButNotTheBlockList()
        {
            RequestProcessor host = Host.Processor(requireMac: false, Requests.Pan);

            Assert.Equal("14", host.Process(Requests.Refund(8, 151)).ResponseCode);
            host.Rules.Unblock(Requests.Pan);
            ProcessingResult refund = host.Process(Requests.Refund(9, 151));

            Assert.Equal(Mti.AdviceResponse, refund.Response.Mti);
            Assert.Equal("00", refund.ResponseCode);
            Assert.Equal(TransactionKind.Refund, refund.Entry.Kind);
        }

        [Fact]
        public void BalanceInquiryAnswersFakeBalanceInField54AndMovesNoMoney()
        {
            RequestProcessor host = Host.Processor(requireMac: false);

            ProcessingResult result = host.Process(Requests.Balance(10));

            Assert.Equal("00", result.ResponseCode);
            Assert.Equal("1002156C000010000000", result.Response.GetString(54));
            Assert.False(result.Entry.IsInEffect);
            Assert.Equal(0, host.Ledger.NetApprovedTotal(Requests.Terminal, Requests.Batch));
        }

        [Fact]
        public void UnknownProcessingCodeIsAnsweredWith12AndNotRecorded()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage request = Requests.Sale(11, 1000);
            request.Set(3, "400000");

            ProcessingResult result = host.Process(request);

            Assert.Equal("12", result.ResponseCode);
            Assert.Equal(0, host.Ledger.Count);
        }

        [Fact]
        public void UnknownRequestMtiIsAnsweredWithMtiPlus10And12()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage request = Requests.Sale(12, 1000);
            request.Mti = 100;

            ProcessingResult result = host.Process(request);

            Assert.Equal(110, result.Response.Mti);
            Assert.Equal("12", result.ResponseCode);
            Assert.Equal(LedgerEffect.None, result.Effect);
        }

        [Fact]
        public void AResponseMtiSentToTheHostGetsNoAnswer()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage request = Requests.Sale(13, 1000);
            request.Mti = Mti.FinancialResponse;

            ProcessingResult result = host.Process(request);

            Assert.Null(result.Response);
            Assert.Equal(0, host.Ledger.Count);
        }

        [Theory]
        [InlineData(60)]
        [InlineData(41)]
        [InlineData(11)]
        [InlineData(13)]
        [InlineData(2)]
        [InlineData(4)]
        public void SaleWithoutARequiredFieldIsAFormatErrorAndNotRecorded(int field)
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage request = Requests.Sale(14, 1000);
            request.Remove(field);

            ProcessingResult result = host.Process(request);

            Assert.Equal("30", result.ResponseCode);
            Assert.Equal(0, host.Ledger.Count);
        }

        [Fact]
        public void CardNumberMayComeFromTrack2AndIsStoredMasked()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage request = Requests.Sale(15, 1000);
            request.Remove(2);
            request.Set(35, "6228480000000000035=30121010000000000");

            ProcessingResult result = host.Process(request);

            Assert.Equal("00", result.ResponseCode);
            Assert.Equal("622848*********0035", result.Entry.MaskedPan);
        }

        [Fact]
        public void MaintenanceAnswerIs91AndDecidesNothing()
        {
            RequestProcessor host = Host.Processor(requireMac: false);

            IsoMessage response = host.AnswerUnavailable(Requests.Sale(16, 1000));

            Assert.Equal(Mti.FinancialResponse, response.Mti);
            Assert.Equal("91", response.GetString(39));
            Assert.Equal(0, host.Ledger.Count);
        }
    }
}
