using nanoFramework.TestFramework;

namespace NanoPos.Ui.Tests
{
    /// <summary>The technician menu is behind a PIN and locks for a while after 5 wrong PINs, also across a reboot.</summary>
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
        public void Device_information_and_self_test_placeholder()
        {
            UiRig rig = UiRig.Booted("en");

            rig.Press("A7" + UiRig.TechPin + "#1");
            Assert.AreEqual("Device info", rig.Row(0));
            Assert.AreEqual("Firmware 0.1.0", rig.Row(1));
            rig.Press("*2");
            Assert.AreEqual((int)UiScreen.SelfTest, (int)rig.Ui.Screen);
            Assert.IsTrue(rig.Flat().IndexOf("later version") >= 0, rig.Flat());
        }
    }
}
