using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;
using SecurityKeys = NanoPos.Security.WorkingKeys;

namespace NanoPos.HostSim.Tests
{
    /// <summary>
    /// Field 52: a format-0 PIN block under the terminal's PIN key, described by field 53 = "26…", checked against the
    /// card's PIN (1234 unless set). Anything wrong with it is 55 (a declined entry: nothing charged).
    /// </summary>
    public class PinTests
    {
        [Fact]
        public void TheRightPinIsApprovedAndAWrongOneDeclined55()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            SecurityKeys keys = Secure.SignOn(host);

            Assert.Equal("00", host.Process(Secure.WithPin(Requests.Sale(1, 12500), "1234", keys.PinKey)).ResponseCode);
            ProcessingResult wrong = host.Process(Secure.WithPin(Requests.Sale(2, 12500), "4321", keys.PinKey));

            Assert.Equal("55", wrong.ResponseCode);
            Assert.Equal("PIN wrong", wrong.Note);
            Assert.Equal(EntryState.Declined, host.Ledger.Find(Requests.Key(2)).State);
            Assert.False(host.Ledger.IsChargedOnce(Requests.Key(2)));
        }

        [Fact]
        public void ACardsOwnPinReplacesTheDefaultAndOtherCardsKeep1234()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            SecurityKeys keys = Secure.SignOn(host);
            host.Rules.SetPin(Requests.Pan, "987654");

            Assert.Equal("55", host.Process(Secure.WithPin(Requests.Sale(1, 1000), "1234", keys.PinKey)).ResponseCode);
            Assert.Equal("00", host.Process(Secure.WithPin(Requests.Sale(2, 1000), "987654", keys.PinKey)).ResponseCode);
            Assert.Equal("00", host.Process(Secure.WithPin(Requests.Sale(3, 1000, pan: "6228480000000000027"), "1234", keys.PinKey)).ResponseCode);
            Assert.Equal("55", host.Process(Secure.WithPin(Requests.Sale(4, 1000), "98765", keys.PinKey)).ResponseCode); // a prefix is not the PIN
            Assert.Throws<System.ArgumentException>(() => host.Rules.SetPin(Requests.Pan, "12a4"));
        }

        [Fact]
        public void ABlockUnderAnotherKeyOrForAnotherCardDoesNotDecodeTo1234()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            SecurityKeys keys = Secure.SignOn(host);
            SecurityKeys stale = Secure.SignOn(host); // the first keys are replaced

            ProcessingResult oldKey = host.Process(Secure.WithPin(Requests.Sale(1, 1000), "1234", keys.PinKey));
            IsoMessage otherCard = Requests.Sale(2, 1000);
            otherCard.Set(52, Secure.PinBlock("1234", "6228480000000000027", stale.PinKey));
            otherCard.Set(53, Secure.SecurityControl);

            Assert.Equal("55", oldKey.ResponseCode);
            Assert.Equal("55", host.Process(otherCard).ResponseCode);
        }

        [Fact]
        public void APinBlockWithoutKeysOrWithoutAValidField53Is55()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            SecurityKeys elsewhere = Secure.SignOn(Host.Processor(requireMac: true));   // keys from another host: this one has none

            ProcessingResult noKeys = host.Process(Secure.WithPin(Requests.Sale(1, 1000), "1234", elsewhere.PinKey));
            Assert.Equal("55", noKeys.ResponseCode);
            Assert.Contains("no working keys", noKeys.Note);

            SecurityKeys keys = Secure.SignOn(host);
            IsoMessage no53 = Secure.WithPin(Requests.Sale(2, 1000), "1234", keys.PinKey);
            no53.Remove(53);
            IsoMessage single = Secure.WithPin(Requests.Sale(3, 1000), "1234", keys.PinKey);
            single.Set(53, "2000000000000000");   // single-length PIN key: not what this host issues

            Assert.Equal("55", host.Process(no53).ResponseCode);
            Assert.Equal("55", host.Process(single).ResponseCode);
        }

        [Fact]
        public void NoPinBlockMeansNoPinCheckAndTheAmountEnding55StillDeclines()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            SecurityKeys keys = Secure.SignOn(host);

            Assert.Equal("00", host.Process(Requests.Sale(1, 1000)).ResponseCode);
            Assert.Equal("55", host.Process(Secure.WithPin(Requests.Sale(2, 1055), "1234", keys.PinKey)).ResponseCode);
        }

        [Fact]
        public void ABalanceInquiryChecksItsPinToo()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            SecurityKeys keys = Secure.SignOn(host);

            Assert.Equal("00", host.Process(Secure.WithPin(Requests.Balance(1), "1234", keys.PinKey)).ResponseCode);
            Assert.Equal("55", host.Process(Secure.WithPin(Requests.Balance(2), "0000", keys.PinKey)).ResponseCode);
        }

        [Fact]
        public void APinAndAMacTogetherOverTheSimulatorsOwnFrames()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            SecurityKeys keys = Secure.SignOn(host);
            byte[] frame = Secure.Frame(Secure.WithPin(Requests.Sale(1, 12500), "1234", keys.PinKey), keys.MacKey);

            ProcessingResult result = host.Process(Secure.Decode(frame), frame, Secure.MtiOffset, frame.Length - Secure.MtiOffset);

            Assert.Equal("00", result.ResponseCode);
            Assert.Equal(MacCheck.Verified, result.Mac);
            Assert.True(result.AnswerSigned);
        }
    }
}
