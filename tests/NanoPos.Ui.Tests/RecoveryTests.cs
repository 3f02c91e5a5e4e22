using System;
using System.IO;
using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Terminal;
using NanoPos.Ui.Records;

namespace NanoPos.Ui.Tests
{
    /// <summary>
    /// Faults the terminal gets out of by itself: an engine call that throws ends in a restart whose boot sends the
    /// reversal; damaged records and an unreadable configuration do not stop the boot; a display that misses a frame, a
    /// keypad that throws and card data no PIN block can be built from do not end the idle loop.
    /// </summary>
    [TestClass]
    public class RecoveryTests
    {
        [TestMethod]
        public void After_a_reboot_that_reversed_a_sale_the_idle_screen_says_so_once()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Host.SilentOnFinancial = true;
            rig.Host.SilentOnReversal = true;
            rig.SaleUpToPin("20000");
            rig.Press("1234#");
            Assert.AreEqual(1, rig.Ui.PendingReversals);

            // The power goes; at the next boot the host takes the reversal.
            rig.Host.SilentOnReversal = false;
            UiRig rebooted = rig.Reboot();
            Assert.AreEqual((int)UiScreen.Idle, (int)rebooted.Ui.Screen);
            Assert.AreEqual("TEST SHOP Sale 200.00 10:00 reversed - not charged", rebooted.Flat());

            rebooted.Press("A*");
            Assert.AreEqual((int)UiScreen.Idle, (int)rebooted.Ui.Screen);
            Assert.AreEqual("#=Sale A=Menu", rebooted.Row(3), "seen: the next key took it away");
            UiRig again = rebooted.Reboot();
            Assert.AreEqual("#=Sale A=Menu", again.Row(3), "said once: nothing owed at this boot");
        }

        [TestMethod]
        public void A_failed_outcome_write_says_restarting_restarts_after_a_delay_and_the_next_boot_reverses()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("500");

            // Durable write 1 of the sale is its intent, 2 its outcome: the outcome write fails after the host approved.
            rig.Store.FailWriteAt(2);
            rig.Press("1234#");

            Assert.AreEqual(1, rig.Host.Count(Mti.FinancialRequest), "the sale reached the host");
            Assert.AreEqual((int)UiScreen.Fatal, (int)rig.Ui.Screen);
            Assert.AreEqual("Please wait", rig.Row(0));
            Assert.IsTrue(rig.Flat().IndexOf("Terminal error - restarting") >= 0, rig.Flat());
            Assert.IsTrue(rig.Ui.RestartRequested);
            rig.Press("#*5A");
            Assert.AreEqual((int)UiScreen.Fatal, (int)rig.Ui.Screen, "no key leaves the screen");

