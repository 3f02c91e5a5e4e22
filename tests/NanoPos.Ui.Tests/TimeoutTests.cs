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

            // Connect, send and response, then the reversal's connect, send and response: 10 + 5 + 30 + 10 + 5 + 30 s.
            Assert.AreEqual("Wait 90 s", ui.ScreenText[1]);
            clock.Advance(10000);
            ui.Tick();
            Assert.AreEqual("Wait 80 s", ui.ScreenText[1]);
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

            // (4 + 5 + 20) + (4 + 5 + 15) s: the sale, then its reversal.
            host.SilentOnFinancial = true;
            host.SilentOnReversal = true;
            Keys(ui, clock, "500#" + UiRig.Card + "#" + UiRig.Expiry + "#1234#");
            Assert.AreEqual("Wait 53 s", ui.ScreenText[1]);
            long started = clock.MonotonicMs;
            runner.Finish();
            Assert.IsTrue(clock.MonotonicMs - started <= 53000, "the call took no longer than the countdown said");
            ui.Tick();
            Assert.AreEqual("No response", ui.ScreenText[0]);
            Assert.AreEqual(1, ui.PendingReversals);

            // With a reversal pending the engine sends it first: one reversal exchange (4 + 5 + 15 s) more.
            Keys(ui, clock, "#600#" + UiRig.Card + "#" + UiRig.Expiry + "#1234#");
            Assert.AreEqual((int)UiScreen.Processing, (int)ui.Screen);
            Assert.AreEqual("Wait 77 s", ui.ScreenText[1]);
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
