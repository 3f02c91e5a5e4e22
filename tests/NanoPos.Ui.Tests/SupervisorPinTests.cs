using System;
using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Terminal;

namespace NanoPos.Ui.Tests
{
    /// <summary>
    /// A refund needs the merchant's supervisor PIN before the amount (issue 14 item 5): a wrong PIN says so and counts,
    /// 3 wrong ones abandon the refund, # with no digits is no try, the right one goes on to the amount; with no
    /// supervisor PIN configured refunds are refused, never allowed without one.
    /// </summary>
    [TestClass]
    public class SupervisorPinTests
    {
        [TestMethod]
        public void Refund_asks_the_supervisor_pin_masked_before_the_amount()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("A3");

            Assert.AreEqual((int)UiScreen.SupervisorPin, (int)rig.Ui.Screen);
            Assert.AreEqual("Supervisor PIN", rig.Row(0));
            rig.Press(UiRig.SupervisorPin);
            Assert.AreEqual("****", rig.Row(1), "the digits are masked");
            Assert.IsTrue(rig.Text().IndexOf(UiRig.SupervisorPin) < 0, rig.Text());
            rig.Press("#");

            Assert.AreEqual((int)UiScreen.Amount, (int)rig.Ui.Screen);
            Assert.AreEqual("Refund", rig.Row(0));
            rig.Press("2000#" + UiRig.Card + "#" + UiRig.Expiry + "#");
            Assert.AreEqual("Refunded", rig.Row(0), rig.Flat());
            Assert.AreEqual(1, rig.Host.Count(Mti.AdviceRequest));
        }

        [TestMethod]
        public void A_wrong_pin_is_refused_and_says_how_many_tries_are_left()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("A3" + "2468#");

            Assert.AreEqual((int)UiScreen.SupervisorPin, (int)rig.Ui.Screen, "the technician PIN is not the supervisor's");
            Assert.IsTrue(rig.Flat().IndexOf("Wrong PIN - 2 tries left") >= 0, rig.Flat());
            Assert.AreEqual(string.Empty, rig.Row(1), "the wrong digits are gone from the screen");