            rig.Wait(PosTerminal.RestartDelayMs - 500);
            Assert.AreEqual(0, rig.Restarts, "not at once: the screen is read first");
            rig.Wait(1000);
            Assert.AreEqual(1, rig.Restarts);
            Assert.IsTrue(rig.Terminal.Restarted);
            rig.Wait(10000);
            Assert.AreEqual(1, rig.Restarts, "once");
            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRequest), "the restart sends it, not the failed firmware");

            UiRig rebooted = rig.Reboot();
            Assert.AreEqual(1, rebooted.Host.Count(Mti.ReversalRequest), "the boot sent the reversal");
            Assert.AreEqual((int)UiScreen.Idle, (int)rebooted.Ui.Screen);
            Assert.AreEqual(0, rebooted.Ui.PendingReversals);
        }

        [TestMethod]
        public void A_damaged_technician_lock_record_does_not_stop_the_boot_and_counts_as_locked()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("A71111#*");
            Assert.IsTrue(rig.Store.Exists(TechnicianLock.RecordName));
            rig.Store.Damage(TechnicianLock.RecordName);

            UiRig rebooted = rig.Reboot();

            Assert.AreEqual((int)UiScreen.Idle, (int)rebooted.Ui.Screen);
            rebooted.Press("A7");
            Assert.IsTrue(rebooted.Flat().IndexOf("Locked") >= 0, "the safe side: " + rebooted.Flat());
            rebooted.Press(UiRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianPin, (int)rebooted.Ui.Screen);
        }

        [TestMethod]
        public void A_damaged_technician_lock_record_locks_and_is_written_again()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            ManualClock clock = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true);
            store.Write(TechnicianLock.RecordName, new byte[] { 1 }, 0, 1);
            store.Damage(TechnicianLock.RecordName);
            TechnicianLock techLock = new TechnicianLock(store, clock, 5, 60000);

            techLock.Load();

            Assert.IsTrue(techLock.IsLocked());
            Assert.AreEqual(1, techLock.MinutesLeft());
            techLock.SaveIfChanged();
            byte[] read = new byte[4];
            Assert.AreEqual(1, store.Read(TechnicianLock.RecordName, read, 0, read.Length), "readable again");
            Assert.AreEqual(5, (int)read[0]);
        }

        [TestMethod]
        public void A_failed_lock_write_keeps_the_wrong_pin_owed_until_a_write_succeeds()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            ManualClock clock = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true);
            TechnicianLock techLock = new TechnicianLock(store, clock, 5, 60000);
            techLock.Load();
            Assert.IsFalse(techLock.Check("1111".ToCharArray(), 4, NanoPos.Security.PinHash.Create(UiRig.TechPin.ToCharArray(), 0, 4, new byte[16], 0, 1)));

            store.FailWriteAt(1);
            Assert.ThrowsException(typeof(IOException), () => techLock.SaveIfChanged());
            Assert.IsFalse(store.Exists(TechnicianLock.RecordName));
            techLock.SaveIfChanged();

            byte[] read = new byte[4];
            Assert.AreEqual(1, store.Read(TechnicianLock.RecordName, read, 0, read.Length));
            Assert.AreEqual(1, (int)read[0], "the wrong PIN is not forgotten");
        }

        [TestMethod]
        public void A_wrong_technician_pin_whose_write_fails_is_written_on_a_later_tick()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("A7");
            rig.Store.FailWriteAt(1);

            rig.Press("1111#");

            Assert.IsTrue(rig.Flat().IndexOf("4 tries left") >= 0, rig.Flat());
            Assert.IsFalse(rig.Store.Exists(TechnicianLock.RecordName));
            rig.Wait(1100);
            byte[] read = new byte[4];
            Assert.AreEqual(1, rig.Store.Read(TechnicianLock.RecordName, read, 0, read.Length));
            Assert.AreEqual(1, (int)read[0]);
        }

        [TestMethod]
        public void An_unreadable_configuration_shows_the_setup_error_naming_the_record()
        {
            UiRig rig = new UiRig("en");
            rig.Store.Damage(TerminalConfig.RecordName);

            Assert.IsFalse(rig.Terminal.Boot());

            Assert.AreEqual((int)UiScreen.ConfigError, (int)rig.Ui.Screen);
            Assert.AreEqual("Setup error", rig.Row(0));
            Assert.AreEqual("Bad key config", rig.Row(1));
        }

        [TestMethod]
        public void A_frame_the_display_refuses_is_drawn_again_on_the_next_tick()
        {
            FlakyDisplay display = new FlakyDisplay();
            UiRig rig = Rig(display, new ScriptedKeypad());
            rig.Terminal.Boot();
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);

            // The key's own redraw and the one right after it both hit a bus error.
            display.FailNext = 2;
            rig.Press("5");

            Assert.AreEqual((int)UiScreen.Amount, (int)rig.Ui.Screen);
            Assert.AreEqual(2, rig.Ui.DisplayFailures);
            Assert.IsFalse(SameFrame(display.Panel.LastFrame, rig.Ui.Frame), "the panel still shows idle");
            rig.Wait(100);
            Assert.IsTrue(SameFrame(display.Panel.LastFrame, rig.Ui.Frame), "the lost frame is shown on the next tick");
        }

        [TestMethod]
        public void The_idle_loop_survives_failing_turns_and_restarts_after_too_many_in_a_row()
        {
            FailingKeypad keypad = new FailingKeypad();
            UiRig rig = Rig(new FramebufferDisplay(128, 64), keypad);
            rig.Terminal.Boot();
            keypad.Failing = true;

            for (int i = 1; i < PosTerminal.MaxConsecutiveStepFailures; i++)
            {
                Assert.IsFalse(rig.Terminal.RunOnce(0));
            }

            Assert.AreEqual(0, rig.Restarts);
            keypad.Failing = false;
            Assert.IsTrue(rig.Terminal.RunOnce(0), "a good turn ends the run of failures");
            keypad.Failing = true;
            for (int i = 1; i < PosTerminal.MaxConsecutiveStepFailures; i++)
            {
                Assert.IsFalse(rig.Terminal.RunOnce(0));
            }

            Assert.AreEqual(0, rig.Restarts);
            Assert.IsFalse(rig.Terminal.RunOnce(0));
            Assert.AreEqual(1, rig.Restarts);
            Assert.AreEqual((2 * PosTerminal.MaxConsecutiveStepFailures) - 1, rig.Terminal.StepFailures);
            Assert.AreEqual((int)UiScreen.Fatal, (int)rig.Ui.Screen);
        }

        [DataRow("12345")]
        [DataRow("622848000000001X")]
        [DataRow("6228480000000016")]
        public void Card_data_no_pin_block_can_be_built_from_is_refused_on_the_card_screen(string pan)
        {
            UiRig rig = new UiRig("en");
            OddCardReader reader = new OddCardReader(pan);
            rig.Ui.CardReader = reader;
            rig.Terminal.Boot();
            rig.Press("500#");
            Assert.AreEqual((int)UiScreen.Card, (int)rig.Ui.Screen);

            rig.Press("#");

            Assert.AreEqual((int)UiScreen.Card, (int)rig.Ui.Screen, "not on to the PIN");
            Assert.IsTrue(rig.Flat().IndexOf("Card read error - try again") >= 0, rig.Flat());
            Assert.AreEqual(2, reader.Begins, "the reader reads again");
            rig.Press("1234#");
            Assert.AreEqual((int)UiScreen.Card, (int)rig.Ui.Screen);
            Assert.AreEqual(0, rig.Host.Count(Mti.FinancialRequest));
            rig.Press("*");
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
        }

        private static UiRig Rig(IDisplay display, IKeypad keypad)
        {
            return new UiRig(new InMemoryRecordStore(), new UiHost(), new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true), "en", display, keypad);
        }

        private static bool SameFrame(MonochromeFramebuffer a, MonochromeFramebuffer b)
        {
            if (a == null || b == null || a.Buffer.Length != b.Buffer.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Buffer.Length; i++)
            {
                if (a.Buffer[i] != b.Buffer[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
