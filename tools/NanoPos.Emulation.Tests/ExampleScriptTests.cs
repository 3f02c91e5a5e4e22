using System.IO;
using System.Linq;
using NanoPos.HostSim;
using NanoPos.Ui;
using NanoPos.Ui.Messages;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>The example scripts run end to end on the simulated terminal, in both languages, and their screens are the ones the issue asks for.</summary>
    public class ExampleScriptTests
    {
        public static TheoryData<string, string> Runs()
        {
            var data = new TheoryData<string, string>();
            foreach (string script in new[] { "sale", "decline-51", "host-timeout-reversal", "power-cut-mid-payment", "tour", "config-error" })
            {
                data.Add(script, "en");
                data.Add(script, "zh");
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Runs))]
        public void EveryExpectationHolds(string script, string language)
        {
            using var terminal = Terminal(language);
            var runner = new ScriptRunner(terminal, new ScriptRunOptions());

            runner.Run(TerminalScript.Load(Scripts.Of(script)));

            Assert.NotEmpty(runner.Printed);
        }

        [Theory]
        [InlineData("en", "Approved", "Auth code")]
        [InlineData("zh", "交易成功", "授权码")]
        public void SaleShowsEveryStepAndTheApproval(string language, string headline, string authLabel)
        {
            using var terminal = Terminal(language);
            var runner = Run(terminal, "sale");

            UiScreen[] order = runner.Printed.Select(s => s.Screen).Where((screen, i) => i == 0 || runner.Printed[i - 1].Screen != screen).ToArray();
            Assert.Equal(new[] { UiScreen.Boot, UiScreen.Idle, UiScreen.Amount, UiScreen.Card, UiScreen.Pin, UiScreen.Processing, UiScreen.Result, UiScreen.Idle }, order);
            ScreenShot result = runner.Printed.Single(s => s.Screen == UiScreen.Result);
            Assert.Equal(headline, result.Text[0].Trim());
            Assert.Equal("125.00", result.Text[1].Trim());
            Assert.StartsWith(authLabel, result.Text[2]);
            Assert.DoesNotContain(runner.Printed, s => s.Text.Any(row => row.Contains("1234")));
        }

        [Theory]
        [InlineData("en", "Declined", "Insufficient")]
        [InlineData("zh", "交易失败", "余额不足")]
        public void DeclineShowsTheHostsReason(string language, string headline, string reason)
        {
            using var terminal = Terminal(language);
            var runner = Run(terminal, "decline-51");

            ScreenShot result = runner.Printed.Single(s => s.Screen == UiScreen.Result);
            Assert.Equal(headline, result.Text[0].Trim());
            Assert.Contains(reason, string.Concat(result.Text));
            Assert.Equal(UiScreen.Idle, terminal.Screen);
            Assert.Equal("declined", terminal.Views.HostLedger().Single(r => r.Kind == "sale").State);
        }

        [Theory]
        [InlineData("en", "No response", "Reversing - the")]
        [InlineData("zh", "银行无应答", "正在冲正")]
        public void HostTimeoutReversesAndTheCardIsNeverCharged(string language, string headline, string detail)
        {
            using var terminal = Terminal(language);
            var runner = Run(terminal, "host-timeout-reversal");

            ScreenShot result = runner.Printed.Single(s => s.Screen == UiScreen.Result);
            Assert.Equal(headline, result.Text[0].Trim());
            Assert.StartsWith(detail, result.Text[1]);
            LedgerRow sale = terminal.Views.HostLedger().Single(r => r.Kind == "sale");
            Assert.Equal("reversed", sale.State);
            Assert.True(terminal.Host.Ledger.IsNotCharged(new LedgerKey(sale.Key.Split('/')[0], sale.Key.Split('/')[1], sale.Key.Split('/')[2])));
            Assert.Equal(0, terminal.Views.PendingReversalCount);
        }

        [Theory]
        [InlineData("en")]
        [InlineData("zh")]
        public void PowerCutMidPaymentIsReversedAfterTheRebootNeverCharged(string language)
        {
            using var terminal = Terminal(language);
            var runner = Run(terminal, "power-cut-mid-payment");

            Assert.Equal(2, terminal.Power.Boots);
            Assert.Contains(runner.Printed, s => s.Boot == 1 && s.Screen == UiScreen.Processing);
            Assert.DoesNotContain(runner.Printed, s => s.Boot == 1 && s.Screen == UiScreen.Result);
            Assert.Equal(UiScreen.Idle, runner.Printed.Last().Screen);
            Assert.Equal(2, runner.Printed.Last().Boot);

            // The host approved the sale (decided before the answer left), then got the reversal after the reboot.
            LedgerEntry sale = terminal.Host.Ledger.List().Single(e => e.Kind == TransactionKind.Sale);
            Assert.Equal("00", sale.ResponseCode);
            Assert.Equal(EntryState.Reversed, sale.State);
            Assert.Equal(1, sale.ReversalCount);
            Assert.True(terminal.Host.Ledger.IsNotCharged(new LedgerKey(sale.TerminalId, sale.Stan, sale.Date)));
            Assert.Equal(2, terminal.Host.Transcript.Single(r => r.Mti == 400).Boot);
            Assert.Empty(terminal.Views.Batch());
        }

        [Fact]
        public void TourReachesEveryOtherScreen()
        {
            using var terminal = Terminal("en");
            var runner = Run(terminal, "tour");

            UiScreen[] seen = runner.Printed.Select(s => s.Screen).Distinct().ToArray();
            foreach (UiScreen screen in new[] { UiScreen.Menu, UiScreen.History, UiScreen.HistoryDetail, UiScreen.VoidConfirm, UiScreen.Settlement, UiScreen.TechnicianPin, UiScreen.TechnicianMenu, UiScreen.DeviceInfo, UiScreen.SelfTest, UiScreen.Language })
            {
                Assert.Contains(screen, seen);
            }
        }

        [Fact]
        public void ConfigErrorNamesTheKey()
        {
            using var terminal = Terminal("en");
            var runner = Run(terminal, "config-error");

            ScreenShot error = runner.Printed.First(s => s.Screen == UiScreen.ConfigError);
            Assert.Equal("Setup error", error.Text[0].Trim());
            Assert.Contains("terminal.id", string.Join(" ", error.Text));
        }

        private static SimulatedTerminal Terminal(string language)
        {
            MessageCatalog.TryParseLanguage(language, out Language parsed);
            return new SimulatedTerminal(new SimulatedTerminalOptions { Language = parsed });
        }

        private static ScriptRunner Run(SimulatedTerminal terminal, string script)
        {
            var runner = new ScriptRunner(terminal, new ScriptRunOptions { Output = new StringWriter() });
            runner.Run(TerminalScript.Load(Scripts.Of(script)));
            return runner;
        }
    }
}
