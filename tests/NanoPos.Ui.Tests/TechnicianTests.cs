using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Security;
using NanoPos.Terminal;
using NanoPos.Transactions;
using NanoPos.Ui.Records;

namespace NanoPos.Ui.Tests
{
    /// <summary>
    /// The technician menu is behind a PIN and locks for a while after 5 wrong PINs, also across a reboot; # with no
    /// digits is no try (issue 13).
    /// </summary>
    [TestClass]
    public class TechnicianTests
    {
        [TestMethod]
        public void Five_wrong_pins_lock_the_menu_even_for_the_right_pin()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("A7");

            for (int i = 1; i <= 4; i++)
            {
                rig.Press("1111#");
                Assert.IsTrue(rig.Flat().IndexOf((5 - i).ToString() + " tries left") >= 0, rig.Flat());
            }

            rig.Press("1111#");
            Assert.IsTrue(rig.Flat().IndexOf("Locked - try in 15 min") >= 0, rig.Flat());
            rig.Press(UiRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianPin, (int)rig.Ui.Screen, "the right PIN does not open a locked menu");

            UiRig rebooted = rig.Reboot();
            rebooted.Press("A7");
            Assert.IsTrue(rebooted.Text().IndexOf("Locked") >= 0, "a reboot does not lift the lock: " + rebooted.Text());

            rebooted.Wait(14 * 60000);
            rebooted.Press("A7");
            Assert.IsTrue(rebooted.Flat().IndexOf("Locked - try in 1 min") >= 0, rebooted.Flat());
            rebooted.Wait(61000);
            rebooted.Press("A7" + UiRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianMenu, (int)rebooted.Ui.Screen);
        }

        [TestMethod]
        public void Enter_with_no_digits_only_hints_and_never_uses_a_try()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("A7");
            for (int i = 0; i < 10; i++)
            {
                rig.Press("#");
            }

            Assert.AreEqual((int)UiScreen.TechnicianPin, (int)rig.Ui.Screen);
            Assert.AreEqual("Enter PIN", rig.Row(3), rig.Flat());
            Assert.IsFalse(rig.Store.Exists(TechnicianLock.RecordName), "nothing to write: no try was used");

            // Four wrong tries, then empty entries: the count stays at one try left and the menu never locks.
            rig.Press("1111#1111#1111#1111#");
            Assert.IsTrue(rig.Flat().IndexOf("1 tries left") >= 0, rig.Flat());
            for (int i = 0; i < 10; i++)
            {
                rig.Press("#");
            }

            Assert.IsTrue(rig.Flat().IndexOf("Locked") < 0, rig.Flat());
            Assert.AreEqual("Enter PIN", rig.Row(3), rig.Flat());
            byte[] read = new byte[4];
            Assert.AreEqual(1, rig.Store.Read(TechnicianLock.RecordName, read, 0, read.Length));
            Assert.AreEqual(4, (int)read[0], "still the four wrong tries");

            // A digit takes the hint away; the right PIN still opens the menu.
            rig.Press("2");
            Assert.AreEqual("#=OK *=Cancel", rig.Row(3));
            rig.Press("D" + UiRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianMenu, (int)rig.Ui.Screen);
        }

        [TestMethod]
        public void The_lock_does_not_count_an_empty_entry()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            ManualClock clock = new ManualClock(new System.DateTime(2026, 11, 22, 2, 0, 0), true);
            TechnicianLock techLock = new TechnicianLock(store, clock, 5, 900000);
            techLock.Load();
            PinHash hash = PinHash.Create(UiRig.TechPin.ToCharArray(), 0, 4, new byte[PinHash.SaltLength], 0, PinHash.MinIterations);
            char[] typed = new char[8];

            for (int i = 0; i < 10; i++)
            {
                Assert.IsFalse(techLock.Check(typed, 0, hash));
                Assert.IsFalse(techLock.Check(typed, 0, null), "not even with no PIN configured");
            }

            Assert.AreEqual(0, techLock.Failures);
            Assert.AreEqual(5, techLock.TriesLeft);
            Assert.IsFalse(techLock.IsLocked());
            techLock.SaveIfChanged();
            Assert.IsFalse(store.Exists(TechnicianLock.RecordName), "no change, no write");
        }

        [TestMethod]
        public void A_wrong_pin_is_durable_at_once_even_while_an_engine_call_runs()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            ManualClock clock = new ManualClock(new System.DateTime(2026, 11, 22, 2, 0, 0), true);
            UiRig.WriteConfig(store, "en", null);
            TerminalConfig config = TerminalConfig.Load(store);
            PaymentEngine engine = UiRig.NewEngine(config, store, new InMemoryLink(clock, new UiHost()), clock);
            ManualRunner runner = new ManualRunner(engine);
            TerminalUi ui = new TerminalUi(new FramebufferDisplay(128, 64), clock);
            ui.Attach(config.ToUiSettings(), engine, runner, store, new UiRig("en"));
            ui.StartBoot();
            runner.Finish();
            ui.Tick();
            runner.Finish();
            ui.Tick();
            Assert.IsTrue(ui.RunBackground(new TransactionRequest(RequestKind.Echo, 0, null, 0)));
            Assert.IsTrue(runner.IsBusy, "an engine call runs (the idle loop's echo)");

            Key[] keys = new Key[] { Key.Menu, Key.Digit7, Key.Digit1, Key.Digit1, Key.Digit1, Key.Digit1, Key.Enter };
            foreach (Key key in keys)
            {
                ui.HandleKey(new KeyEvent(key, KeyEventKind.Pressed, clock.MonotonicMs));
            }

            // A power cut now must not forget the try.
            byte[] read = new byte[4];
            Assert.AreEqual(1, store.Read(TechnicianLock.RecordName, read, 0, read.Length), "written while the call runs");
            Assert.AreEqual(1, (int)read[0]);
            runner.Finish();
            ui.Tick();
        }

        [TestMethod]
        public void Device_information_reports_journal_records_repaired_and_lost_at_the_last_boot()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("2500");
            rig.Press("#");
            Assert.AreEqual("Approved", rig.Row(0));
            rig.Press("#");
            Assert.IsTrue(rig.Store.FlipBit(Journal.SlotName(0), 77), "the sale's intent");
            rig.Store.Damage(Journal.SlotName(1)); // the sale's outcome, the newest record: nothing carries a copy yet

            UiRig rebooted = rig.Reboot();
            rebooted.Press("A7" + UiRig.TechPin + "#1");
            string seen = rebooted.Flat();
            for (int i = 0; i < 12; i++)
            {
                rebooted.Press("C");
                seen += " " + rebooted.Flat();
            }

            Assert.IsTrue(seen.IndexOf("Journal fixed 1") >= 0, seen);
            Assert.IsTrue(seen.IndexOf("Journal lost 1") >= 0, seen);
        }

        [TestMethod]
        public void Device_information_then_the_self_test_list()
        {
            UiRig rig = UiRig.Booted("en");

            rig.Press("A7" + UiRig.TechPin + "#1");
            Assert.AreEqual("Device info", rig.Row(0));
            Assert.AreEqual("Firmware 0.1.0", rig.Row(1));
            rig.Press("*2");
            Assert.AreEqual((int)UiScreen.SelfTest, (int)rig.Ui.Screen);
            Assert.AreEqual("Self-tests   1/8 | 0 Run all | 1 Display - | 2 Keypad -", rig.Text());
        }
    }
}
