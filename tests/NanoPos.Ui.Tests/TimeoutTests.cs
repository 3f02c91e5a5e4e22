using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Terminal;
using NanoPos.Transactions;

namespace NanoPos.Ui.Tests
{
    /// <summary>Every screen times out to idle, except while a payment is in flight, whose result is always shown.</summary>
    [TestClass]
    public class TimeoutTests
    {
        [TestMethod]
        public void Amount_card_and_pin_screens_time_out_to_idle()
        {
            UiRig rig = UiRig.Booted("en");

            rig.Press("5");
            rig.Wait(29000);
            Assert.AreEqual((int)UiScreen.Amount, (int)rig.Ui.Screen);
            rig.Wait(1100);
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);

            rig.SaleUpToPin("500");
            rig.Press("12");
            rig.Wait(30100);
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
            Assert.AreEqual(0, rig.Ui.PinEntry.DigitCount, "the PIN typed is gone");
        }

        [TestMethod]
        public void Menu_history_and_technician_screens_time_out_too()
        {
            UiRig rig = UiRig.Booted("en");

            rig.Press("A");
            rig.Wait(30100);
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
            rig.Press("A5");
            rig.Wait(30100);
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
            rig.Press("A7");
            rig.Wait(30100);
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
        }

        [TestMethod]
        public void Result_times_out_to_idle()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("500");
            rig.Press("#");