            // A prefix of the right PIN is wrong too; then the right one still goes on, with one try left.
            rig.Press(UiRig.SupervisorPin.Substring(0, 3) + "#");
            Assert.IsTrue(rig.Flat().IndexOf("Wrong PIN - 1 tries left") >= 0, rig.Flat());
            rig.Press(UiRig.SupervisorPin + "#");
            Assert.AreEqual((int)UiScreen.Amount, (int)rig.Ui.Screen);
            Assert.AreEqual(0, rig.Host.Count(Mti.AdviceRequest), "nothing sent yet");
        }

        [TestMethod]
        public void Three_wrong_pins_abandon_the_refund_and_lock_refunds_across_attempts_and_reboots()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("A3" + "1111#" + "2222#");
            Assert.AreEqual((int)UiScreen.SupervisorPin, (int)rig.Ui.Screen);
            rig.Press("3333#");

            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen, rig.Flat());
            Assert.AreEqual(0, rig.Host.Count(Mti.AdviceRequest));

            // A new attempt gets no fresh tries: refunds are locked (no PIN is even asked), and a reboot keeps the lock.
            rig.Press("A3");
            Assert.IsTrue(rig.Flat().IndexOf("Locked - try in 15 min") >= 0, rig.Flat());
            rig.Press("#");
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen, "any key leaves the locked screen; no PIN is taken");
            UiRig rebooted = rig.Reboot();
            rebooted.Press("A3");
            Assert.IsTrue(rebooted.Flat().IndexOf("Locked") >= 0, "the lock survives a reboot: " + rebooted.Flat());
            rebooted.Press("*");

            // Once the lock has run out, the right PIN opens the refund.
            rebooted.Wait(15 * 60000);
            rebooted.Press("A3" + UiRig.SupervisorPin + "#");
            Assert.AreEqual((int)UiScreen.Amount, (int)rebooted.Ui.Screen, rebooted.Flat());
        }

        [TestMethod]
        public void Wrong_pins_count_across_refund_attempts()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("A3" + "1111#*");
            rig.Press("A3" + "2222#");
            Assert.IsTrue(rig.Flat().IndexOf("Wrong PIN - 1 tries left") >= 0, "Refund chosen again gives no fresh tries: " + rig.Flat());
            rig.Press(UiRig.SupervisorPin + "#");
            Assert.AreEqual((int)UiScreen.Amount, (int)rig.Ui.Screen);
            rig.Press("*A3" + "1111#");
            Assert.IsTrue(rig.Flat().IndexOf("Wrong PIN - 2 tries left") >= 0, "the right PIN resets the count: " + rig.Flat());
        }

        [TestMethod]
        public void Enter_with_no_digits_only_hints_and_never_uses_a_try()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("A3");
            for (int i = 0; i < 10; i++)
            {
                rig.Press("#");
            }

            Assert.AreEqual((int)UiScreen.SupervisorPin, (int)rig.Ui.Screen);
            Assert.AreEqual("Enter PIN", rig.Row(3), rig.Flat());
            rig.Press("1111#1111#");
            Assert.IsTrue(rig.Flat().IndexOf("1 tries left") >= 0, rig.Flat());
            rig.Press("###");
            Assert.AreEqual((int)UiScreen.SupervisorPin, (int)rig.Ui.Screen, "empty entries are no tries");

            // D deletes a digit; * goes back to idle.
            rig.Press("9D" + UiRig.SupervisorPin + "#");
            Assert.AreEqual((int)UiScreen.Amount, (int)rig.Ui.Screen);
            rig.Press("*");
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
            rig.Press("A3" + "12*");
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
        }

        [TestMethod]
        public void The_screen_times_out_to_idle_and_asks_again_from_the_start()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("A3" + "1111#" + "13");
            rig.Wait(31000);

            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
            rig.Press("A3");
            Assert.AreEqual(string.Empty, rig.Row(1), "the typed digits were wiped");
            Assert.AreEqual("#=OK *=Cancel", rig.Row(3));
            rig.Press("57#");
            Assert.IsTrue(rig.Flat().IndexOf("Wrong PIN - 1 tries left") >= 0, "no digit typed before the timeout is kept (57 is the 2nd wrong PIN, not 1357): " + rig.Flat());
        }

        [TestMethod]
        [DataRow("en")]
        [DataRow("zh")]
        public void Without_a_supervisor_pin_refunds_are_refused(string language)
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            UiRig.WriteConfig(store, language, null, false);
            UiRig rig = new UiRig(store, new UiHost(), new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true), null, new FramebufferDisplay(128, 64), new ScriptedKeypad());
            rig.Terminal.Boot();
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen, "no supervisor PIN is no configuration error: sales go on");
            Assert.IsNull(rig.Terminal.Config.SupervisorPinHash);
            Assert.IsFalse(store.Exists(TerminalSecrets.SupervisorPinRecord));

            rig.Press("A3");
            Assert.AreEqual((int)UiScreen.SupervisorPin, (int)rig.Ui.Screen);
            // The Chinese text wraps between two CJK characters, so it is looked for in its two halves.
            string first = language == "en" ? "Refunds need a supervisor PIN - call technician" : "退货需主管密码";
            string second = language == "en" ? "call technician" : "请联系维护人员";
            Assert.IsTrue(rig.Flat().IndexOf(first) >= 0 && rig.Flat().IndexOf(second) >= 0, rig.Flat());

            // No PIN opens it: any key goes back to idle, and nothing is sent.
            rig.Press("0");
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
            rig.Press("A3#");
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
            rig.Press("A3*");
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
            Assert.AreEqual(0, rig.Host.Count(Mti.AdviceRequest));

            // Sales are not affected.
            rig.Press("A1");
            Assert.AreEqual((int)UiScreen.Amount, (int)rig.Ui.Screen);
        }
    }
}
