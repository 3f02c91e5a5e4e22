using System;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Security;
using NanoPos.Terminal;
using NanoPos.Transactions;
using NanoPos.Ui;

namespace NanoPos.Firmware.Tests
{
    /// <summary>
    /// The technician PIN at rest (issue 12, no secret in clear): tech.pin (clear) and tech.pin.hash are provisioning
    /// input only, moved at the first boot into the record secret.techpin (the hash, wrapped under the device key) and
    /// removed from the configuration record; later boots read the hash from that record, and the menu checks a typed
    /// PIN against it. At most one of the two keys is accepted; with neither, a hash must be stored.
    /// </summary>
    [TestClass]
    public class TechnicianPinAtRestTests
    {
        [TestMethod]
        public void After_the_first_boot_no_record_holds_the_pin_or_its_hash_readable()
        {
            SecretsRig rig = SecretsRig.FirstBoot();

            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Terminal.Ui.Screen, rig.ScreenText());
            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii(SecretsRig.TechPin)), "the clear PIN is in a record");
            string hash = rig.Terminal.Config.TechnicianPinHash.ToText();
            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii(PinHash.Scheme + "$")), "a PIN hash's text is in a record");
            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii(hash.Substring(hash.LastIndexOf('$') + 1))), "the hash's hex is in a record");
            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii(hash.Substring(hash.LastIndexOf('$') + 1).ToUpper())), "the hash's hex is in a record");
            string config = rig.Store.Text(TerminalConfig.RecordName);
            Assert.IsTrue(config.IndexOf("tech.pin=") < 0, config);
            Assert.IsTrue(config.IndexOf("tech.pin.hash=") < 0, config);
            Assert.IsTrue(rig.Store.Exists(TerminalSecrets.TechnicianPinRecord));
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

            // The second boot reads the wrapped hash; the configuration record is not written again.
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
        public void A_provisioned_hash_is_moved_into_its_wrapped_record_and_still_opens_the_menu_after_a_reboot()
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

            string config = rig.Store.Text(TerminalConfig.RecordName);
            Assert.IsTrue(config.IndexOf("tech.pin") < 0, "the hash left the record: " + config);
            Assert.IsTrue(config.IndexOf("merchant.name=TEST SHOP\n") >= 0, config);
            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii(hash.Substring(hash.LastIndexOf('$') + 1))), "the hash's hex is in a record");
            Assert.IsNull(rig.Store.RecordHolding(salt), "the salt is in a record in clear");
            rig.Press("A7" + SecretsRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianMenu, (int)rig.Terminal.Ui.Screen);

            SecretsRig rebooted = rig.Reboot();
            Assert.AreEqual(hash, rebooted.Terminal.Config.TechnicianPinHash.ToText(), "the same salt, count and hash");
            rebooted.Press("A7" + SecretsRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianMenu, (int)rebooted.Terminal.Ui.Screen);
        }

        [TestMethod]
        [DataRow("tech.pin=13572468\n")]
        [DataRow("tech.pin.hash=pbkdf2-sha256$128$000102030405060708090a0b0c0d0e0f$HASH\n")]
        public void A_new_pin_line_replaces_the_stored_pin_at_the_next_boot(string line)
        {
            const string NewPin = "13572468";
            byte[] salt = new byte[PinHash.SaltLength];
            for (int i = 0; i < salt.Length; i++)
            {
                salt[i] = (byte)i;
            }

            string newHash = PinHash.Create(NewPin.ToCharArray(), 0, 8, salt, 0, 128).ToText();
            line = line.IndexOf("$HASH") < 0 ? line : "tech.pin.hash=" + newHash + "\n";
            SecretsRig rig = SecretsRig.FirstBoot();
            SecretsRig.Provision(rig.Store, rig.Store.Text(TerminalConfig.RecordName) + line);

            SecretsRig rebooted = rig.Reboot();
            Assert.AreEqual((int)UiScreen.Idle, (int)rebooted.Terminal.Ui.Screen, rebooted.ScreenText());
            string config = rebooted.Store.Text(TerminalConfig.RecordName);
            Assert.IsTrue(config.IndexOf("tech.pin") < 0, config);
            Assert.IsNull(rebooted.Store.RecordHolding(SecretsRig.Ascii(NewPin)), "the new clear PIN is in a record");
            rebooted.Press("A7" + SecretsRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianPin, (int)rebooted.Terminal.Ui.Screen, "the old PIN still opens the menu");
            rebooted.Press(NewPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianMenu, (int)rebooted.Terminal.Ui.Screen);

            SecretsRig again = rebooted.Reboot();
            Assert.AreEqual(config, again.Store.Text(TerminalConfig.RecordName));
            again.Press("A7" + NewPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianMenu, (int)again.Terminal.Ui.Screen);
        }

        [TestMethod]
        public void A_damaged_stored_pin_stops_the_boot_on_the_configuration_error_naming_tech_pin()
        {
            SecretsRig rig = SecretsRig.FirstBoot();
            byte[] record = new byte[256];
            int length = rig.Store.Read(TerminalSecrets.TechnicianPinRecord, record, 0, record.Length);
            record[length - 1] ^= 0x01;
            rig.Store.Write(TerminalSecrets.TechnicianPinRecord, record, 0, length);

            SecretsRig rebooted = rig.Reboot();
            Assert.AreEqual((int)UiScreen.ConfigError, (int)rebooted.Terminal.Ui.Screen);
            Assert.IsTrue(rebooted.ScreenText().IndexOf("tech.pin") >= 0, rebooted.ScreenText());
            Assert.IsNull(rebooted.Terminal.Engine);
            rebooted.Press("A7" + SecretsRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.ConfigError, (int)rebooted.Terminal.Ui.Screen, "the technician menu opened");
        }

        [TestMethod]
        public void A_configuration_without_any_pin_on_a_fresh_store_is_refused_naming_tech_pin()
        {
            // Parsing alone cannot tell (the hash may be stored); the boot, which knows the store, refuses it.
            Assert.IsNull(TerminalConfig.Parse(SecretsRig.BaseConfig).TechnicianPinHash);
            SecretsRig rig = SecretsRig.Provisioned(string.Empty);
            Assert.IsFalse(rig.Terminal.Boot());
            Assert.AreEqual((int)UiScreen.ConfigError, (int)rig.Terminal.Ui.Screen);
            Assert.IsTrue(rig.ScreenText().IndexOf("tech.pin") >= 0, rig.ScreenText());
            Assert.IsFalse(rig.Store.Exists(TerminalSecrets.TechnicianPinRecord));

            try
            {
                TerminalConfig config = TerminalConfig.Parse(SecretsRig.BaseConfig);
                byte[] deviceKey = new byte[16];
                for (int i = 0; i < deviceKey.Length; i++)
                {
                    deviceKey[i] = (byte)((i * 31) + 5);
                }

                config.ProtectSecrets(new KeyRing(new InMemoryRecordStore(), deviceKey, 0), new Random(1));
                Assert.IsTrue(false, "protected without a PIN");
            }
            catch (ConfigException e)
            {
                Assert.AreEqual("tech.pin", e.Key, e.Message);
                Assert.IsFalse(e.Missing);
                Assert.IsTrue(e.Message.IndexOf("required") >= 0, e.Message);
            }
        }

        [TestMethod]
        [DataRow("tech.pin=2468\ntech.pin.hash=pbkdf2-sha256$128$000102030405060708090a0b0c0d0e0f$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1\n", "tech.pin")]
        [DataRow("tech.pin.hash=pbkdf2-sha256$128$0001$ac97\n", "tech.pin.hash")]
        [DataRow("tech.pin.hash=2468\n", "tech.pin.hash")]
        [DataRow("tech.pin.hash=pbkdf2-sha256$999999$000102030405060708090a0b0c0d0e0f$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1\n", "tech.pin.hash")]
        [DataRow("tech.pin=24a8\n", "tech.pin")]
        public void Both_or_a_bad_pin_key_is_refused_naming_the_key(string lines, string key)
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
        public void A_parsed_but_unprotected_configuration_writes_its_clear_pin_back_and_a_protected_one_no_pin()
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
            Assert.IsTrue(text.IndexOf("tech.pin") < 0, text);
            Assert.AreEqual(text, TerminalConfig.Parse(text).ToText(), "the protected form round-trips");
            Assert.IsTrue(rig.Terminal.Config.ToUiSettings().TechnicianPinHash.Matches(SecretsRig.TechPin.ToCharArray(), 0, 8));
        }
    }
}
