using System;
using System.IO;
using NanoPos.Hal.Simulated;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    public class SimulatedAcquirerTests
    {
        private static readonly DateTime Start = new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);
        private readonly FrameCodec _frames = new FrameCodec(CupTerminalProfile.Instance);
        private readonly ManualClock _clock = new ManualClock(Start, true);
        private readonly SimulatedAcquirer _host;

        public SimulatedAcquirerTests()
        {
            // These tests are about framing, decisions and transport faults in process, with unMACed requests: the
            // MAC path of the same class is tested in MacFaultTests, with the default (required).
            _host = new SimulatedAcquirer(() => _clock.UtcNow, 1) { RequireMac = false };
        }

        [Fact]
        public void DecidesASaleRecordsItAndAnswersWithTheSameCodec()
        {
            InMemoryLink link = Connect();

            Send(link, Sale("000001", 12500));
            IsoMessage answer = Receive(link);

            Assert.Equal(Mti.FinancialResponse, answer.Mti);
            Assert.Equal("00", answer.GetString(39));
            Assert.True(_host.Ledger.IsChargedOnce(new LedgerKey("TERM0001", "000001", "1122")));
            Assert.Single(_host.Transcript);
        }

        [Fact]
        public void ADuplicateFaultAnswersTwice()
        {
            _host.Faults.Add(new FaultRule { Kind = FaultKind.Duplicate, Times = 1 });
            InMemoryLink link = Connect();

            Send(link, Sale("000001", 12500));

            Assert.Equal("00", Receive(link).GetString(39));
            Assert.Equal("00", Receive(link).GetString(39));
        }

        [Fact]
        public void ACorruptAnswerDoesNotDecodeButTheSaleStandsAtTheHost()
        {
            _host.Faults.Add(new FaultRule { Kind = FaultKind.Corrupt, Times = 1 });
            InMemoryLink link = Connect();

            Send(link, Sale("000001", 12500));

            Assert.Throws<IsoFormatException>(() => Receive(link));
            Assert.True(_host.Ledger.IsChargedOnce(new LedgerKey("TERM0001", "000001", "1122")));
        }

        [Fact]
        public void CloseBeforeAnsweringLeavesTheApprovalForTheTerminalToReverseOnANewConnection()
        {
            _host.Faults.Add(new FaultRule { Kind = FaultKind.CloseBeforeResponse, Times = 1 });
            InMemoryLink first = Connect();
            IsoMessage sale = Sale("000001", 12500);

            Send(first, sale);

            Assert.Throws<IOException>(() => Receive(first));
            InMemoryLink second = Connect();
            sale.Mti = Mti.ReversalRequest;
            Send(second, sale);
            Assert.Equal(Mti.ReversalResponse, Receive(second).Mti);
            Assert.Equal(EntryState.Reversed, _host.Ledger.Find("TERM0001", "000001", "1122").State);
        }

        [Fact]
        public void ADelayedAnswerArrivesAfterItsDelayOnSimulatedTime()
        {
            _host.Faults.Add(new FaultRule { Kind = FaultKind.Delay, DelayMs = 40000, Times = 1 });
            InMemoryLink link = Connect();

            Send(link, Sale("000001", 12500));
            var buffer = new byte[1024];

            Assert.Equal(0, link.Receive(buffer, 0, 2, 30000));
            Assert.Equal("00", Receive(link).GetString(39));
            Assert.InRange(_clock.MonotonicMs, 40000, 41000);
        }

        [Fact]
        public void WrongAnswersAreDecidedAndRecordedFirstThenFalsifiedAsOverTcp()
        {
            _host.Faults.Add(new FaultRule { Kind = FaultKind.WrongAmount, Match = new FaultMatch { Stan = "000001" } });
            _host.Faults.Add(new FaultRule { Kind = FaultKind.AnswerCode, Code = "98", Match = new FaultMatch { Stan = "000002" } });
            _host.Faults.Add(new FaultRule { Kind = FaultKind.BareAnswer, Match = new FaultMatch { Stan = "000003" } });
            _host.Faults.Add(new FaultRule { Kind = FaultKind.NoAuthCode, Match = new FaultMatch { Stan = "000004" } });
            InMemoryLink link = Connect();

            Send(link, Sale("000001", 12500));
            Assert.Equal("000000000125", Receive(link).GetString(4));
            Send(link, Sale("000002", 12500));
            Assert.Equal("98", Receive(link).GetString(39));
            Send(link, Sale("000003", 12500));
            IsoMessage bare = Receive(link);
            Send(link, Sale("000004", 12500));
            IsoMessage noAuth = Receive(link);

            Assert.False(bare.Has(4) || bare.Has(37) || bare.Has(38));
            Assert.Equal("TERM0001", bare.GetString(41));
            Assert.False(noAuth.Has(38));
            for (int stan = 1; stan <= 4; stan++)
            {
                Assert.True(_host.Ledger.IsChargedOnce(new LedgerKey("TERM0001", stan.ToString("D6"), "1122")));
            }

            HostRequestRecord answerCode = _host.Transcript[1];
            Assert.Equal("00", answerCode.ResponseCode);
            Assert.Equal("98", answerCode.SentCode);
            Assert.Equal(FaultKind.AnswerCode, answerCode.Fault);
            Assert.Contains("rc 00 sent 98 fault answerCode", answerCode.ToString());
        }

        [Fact]
        public void HalfAFrameIsNeverDecided()
        {
            InMemoryLink link = Connect();
            link.DropAfterSentBytes(20);

            Assert.Throws<IOException>(() => Send(link, Sale("000001", 12500)));

            Assert.Equal(0, _host.Ledger.Count);
            Assert.Empty(_host.Transcript);
        }

        private InMemoryLink Connect()
        {
            var link = new InMemoryLink(_clock, _host);
            Assert.True(link.Connect(1000));
            return link;
        }

        private void Send(InMemoryLink link, IsoMessage message)
        {
            var buffer = new byte[1024];
            int length = _frames.Pack(message, Tpdu.Create(3, 0), buffer, 0);
            link.Send(buffer, 0, length, 1000);
        }

        private IsoMessage Receive(InMemoryLink link)
        {
            var buffer = new byte[1024];
            int header = _frames.HeaderLength;
            int read = 0;
            while (read < header)
            {
                read += link.Receive(buffer, read, header - read, 60000);
            }

            int total = header + _frames.ReadLength(buffer, 0);
            while (read < total)
            {
                read += link.Receive(buffer, read, total - read, 60000);
            }

            var message = new IsoMessage();
            _frames.Unpack(buffer, 0, total, message, new byte[Tpdu.Length]);
            return message;
        }

        private static IsoMessage Sale(string stan, long amount)
        {
            var sale = new IsoMessage { Mti = Mti.FinancialRequest };
            sale.Set(2, "6222021234567890123");
            sale.Set(3, "000000");
            sale.Set(4, amount.ToString("D12", System.Globalization.CultureInfo.InvariantCulture));
            sale.Set(11, stan);
            sale.Set(12, "100000");
            sale.Set(13, "1122");
            sale.Set(41, "TERM0001");
            sale.Set(42, "123456789012345");
            sale.Set(49, "156");
            sale.Set(60, "22000001000");
            return sale;
        }
    }
}
