using nanoFramework.TestFramework;
using NanoPos.Security;
using NanoPos.Terminal;
using NanoPos.Ui;

namespace NanoPos.Firmware.Tests
{
    /// <summary>
    /// The technician PIN at rest (issue 12, no secret in clear): a clear tech.pin is provisioning input only, hashed
    /// with a fresh salt at the first boot and removed from the configuration record; from then on only
    /// tech.pin.hash exists, and the menu checks a typed PIN against it. Exactly one of the two keys is accepted.
    /// </summary>
    [TestClass]
    public class TechnicianPinAtRestTests
    {
        [TestMethod]
        public void After_the_first_boot_no_record_holds_the_clear_pin_and_the_config_holds_its_hash()
        {
            SecretsRig rig = SecretsRig.FirstBoot();

            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Terminal.Ui.Screen, rig.ScreenText());
            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii(SecretsRig.TechPin)), "the clear PIN is in a record");
            string config = rig.Store.Text(TerminalConfig.RecordName);
            Assert.IsTrue(config.IndexOf("tech.pin=") < 0, config);
            Assert.IsTrue(config.IndexOf("tech.pin.hash=pbkdf2-sha256$" + PinHash.DefaultIterations.ToString() + "$") >= 0, config);
            Assert.IsFalse(rig.Terminal.Config.HasClearSecrets);
            Assert.AreEqual(PinHash.DefaultIterations, rig.Terminal.Config.TechnicianPinHash.Iterations);
        }

        [TestMethod]
        public void The_menu_opens_with_the_right_pin_and_refuses_a_wrong_one_before_and_after_a_reboot()
        {
            SecretsRig rig = SecretsRig.FirstBoot();
            rig.Press("A7" + "86420976#");
            Assert.AreEqual((int)UiScreen.TechnicianPin, (int)rig.Terminal.Ui.Screen);
            Assert.IsTrue(rig.ScreenText().IndexOf("Wrong PIN - 4") >= 0, rig.ScreenText());
            rig.Press(SecretsRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianMenu, (int)rig.Terminal.Ui.Screen);

            // The second boot reads only the hash; the configuration record is not written again.
            string config = rig.Store.Text(TerminalConfig.RecordName);
            SecretsRig rebooted = rig.Reboot();
            Assert.AreEqual(config, rebooted.Store.Text(TerminalConfig.RecordName));
            rebooted.Press("A7" + "8642097#");
            Assert.AreEqual((int)UiScreen.TechnicianPin, (int)rebooted.Terminal.Ui.Screen, "a prefix of the PIN is wrong");
            rebooted.Press(SecretsRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianMenu, (int)rebooted.Terminal.Ui.Screen);
        }

        [TestMethod]
        public void Five_wrong_pins_still_lock_the_menu_even_for_the_right_pin()
        {
            SecretsRig rig = SecretsRig.FirstBoot();
            rig.Press("A7");
            for (int i = 0; i < 5; i++)
            {
                rig.Press("1111#");
            }

            Assert.IsTrue(rig.ScreenText().IndexOf("Locked") >= 0, rig.ScreenText());
            rig.Press(SecretsRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianPin, (int)rig.Terminal.Ui.Screen);
        }

        [TestMethod]
        public void A_provisioned_hash_is_used_as_it_is_and_the_record_is_not_rewritten()
        {
            // What `nanopos provision` will write: the hash of 86420975, salt 00..0F, 128 iterations (as .NET computes it).
            byte[] salt = new byte[PinHash.SaltLength];
            for (int i = 0; i < salt.Length; i++)
            {
                salt[i] = (byte)i;
            }

            string hash = PinHash.Create(SecretsRig.TechPin.ToCharArray(), 0, 8, salt, 0, 128).ToText();
            SecretsRig rig = SecretsRig.Provisioned("tech.pin.hash=" + hash + "\n");
            rig.Terminal.Boot();

            Assert.AreEqual(SecretsRig.BaseConfig + "tech.pin.hash=" + hash + "\n", rig.Store.Text(TerminalConfig.RecordName), "not rewritten");
            rig.Press("A7" + SecretsRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianMenu, (int)rig.Terminal.Ui.Screen);
        }

        [TestMethod]
        [DataRow("tech.pin=2468\ntech.pin.hash=pbkdf2-sha256$128$000102030405060708090a0b0c0d0e0f$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1\n", "tech.pin")]
        [DataRow("", "tech.pin")]
        [DataRow("tech.pin.hash=pbkdf2-sha256$128$0001$ac97\n", "tech.pin.hash")]
        [DataRow("tech.pin.hash=2468\n", "tech.pin.hash")]
        [DataRow("tech.pin.hash=pbkdf2-sha256$999999$000102030405060708090a0b0c0d0e0f$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1\n", "tech.pin.hash")]
        [DataRow("tech.pin=24a8\n", "tech.pin")]
        public void Both_neither_or_a_bad_pin_key_is_refused_naming_the_key(string lines, string key)
        {
            try
            {
                TerminalConfig.Parse(SecretsRig.BaseConfig + lines);
                Assert.IsTrue(false, "accepted: " + lines);
            }
            catch (ConfigException e)
            {
                Assert.AreEqual(key, e.Key, e.Message);
                Assert.IsFalse(e.Missing);
                Assert.IsTrue(e.Message.IndexOf("2468") < 0, "the message quotes the value: " + e.Message);
            }

            // The terminal stays on the setup error screen naming the key, and the record is left as provisioned.
            SecretsRig rig = SecretsRig.Provisioned(lines);
            Assert.IsFalse(rig.Terminal.Boot());
            Assert.AreEqual((int)UiScreen.ConfigError, (int)rig.Terminal.Ui.Screen);
            Assert.IsTrue(rig.ScreenText().IndexOf(key) >= 0, rig.ScreenText());
            Assert.AreEqual(SecretsRig.BaseConfig + lines, rig.Store.Text(TerminalConfig.RecordName));
        }

        [TestMethod]
        public void A_parsed_but_unprotected_configuration_writes_its_clear_pin_back_and_a_protected_one_only_the_hash()
        {
            // Provisioning may parse and save a configuration before any boot: the clear PIN must survive that save.
            TerminalConfig config = TerminalConfig.Parse(SecretsRig.BaseConfig + "tech.pin=" + SecretsRig.TechPin + "\n");
            Assert.IsNull(config.TechnicianPinHash);
            Assert.IsTrue(config.HasClearSecrets);
            Assert.IsTrue(config.ToText().IndexOf("tech.pin=" + SecretsRig.TechPin + "\n") >= 0, config.ToText());

            // Not yet hashed: no PIN opens the menu (the settings carry no hash).
            Assert.IsNull(config.ToUiSettings().TechnicianPinHash);

            SecretsRig rig = SecretsRig.FirstBoot();
            string text = rig.Terminal.Config.ToText();
            Assert.IsTrue(text.IndexOf(SecretsRig.TechPin) < 0, text);
            Assert.AreEqual(text, TerminalConfig.Parse(text).ToText(), "the hashed form round-trips");
            Assert.IsTrue(rig.Terminal.Config.ToUiSettings().TechnicianPinHash.Matches(SecretsRig.TechPin.ToCharArray(), 0, 8));
        }
    }
}