            rig.Wait(15100);

            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
        }

        [TestMethod]
        public void A_payment_in_flight_is_never_abandoned_and_the_countdown_runs()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            ManualClock clock = new ManualClock(new System.DateTime(2026, 11, 22, 2, 0, 0), true);
            UiHost host = new UiHost();
            UiRig.WriteConfig(store, "en", null);
            TerminalConfig config = TerminalConfig.Load(store);
            PaymentEngine engine = UiRig.NewEngine(config, store, new InMemoryLink(clock, host), clock);
            ManualRunner runner = new ManualRunner(engine);
            TerminalUi ui = new TerminalUi(new FramebufferDisplay(128, 64), clock);
            ui.Attach(config.ToUiSettings(), engine, runner, store, new UiRig("en"));
            ui.StartBoot();
            runner.Finish();
            ui.Tick();
            runner.Finish();
            ui.Tick();
            Assert.AreEqual((int)UiScreen.Idle, (int)ui.Screen);

            Keys(ui, clock, "500#" + UiRig.Card + "#" + UiRig.Expiry + "#1234#");
            Assert.AreEqual((int)UiScreen.Processing, (int)ui.Screen);

            // First the sale's own connect, send and response (10 + 5 + 30 s), then, without an answer, the reversal's
            // connect, send and response (10 + 5 + 30 s), each counted down when it happens.
            Assert.AreEqual("Wait 45 s", ui.ScreenText[1]);
            Assert.AreEqual("Waiting for bank", ui.ScreenText[2]);
            clock.Advance(10000);
            ui.Tick();
            Assert.AreEqual("Wait 35 s", ui.ScreenText[1]);
            clock.Advance(35000);
            ui.Tick();
            Assert.AreEqual("Wait 45 s", ui.ScreenText[1]);
            Assert.AreEqual("No answer: reversing", ui.ScreenText[2]);
            clock.Advance(5000);
            ui.Tick();
            Assert.AreEqual("Wait 40 s", ui.ScreenText[1]);
            Keys(ui, clock, "**#");
            clock.Advance(120000);
            ui.Tick();
            Assert.AreEqual((int)UiScreen.Processing, (int)ui.Screen, "no timeout while the payment is in flight");
            Assert.AreEqual("Wait 0 s", ui.ScreenText[1]);

            Assert.AreEqual((int)RequestKind.Sale, (int)runner.HeldKind);
            runner.Finish();
            ui.Tick();
            Assert.AreEqual((int)UiScreen.Result, (int)ui.Screen);
            Assert.AreEqual("Approved", ui.ScreenText[0]);
        }

        [TestMethod]
        public void The_countdown_never_ends_before_the_call_can_and_counts_each_pending_reversal()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            ManualClock clock = new ManualClock(new System.DateTime(2026, 11, 22, 2, 0, 0), true);
            UiHost host = new UiHost();
            UiRig.WriteConfig(store, "en", "timeout.connect=4\ntimeout.response=20\ntimeout.reversal=15");
            TerminalConfig config = TerminalConfig.Load(store);
            PaymentEngine engine = UiRig.NewEngine(config, store, new InMemoryLink(clock, host), clock);
            ManualRunner runner = new ManualRunner(engine);
            TerminalUi ui = new TerminalUi(new FramebufferDisplay(128, 64), clock);
            ui.Attach(config.ToUiSettings(), engine, runner, store, new UiRig("en"));
            ui.StartBoot();
            runner.Finish();
            ui.Tick();
            runner.Finish();
            ui.Tick();

            // (4 + 5 + 20) s the sale, then (4 + 5 + 15) s its reversal.
            host.SilentOnFinancial = true;
            host.SilentOnReversal = true;
            Keys(ui, clock, "500#" + UiRig.Card + "#" + UiRig.Expiry + "#1234#");
            Assert.AreEqual("Wait 29 s", ui.ScreenText[1]);
            long started = clock.MonotonicMs;
            runner.Finish();
            Assert.IsTrue(clock.MonotonicMs - started <= 53000, "the call took no longer than both parts of the countdown (29 + 24 s)");
            ui.Tick();
            Assert.AreEqual("No response", ui.ScreenText[0]);
            Assert.AreEqual(1, ui.PendingReversals);

            // With a reversal pending the engine sends it first: one reversal exchange (4 + 5 + 15 s) before the sale's own.
            Keys(ui, clock, "#600#" + UiRig.Card + "#" + UiRig.Expiry + "#1234#");
            Assert.AreEqual((int)UiScreen.Processing, (int)ui.Screen);
            Assert.AreEqual("Wait 53 s", ui.ScreenText[1]);
        }

        [TestMethod]
        public void At_boot_the_reversals_owed_are_counted_before_they_are_sent()
        {
            UiRig earlier = UiRig.Booted("en");
            earlier.Host.SilentOnFinancial = true;
            earlier.Host.SilentOnReversal = true;
            earlier.SaleUpToPin("700");
            earlier.Press("1234#");
            Assert.AreEqual(1, earlier.Ui.PendingReversals, "a reversal is owed");

            TerminalConfig config = TerminalConfig.Load(earlier.Store);
            PaymentEngine engine = UiRig.NewEngine(config, earlier.Store, new InMemoryLink(earlier.Clock, earlier.Host), earlier.Clock);
            ManualRunner runner = new ManualRunner(engine);
            TerminalUi ui = new TerminalUi(new FramebufferDisplay(128, 64), earlier.Clock);
            ui.Attach(config.ToUiSettings(), engine, runner, earlier.Store, new UiRig("en"));
            ui.StartBoot();
            Assert.AreEqual((int)RequestKind.Recover, (int)runner.HeldKind);
            runner.Finish();
            ui.Tick();

            Assert.AreEqual((int)RequestKind.FlushReversals, (int)runner.HeldKind, "the reversal is on its way");
            Assert.AreEqual(1, ui.PendingReversals, "and counted while it is (the REV indicator reads this)");
            Assert.AreEqual("Sending | reversals", ui.ScreenText[1] + " | " + ui.ScreenText[2]);
            earlier.Host.SilentOnReversal = false;
            runner.Finish();
            ui.Tick();
            Assert.AreEqual(0, ui.PendingReversals);
            Assert.AreEqual((int)RequestKind.SignOn, (int)runner.HeldKind);
        }

        private static void Keys(TerminalUi ui, ManualClock clock, string keys)
        {
            for (int i = 0; i < keys.Length; i++)
            {
                char c = keys[i];
                Key key = c >= '0' && c <= '9' ? (Key)((int)Key.Digit0 + (c - '0')) : c == '#' ? Key.Enter : Key.Cancel;
                ui.HandleKey(new KeyEvent(key, KeyEventKind.Pressed, clock.MonotonicMs));
            }
        }
    }
}
