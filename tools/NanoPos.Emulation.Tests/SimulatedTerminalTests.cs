using System.Collections.Generic;
using System.Linq;
using NanoPos.Hal;
using NanoPos.HostSim;
using NanoPos.Ui;
using NanoPos.Ui.Messages;
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

            Assert.Single(terminal.Views.Batch());
            Assert.Empty(terminal.Views.PendingReversals());
            Assert.Contains(terminal.Views.Journal(), r => r.Type == "Outcome" && r.Stan == terminal.Views.Batch()[0].Stan);
            Assert.All(terminal.Views.Journal(), r => Assert.DoesNotContain(DemoConfig.Card, r.MaskedPan));
            LedgerRow row = terminal.Views.HostLedger().Single();
            Assert.Equal("622848******0015", row.MaskedPan);
            Assert.Equal(12500, row.AmountMinor);
        }

        [Fact]
        public void ASaleOnTheSaturdayNightBeforeTheSpringFestivalWeekShowsItsFundsDate()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            terminal.Controls.SetLocalTime(new System.DateTime(2026, 2, 14, 23, 30, 0));

            Sale(terminal, "8800", "1234");

            Assert.Equal(UiScreen.Result, terminal.Screen);
            Assert.Equal("Funds Tue 24 Feb", terminal.ScreenText[3].Trim());
        }

        [Fact]
        public void NetworkDownMeansNotSentAndNothingAtTheHost()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            terminal.Controls.NetworkUp = false;

            Sale(terminal, "3000", "1234");

            Assert.Equal(UiScreen.Result, terminal.Screen);
            Assert.Equal("Not sent", terminal.ScreenText[0].Trim());
            Assert.Empty(terminal.Views.HostLedger());
        }

        [Fact]
        public void HostMaintenanceAnswers91BankSystemUnavailable()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            terminal.Controls.HostMaintenance = true;

            Sale(terminal, "3000", "1234");

            Assert.Equal("Declined", terminal.ScreenText[0].Trim());
            Assert.Contains("Bank system", string.Join(" ", terminal.ScreenText));
        }

        [Fact]
        public void LanguageSwitchesTheScreenAndSurvivesAPowerCut()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();

            terminal.Controls.Language = Language.Chinese;
            Assert.Equal("在线", terminal.ScreenText[2].Trim());
            terminal.Power.Cut();

            Assert.Equal(2, terminal.Power.Boots);
            Assert.Equal(Language.Chinese, terminal.Controls.Language);
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

            terminal.Controls.HostDelayMs = 40000;
            Sale(terminal, "880", "1234");
            Assert.Equal(UiScreen.Processing, terminal.Screen);
            int start = CountdownSeconds(terminal);
            Assert.True(start >= 30, "the countdown starts at the response timeout or later: " + start);
            terminal.Advance(10000);
            Assert.Equal(start - 10, CountdownSeconds(terminal));
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
            terminal.Controls.HostDelayMs = 20000;
            Sale(terminal, "4400", "1234");
            terminal.Advance(5000);
            Assert.Equal(UiScreen.Processing, terminal.Screen);

            // The sale's answer is already on its way (20 s); the host answers what comes next at once.
            terminal.Controls.HostDelayMs = 0;
            terminal.Power.Cut();
            terminal.Advance(2000);

            Assert.Equal(2, terminal.Power.Boots);
            Assert.Equal(UiScreen.Idle, terminal.Screen);
            Assert.Equal("reversed", terminal.Views.HostLedger().Single(r => r.Kind == "sale").State);
            Assert.Empty(terminal.Views.PendingReversals());

            // The merchant's history tells the same story, with the reason, and so does the side panel.
            HistoryRow row = Assert.Single(terminal.Views.History());
            Assert.Equal(("Sale", "Reversed", "PowerCut", 4400L), (row.Kind, row.Status, row.Why, row.AmountMinor));
            Assert.Equal(row, Assert.Single(terminal.Views.Panel().History));
        }

        [Fact]
        public void HistoryListsApprovedDeclinedAndReversedSalesNewestFirst()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            Sale(terminal, "1000", "1234");
            terminal.Press(Key.Enter);
            Sale(terminal, "1251", "1234");
            terminal.Press(Key.Enter);
            terminal.Controls.HostDelayMs = 40000;
            Sale(terminal, "8800", "1234");
            terminal.Press(Key.Enter);
            terminal.Controls.HostDelayMs = 0;
            terminal.Advance(5000);

            IReadOnlyList<HistoryRow> rows = terminal.Views.History();
            Assert.Equal(
                new[] { ("8800", "Reversed", "Timeout"), ("1251", "Declined", ""), ("1000", "Approved", "") },
                rows.Select(r => (r.AmountMinor.ToString(), r.Status, r.Why)).ToArray());
            Assert.Equal("51", rows[1].ResponseCode);
            Assert.All(rows, r => Assert.Equal("622848******0015", r.MaskedPan));
        }

        [Fact]
        public void HostDelayReplacesOnlyItsOwnRuleAndKeepsTheOtherFaults()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            var answer91 = new FaultRule { Kind = FaultKind.Answer91, Match = new FaultMatch { AmountEndsWith = "77" } };
            var ownDelay = new FaultRule { Kind = FaultKind.Delay, DelayMs = 7, Match = new FaultMatch { Stan = "999999" } };
            terminal.Host.Faults.Add(answer91);
            terminal.Host.Faults.Add(ownDelay);

            terminal.Controls.HostDelayMs = 3000;
            terminal.Controls.HostDelayMs = 40000;

            Assert.Equal(3, terminal.Host.Faults.Rules.Count);
            Assert.Same(answer91, terminal.Host.Faults.Rules[0]);
            Assert.Same(ownDelay, terminal.Host.Faults.Rules[1]);
            Assert.Equal(FaultKind.Delay, terminal.Host.Faults.Rules[2].Kind);
            Assert.Equal(40000, terminal.Host.Faults.Rules[2].DelayMs);

            // The kept rule still acts while a delay is set.
            terminal.Controls.HostDelayMs = 1000;
            Sale(terminal, "1077", "1234");
            Assert.Equal("Declined", terminal.ScreenText[0].Trim());
            Assert.Contains("Bank system", string.Join(" ", terminal.ScreenText));

            terminal.Controls.HostDelayMs = 0;
            Assert.Equal(new[] { answer91, ownDelay }, terminal.Host.Faults.Rules);
            Assert.Equal(0, terminal.Controls.HostDelayMs);
        }

        [Fact]
        public void PendingReversalCountComesFromTheEngineAndViewsScanTheJournalOnce()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            terminal.Controls.HostDelayMs = 40000;
            Sale(terminal, "8800", "1234");
            Assert.Equal("No response", terminal.ScreenText[0].Trim());

            int scans = terminal.Views.JournalScans;
            for (int i = 0; i < 10; i++)
            {
                Assert.Equal(1, terminal.Views.PendingReversalCount);
            }

            Assert.Single(terminal.Views.PendingReversals());
            Assert.Empty(terminal.Views.Batch());
            Assert.Equal(scans, terminal.Views.JournalScans);

            PanelSnapshot views = terminal.Views.Panel();
            Assert.Equal(scans + 1, terminal.Views.JournalScans);
            Assert.Single(views.PendingReversals);
            Assert.Empty(views.Batch);
            Assert.Contains(views.Journal, r => r.Type == "Intent" && r.Stan == views.PendingReversals[0].Stan);
            Assert.Equal(views.Journal, terminal.Views.Journal());
            Assert.Equal(scans + 2, terminal.Views.JournalScans);

            terminal.Controls.HostDelayMs = 0;
            terminal.Press(Key.Enter);
            terminal.Advance(5000);
            Assert.Equal(0, terminal.Views.PendingReversalCount);
            Assert.Empty(terminal.Views.Panel().PendingReversals);
        }

        [Fact]
        public void PacedPendingReversalCountKeepsTheLastValueWhileTheEngineWorks()
        {
            using var terminal = new SimulatedTerminal(new SimulatedTerminalOptions { Paced = true });
            terminal.Boot();
            terminal.Controls.HostDelayMs = 40000;
            Sale(terminal, "8800", "1234");
            terminal.Advance(61000);
            Assert.Equal(UiScreen.Result, terminal.Screen);
            Assert.Equal(1, terminal.Views.PendingReversalCount);

            // A second sale waits for the host on the worker thread: the count read meanwhile is the last one taken.
            terminal.Press(Key.Enter);
            Sale(terminal, "8800", "1234");
            Assert.Equal(UiScreen.Processing, terminal.Screen);
            Assert.Equal(1, terminal.Views.PendingReversalCount);
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

        private static int CountdownSeconds(SimulatedTerminal terminal)
        {
            // "Wait N s": where the countdown starts is the firmware's (UiSettings.ProcessingCountdownMs); it ticks with simulated time.
            System.Text.RegularExpressions.Match m = System.Text.RegularExpressions.Regex.Match(terminal.ScreenText[1].Trim(), "^Wait ([0-9]+) s$");
            Assert.True(m.Success, "a countdown on the processing screen: " + string.Join(" | ", terminal.ScreenText));
            return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
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
