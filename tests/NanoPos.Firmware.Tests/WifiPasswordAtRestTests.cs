using System;
using System.IO;
using nanoFramework.TestFramework;
using NanoPos.Terminal;
using NanoPos.Ui;

namespace NanoPos.Firmware.Tests
{
    /// <summary>
    /// The Wi-Fi password at rest (issue 12, no secret in clear): a clear wifi.password is moved at the first boot into
    /// its own record wrapped under the device key and removed from the configuration text; only the link factory gets
    /// it, as a source it reads right before joining; a damaged record is a clear error, never a crash.
    /// </summary>
    [TestClass]
    public class WifiPasswordAtRestTests
    {
        [TestMethod]
        public void After_the_first_boot_no_record_holds_the_clear_password_and_the_config_no_longer_names_it()
        {
            SecretsRig rig = SecretsRig.FirstBoot();

            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii(SecretsRig.WifiPassword)), "the clear password is in a record");
            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii("horse")), "a part of it is in a record");
            string config = rig.Store.Text(TerminalConfig.RecordName);
            Assert.IsTrue(config.IndexOf("wifi.password") < 0, config);
            Assert.IsTrue(config.IndexOf("wifi.ssid=shop-wifi\n") >= 0, config);
            Assert.IsTrue(rig.Store.Exists(TerminalConfig.WifiPasswordRecord));
            Assert.IsTrue(rig.Terminal.Config.ToText().IndexOf(SecretsRig.WifiPassword) < 0);
        }

        [TestMethod]
        public void The_password_round_trips_to_the_link_factory_at_the_first_boot_and_after_a_reboot()
        {
            SecretsRig rig = SecretsRig.FirstBoot();
            Assert.IsNotNull(rig.LinkPassword, "the link factory got the password's source");
            Assert.AreEqual(SecretsRig.WifiPassword, rig.JoinPassword());
            Assert.IsTrue(rig.LinkPassword.ToString().IndexOf(SecretsRig.WifiPassword) < 0, "its ToString shows the password");

            SecretsRig rebooted = rig.Reboot();
            Assert.AreEqual(SecretsRig.WifiPassword, rebooted.JoinPassword());
            Assert.AreEqual(SecretsRig.WifiPassword, rebooted.JoinPassword(), "read again for the next join");
        }

        [TestMethod]
        public void A_new_password_provisioned_later_replaces_the_stored_one_and_an_empty_one_removes_it()
        {
            SecretsRig rig = SecretsRig.FirstBoot();
            string config = rig.Store.Text(TerminalConfig.RecordName);

            SecretsRig.Provision(rig.Store, config + "wifi.password=correct horse battery\n");
            SecretsRig second = rig.Reboot();
            Assert.AreEqual("correct horse battery", second.JoinPassword());
            Assert.IsNull(second.Store.RecordHolding(SecretsRig.Ascii("battery")));

            // An open network: wifi.password= with nothing after it.
            SecretsRig.Provision(rig.Store, second.Store.Text(TerminalConfig.RecordName) + "wifi.password=\n");
            SecretsRig third = rig.Reboot();
            Assert.IsFalse(third.Store.Exists(TerminalConfig.WifiPasswordRecord));
            Assert.AreEqual(string.Empty, third.JoinPassword());
            Assert.IsTrue(third.Store.Text(TerminalConfig.RecordName).IndexOf("wifi.password") < 0);
        }

        [TestMethod]
        public void A_damaged_password_record_does_not_stop_the_boot_and_reading_it_says_what_to_provision()
        {
            SecretsRig rig = SecretsRig.FirstBoot();
            rig.Store.Inner.Damage(TerminalConfig.WifiPasswordRecord);

            SecretsRig rebooted = rig.Reboot();
            Assert.AreEqual((int)UiScreen.Idle, (int)rebooted.Terminal.Ui.Screen, rebooted.ScreenText());
            AssertRefused(rebooted);
        }

        [TestMethod]
        public void A_flipped_bit_or_a_record_from_another_device_is_refused_the_same_way()
        {
            SecretsRig rig = SecretsRig.FirstBoot();
            Assert.IsTrue(rig.Store.Inner.FlipBit(TerminalConfig.WifiPasswordRecord, 77));
            AssertRefused(rig.Reboot());

            // Another board's record: wrapped under its device key, not ours.
            SecretsRig other = SecretsRig.FirstBoot();
            byte[] theirs = new byte[256];
            int length = other.Store.Read(TerminalConfig.WifiPasswordRecord, theirs, 0, theirs.Length);
            SecretsRig mine = SecretsRig.Provisioned("tech.pin=" + SecretsRig.TechPin + "\nwifi.password=mine-1234\n");
            mine.Terminal.Entropy = new Random(99);
            mine.Terminal.Boot();
            mine.Store.Write(TerminalConfig.WifiPasswordRecord, theirs, 0, length);
            AssertRefused(mine.Reboot());
        }

        [TestMethod]
        public void No_screen_of_the_technician_menu_shows_a_secret()
        {
            SecretsRig rig = SecretsRig.FirstBoot();
            rig.Press("A7" + SecretsRig.TechPin + "#1");
            string seen = rig.ScreenText();
            for (int i = 0; i < 12; i++)
            {
                rig.Press("C");
                seen += " " + rig.ScreenText();
            }

            Assert.IsTrue(seen.IndexOf("Device info") >= 0 || seen.IndexOf("Firmware") >= 0, seen);
            Assert.IsTrue(seen.IndexOf(SecretsRig.WifiPassword) < 0, seen);
            Assert.IsTrue(seen.IndexOf(SecretsRig.TechPin) < 0, seen);
            Assert.IsTrue(seen.IndexOf("pbkdf2") < 0, seen);
        }

        private static void AssertRefused(SecretsRig rig)
        {
            try
            {
                rig.JoinPassword();
                Assert.IsTrue(false, "a refused record gave a password");
            }
            catch (IOException e)
            {
                Assert.IsTrue(e.Message.IndexOf("provision wifi.password again") >= 0, e.Message);
                Assert.IsTrue(e.Message.IndexOf(SecretsRig.WifiPassword) < 0, e.Message);
            }
        }
    }
}
