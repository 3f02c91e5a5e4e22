using System.Linq;
using NanoPos.Hal;
using NanoPos.Ui;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>The simulated terminal's own API: keys, time, power, link and host switches, side-panel views, the paced mode.</summary>
    public class SimulatedTerminalTests
    {
        [Fact]
        public void ViewsShowTheJournalBatchAndLedgerWithMaskedCardsOnly()
        {
            using var terminal = new SimulatedTerminal();
            Sale(terminal, "12500", "1234");
            terminal.Press(Key.Enter);

            Assert.Single(terminal.Batch());
            Assert.Empty(terminal.PendingReversals());
            Assert.Contains(terminal.Journal(), r => r.Type == "Outcome" && r.Stan == terminal.Batch()[0].Stan);
            Assert.All(terminal.Journal(), r => Assert.DoesNotContain(DemoConfig.Card, r.MaskedPan));
            LedgerRow row = terminal.HostLedger().Single();
            Assert.Equal("622848******0015", row.MaskedPan);
            Assert.Equal(12500, row.AmountMinor);
        }

        [Fact]
        public void NetworkDownMeansNotSentAndNothingAtTheHost()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            terminal.NetworkUp = false;

            Sale(terminal, "3000", "1234");

            Assert.Equal(UiScreen.Result, terminal.Screen);
            Assert.Equal("Not sent", terminal.ScreenText[0].Trim());
            Assert.Empty(terminal.HostLedger());
        }

        [Fact]
        public void HostMaintenanceAnswers91BankSystemUnavailable()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            terminal.HostMaintenance = true;

            Sale(terminal, "3000", "1234");

            Assert.Equal("Declined", terminal.ScreenText[0].Trim());
            Assert.Contains("Bank system", string.Join(" ", terminal.ScreenText));
        }

        [Fact]
        public void LanguageSwitchesTheScreenAndSurvivesAPowerCut()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();

            terminal.Language = Language.Chinese;
            Assert.Equal("在线", terminal.ScreenText[2].Trim());
            terminal.CutPower();

            Assert.Equal(2, terminal.Boots);
            Assert.Equal(Language.Chinese, terminal.Language);
            Assert.Equal(UiScreen.Idle, terminal.Screen);
        }

        [Fact]
        public void InputTimeoutReturnsToIdleButNeverDuringAPayment()
        {
            using var terminal = new SimulatedTerminal(new SimulatedTerminalOptions { Paced = true });
            terminal.Boot();
            terminal.Press(Key.Digit5);
            Assert.Equal(UiScreen.Amount, terminal.Screen);
            terminal.Advance(31000);
            Assert.Equal(UiScreen.Idle, terminal.Screen);

            terminal.HostDelayMs = 40000;
            Sale(terminal, "880", "1234");
            Assert.Equal(UiScreen.Processing, terminal.Screen);
            Assert.Equal("Wait 30 s", terminal.ScreenText[1].Trim());
            terminal.Advance(10000);
            Assert.Equal("Wait 20 s", terminal.ScreenText[1].Trim());
            terminal.Advance(25000);
            Assert.Equal(UiScreen.Processing, terminal.Screen);

            // Response timeout at 30 s, then the reversal's own 30 s: the result comes, whatever the input timeout.
            terminal.Advance(26000);
            Assert.Equal(UiScreen.Result, terminal.Screen);
            Assert.Equal("No response", terminal.ScreenText[0].Trim());
        }

        [Fact]
        public void PacedCutPowerWhileWaitingForTheHostReversesAfterTheReboot()
        {
            using var terminal = new SimulatedTerminal(new SimulatedTerminalOptions { Paced = true });
            terminal.Boot();
            terminal.HostDelayMs = 20000;
            Sale(terminal, "4400", "1234");
            terminal.Advance(5000);
            Assert.Equal(UiScreen.Processing, terminal.Screen);

            // The sale's answer is already on its way (20 s); the host answers what comes next at once.
            terminal.HostDelayMs = 0;
            terminal.CutPower();
            terminal.Advance(2000);

            Assert.Equal(2, terminal.Boots);
            Assert.Equal(UiScreen.Idle, terminal.Screen);
            Assert.Equal("reversed", terminal.HostLedger().Single(r => r.Kind == "sale").State);
            Assert.Empty(terminal.PendingReversals());
        }

        [Fact]
        public void ScriptErrorsNameTheLine()
        {
            ScriptException unknown = Assert.Throws<ScriptException>(() => TerminalScript.Parse("boot\n\n  fly away\n", "x"));
            Assert.Equal(3, unknown.Line);
            ScriptException key = Assert.Throws<ScriptException>(() => TerminalScript.Parse("press 1 2 q\n", "x"));
            Assert.Contains("unknown key 'q'", key.Message);
            TerminalScript ok = TerminalScript.Parse("# comment\npress 12 # * A B C D enter\n", "x");
            Assert.Equal(new[] { Key.Digit1, Key.Digit2, Key.Enter, Key.Cancel, Key.Menu, Key.Function1, Key.Function2, Key.Clear, Key.Enter }, TerminalScript.Keys(ok.Commands[0]));
        }

        private static void Sale(SimulatedTerminal terminal, string amount, string pin)
        {
            foreach (char c in amount + "#" + DemoConfig.Card + "#" + DemoConfig.Expiry + "#" + pin + "#")
            {
                terminal.Press(c == '#' ? Key.Enter : Key.Digit0 + (c - '0'));
            }
        }
    }
}
