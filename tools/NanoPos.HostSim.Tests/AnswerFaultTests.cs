using System;
using System.IO;
using System.Linq;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>
    /// The semantically wrong answers over TCP: the sale is decided and recorded first (the ledger holds the full
    /// approval), then the answer, still a well-formed frame, says something else.
    /// </summary>
    public class AnswerFaultTests
    {
        [Fact]
        public void WrongAmountApprovesAHundredthOfTheAmountWhileTheLedgerHoldsAll()
        {
            (IsoMessage answer, LedgerEntry entry) = Answer(new FaultRule { Kind = FaultKind.WrongAmount }, 12500);

            Assert.Equal("00", answer.GetString(39));
            Assert.Equal("000000000125", answer.GetString(4));
            Assert.Equal(12500, entry.Amount);
            Assert.Equal(EntryState.Approved, entry.State);
        }

        [Fact]
        public void WrongProcessingCodeTerminalMerchantAndCurrencyDifferFromTheRequest()
        {
            Assert.Equal(ProcessingCodes.VoidOrRefund, Answer(new FaultRule { Kind = FaultKind.WrongProcessingCode }).Answer.GetString(3));
            Assert.Equal("TERM0002", Answer(new FaultRule { Kind = FaultKind.WrongTerminal }).Answer.GetString(41));
            Assert.Equal("123456789012346", Answer(new FaultRule { Kind = FaultKind.WrongMerchant }).Answer.GetString(42));
            Assert.Equal("840", Answer(new FaultRule { Kind = FaultKind.WrongCurrency }).Answer.GetString(49));
        }

        [Fact]
        public void WrongCurrencyIsAddedWhenTheAnswerLacksField49()
        {
            IsoMessage sale = Requests.Sale(1, 1000);
            sale.Remove(49);

            (IsoMessage answer, LedgerEntry entry) = Answer(new FaultRule { Kind = FaultKind.WrongCurrency }, request: sale);

            Assert.Equal("840", answer.GetString(49));
            Assert.Null(entry.Currency);
        }

        [Fact]
        public void NoAuthCodeAndNoRrnSendAnApprovalWithoutThemWhileTheLedgerKeepsThem()
        {
            (IsoMessage noAuth, LedgerEntry first) = Answer(new FaultRule { Kind = FaultKind.NoAuthCode });
            (IsoMessage noRrn, LedgerEntry second) = Answer(new FaultRule { Kind = FaultKind.NoRrn });

            Assert.Equal("00", noAuth.GetString(39));
            Assert.False(noAuth.Has(38));
            Assert.True(noAuth.Has(37));
            Assert.NotNull(first.AuthCode);
            Assert.Equal("00", noRrn.GetString(39));
            Assert.False(noRrn.Has(37));
            Assert.True(noRrn.Has(38));
            Assert.NotNull(second.Rrn);
        }

        [Fact]
        public void BareAnswerCarriesOnlyFields11And41And39AsDecided()
        {
            (IsoMessage approved, _) = Answer(new FaultRule { Kind = FaultKind.BareAnswer });
            (IsoMessage declined, LedgerEntry entry) = Answer(new FaultRule { Kind = FaultKind.BareAnswer }, 1051);

            Assert.Equal(new[] { 11, 39, 41 }, Enumerable.Range(2, 127).Where(approved.Has));
            Assert.Equal(Mti.FinancialResponse, approved.Mti);
            Assert.Equal("00", approved.GetString(39));
            Assert.Equal("51", declined.GetString(39));
            Assert.Equal(EntryState.Declined, entry.State);
        }

        [Theory]
        [InlineData("98")]
        [InlineData("A0")]
        [InlineData("96")]
        public void AnswerCodeReplacesField39AfterTheApprovalWasRecorded(string code)
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(new FaultRule { Kind = FaultKind.AnswerCode, Code = code });
            using HostSimClient client = host.Connect();

            IsoMessage answer = client.Exchange(Requests.Sale(1, 1000), RunningHost.Timeout);

            Assert.Equal(code, answer.GetString(39));
            Assert.True(answer.Has(38), "the rest of the approval is unchanged");
            Assert.True(host.Ledger.IsChargedOnce(Requests.Key(1)), "the approval stands at the host: the terminal must reverse it");
            Assert.Equal("00", host.Ledger.Find(Requests.Key(1)).ResponseCode);
            Assert.Contains("rc 00 fault answerCode " + code + " recorded", host.WaitFor(HostSimEventKind.Request).ToString());
            host.Sim.Faults.Clear();
            Assert.Equal("00", client.Exchange(Requests.Reversal(Requests.Sale(1, 1000)), RunningHost.Timeout).GetString(39));
            Assert.True(host.Ledger.IsNotCharged(Requests.Key(1)));
        }

        [Fact]
        public void ARepeatAfterAWrongAnswerGetsTheTrueOriginalAnswer()
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(new FaultRule { Kind = FaultKind.WrongAmount, Times = 1 });
            using HostSimClient client = host.Connect();

            Assert.Equal("000000000010", client.Exchange(Requests.Sale(1, 1000), RunningHost.Timeout).GetString(4));
            IsoMessage repeat = client.Exchange(Requests.Sale(1, 1000), RunningHost.Timeout);

            Assert.Equal("000000001000", repeat.GetString(4));
            Assert.Equal(1, host.Ledger.Find(Requests.Key(1)).RepeatCount);
        }

        [Fact]
        public void TheFaultsChangeOnlyWhatTheySay()
        {
            Assert.Equal("00000000", AnswerFaults.Shifted(null, "00000000"));
            Assert.Equal("TERM0000", AnswerFaults.Shifted("TERM0009", "x"));
            Assert.Equal("TERMA", AnswerFaults.Shifted("TERMZ", "x"));
            Assert.Equal("tida", AnswerFaults.Shifted("tidz", "x"));
            Assert.Equal("ab0", AnswerFaults.Shifted("ab-", "x"));
            Assert.Equal(ProcessingCodes.Sale, AnswerFaults.OtherProcessingCode(ProcessingCodes.VoidOrRefund));
            Assert.Equal(ProcessingCodes.Sale, AnswerFaults.OtherProcessingCode(ProcessingCodes.BalanceInquiry));
            Assert.Equal(ProcessingCodes.Sale, AnswerFaults.OtherProcessingCode(null));
            IsoMessage echo = Requests.Echo(1);
            IsoMessage answer = Host.Processor(requireMac: false).Process(echo).Response;
            Assert.Null(AnswerFaults.Apply(new FaultRule { Kind = FaultKind.WrongAmount }, echo, answer).GetString(4));
        }

        [Fact]
        public void TheExamplePlanOfWrongAnswersParsesAndAnswerCodeIsChecked()
        {
            FaultPlan plan = FaultPlan.Load(Path.Combine(AppContext.BaseDirectory, "examples", "wrong-answers.json"));

            Assert.Equal(
                new[] { FaultKind.WrongAmount, FaultKind.WrongProcessingCode, FaultKind.WrongTerminal, FaultKind.WrongMerchant, FaultKind.WrongCurrency, FaultKind.NoAuthCode, FaultKind.NoRrn, FaultKind.BareAnswer, FaultKind.AnswerCode, FaultKind.AnswerCode, FaultKind.AnswerCode },
                plan.Rules.Select(r => r.Kind));
            Assert.Equal(new[] { "98", "A0", "96" }, plan.Rules.Where(r => r.Kind == FaultKind.AnswerCode).Select(r => r.Code));
            Assert.Equal("answerCode A0", plan.Rules[9].ToString());
            Assert.Throws<ArgumentException>(() => new FaultInjector().Add(new FaultRule { Kind = FaultKind.AnswerCode }));
            Assert.Throws<ArgumentException>(() => new FaultInjector().Add(new FaultRule { Kind = FaultKind.AnswerCode, Code = "980" }));
        }

        [Theory]
        [InlineData("{\"rules\": [{\"fault\": \"answerCode\"}]}", "rules[0]")]
        [InlineData("{\"rules\": [{\"fault\": \"answerCode\", \"code\": \"9\"}]}", "rules[0].code")]
        [InlineData("{\"rules\": [{\"fault\": \"answerCode\", \"code\": \"9-\"}]}", "rules[0].code")]
        [InlineData("{\"rules\": [{\"fault\": \"answerCode\", \"code\": 98}]}", "rules[0].code")]
        [InlineData("{\"rules\": [{\"fault\": \"noRrn\", \"code\": \"98\"}]}", "rules[0].code")]
        public void AnswerCodeMistakesNameWhereTheyAre(string json, string path)
        {
            Assert.Equal(path, Assert.Throws<FaultPlanFormatException>(() => FaultPlan.Parse(json)).Path);
        }

        private static (IsoMessage Answer, LedgerEntry Entry) Answer(FaultRule fault, long amount = 1000, IsoMessage request = null)
        {
            using var host = new RunningHost(requireMac: false);
            host.Sim.Faults.Add(fault);
            using HostSimClient client = host.Connect();
            request ??= Requests.Sale(1, amount);

            IsoMessage answer = client.Exchange(request, RunningHost.Timeout);

            Assert.Equal(1, host.Ledger.Count);
            return (answer, host.Ledger.Find(Requests.Key(1)));
        }
    }
}
