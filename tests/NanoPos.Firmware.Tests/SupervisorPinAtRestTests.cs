using nanoFramework.TestFramework;
using NanoPos.Security;
using NanoPos.Terminal;
using NanoPos.Ui;

namespace NanoPos.Firmware.Tests
{
    /// <summary>
    /// The supervisor PIN at rest (issue 14 item 5), kept exactly as the technician PIN: supervisor.pin (clear) and
    /// supervisor.pin.hash are provisioning input only, moved at the first boot into the record secret.suppin (the
    /// salted hash, wrapped under the device key) and removed from the configuration record; later boots read the hash
    /// from that record, and a refund checks a typed PIN against it. Unlike the technician PIN it is optional: none, or
    /// a damaged stored one, refuses refunds and lets the terminal boot.
    /// </summary>
    [TestClass]
    public class SupervisorPinAtRestTests
    {
        // 8 digits, so that they cannot turn up by chance in a hash's hex digits or a wrapped record.
        private const string SupervisorPin = "97538642";

        [TestMethod]
        public void After_the_first_boot_no_record_holds_the_supervisor_pin_or_its_hash_readable()
        {
            SecretsRig rig = FirstBoot();

            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Terminal.Ui.Screen, rig.ScreenText());
            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii(SupervisorPin)), "the clear PIN is in a record");
            string hash = rig.Terminal.Config.SupervisorPinHash.ToText();
            string hex = hash.Substring(hash.LastIndexOf('$') + 1);
            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii(PinHash.Scheme + "$")), "a PIN hash's text is in a record");
            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii(hex)), "the hash's hex is in a record");
            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii(hex.ToUpper())), "the hash's hex is in a record");
            string config = rig.Store.Text(TerminalConfig.RecordName);
            Assert.IsTrue(config.IndexOf("supervisor.pin") < 0, config);
            Assert.IsTrue(rig.Store.Exists(TerminalSecrets.SupervisorPinRecord));
            Assert.IsFalse(rig.Terminal.Config.HasClearSecrets);
            Assert.AreEqual(PinHash.DefaultIterations, rig.Terminal.Config.SupervisorPinHash.Iterations);
            Assert.AreNotEqual(rig.Terminal.Config.TechnicianPinHash.ToText(), hash);
        }

        [TestMethod]
        public void A_refund_goes_on_with_the_right_pin_before_and_after_a_reboot()
        {
            SecretsRig rig = FirstBoot();
            rig.Press("A3" + SecretsRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.SupervisorPin, (int)rig.Terminal.Ui.Screen, "the technician PIN is not the supervisor's");
            rig.Press(SupervisorPin + "#");
            Assert.AreEqual((int)UiScreen.Amount, (int)rig.Terminal.Ui.Screen, rig.ScreenText());

            // The second boot reads the wrapped hash; the configuration record is not written again.
            string config = rig.Store.Text(TerminalConfig.RecordName);
            SecretsRig rebooted = rig.Reboot();
            Assert.AreEqual(config, rebooted.Store.Text(TerminalConfig.RecordName));
            rebooted.Press("A3" + SupervisorPin.Substring(0, 7) + "#");
            Assert.AreEqual((int)UiScreen.SupervisorPin, (int)rebooted.Terminal.Ui.Screen, "a prefix of the PIN is wrong");
            rebooted.Press(SupervisorPin + "#");
            Assert.AreEqual((int)UiScreen.Amount, (int)rebooted.Terminal.Ui.Screen);
        }

        [TestMethod]
        public void A_provisioned_hash_is_moved_into_its_wrapped_record()
        {
            byte[] salt = new byte[PinHash.SaltLength];
            for (int i = 0; i < salt.Length; i++)
            {
                salt[i] = (byte)(0x40 + i);
            }

            string hash = PinHash.Create(SupervisorPin.ToCharArray(), 0, 8, salt, 0, 128).ToText();
            SecretsRig rig = SecretsRig.Provisioned("tech.pin=" + SecretsRig.TechPin + "\nsupervisor.pin.hash=" + hash + "\n");
            rig.Terminal.Boot();

            string config = rig.Store.Text(TerminalConfig.RecordName);
            Assert.IsTrue(config.IndexOf("supervisor.pin") < 0, "the hash left the record: " + config);
            Assert.IsNull(rig.Store.RecordHolding(SecretsRig.Ascii(hash.Substring(hash.LastIndexOf('$') + 1))), "the hash's hex is in a record");
            Assert.IsNull(rig.Store.RecordHolding(salt), "the salt is in a record in clear");

            SecretsRig rebooted = rig.Reboot();
            Assert.AreEqual(hash, rebooted.Terminal.Config.SupervisorPinHash.ToText(), "the same salt, count and hash");
            rebooted.Press("A3" + SupervisorPin + "#");
            Assert.AreEqual((int)UiScreen.Amount, (int)rebooted.Terminal.Ui.Screen);
        }

        [TestMethod]
        [DataRow("supervisor.pin=1234\nsupervisor.pin.hash=pbkdf2-sha256$128$00$00\n")]
        [DataRow("supervisor.pin=12a4\n")]
        [DataRow("supervisor.pin=123\n")]
        [DataRow("supervisor.pin=123456789\n")]
        public void A_bad_supervisor_pin_line_stops_the_boot_naming_the_key_never_the_value(string line)
        {
            SecretsRig rig = SecretsRig.Provisioned("tech.pin=" + SecretsRig.TechPin + "\n" + line);
            rig.Terminal.Boot();

            Assert.AreEqual((int)UiScreen.ConfigError, (int)rig.Terminal.Ui.Screen);
            Assert.IsTrue(rig.ScreenText().IndexOf("supervisor.pin") >= 0, rig.ScreenText());
            Assert.IsFalse(rig.Store.Exists(TerminalSecrets.SupervisorPinRecord));
        }

        [TestMethod]
        public void A_damaged_stored_pin_refuses_refunds_and_does_not_stop_the_boot()
        {
            SecretsRig rig = FirstBoot();
            byte[] record = new byte[256];
            int length = rig.Store.Read(TerminalSecrets.SupervisorPinRecord, record, 0, record.Length);
            record[length - 1] ^= 0x01;
            rig.Store.Write(TerminalSecrets.SupervisorPinRecord, record, 0, length);

            SecretsRig rebooted = rig.Reboot();
            Assert.AreEqual((int)UiScreen.Idle, (int)rebooted.Terminal.Ui.Screen, rebooted.ScreenText());
            Assert.IsTrue(rebooted.Terminal.Config.Secrets.SupervisorPinDamaged);
            Assert.IsNull(rebooted.Terminal.Config.SupervisorPinHash);
            rebooted.Press("A3");
            Assert.IsTrue(rebooted.ScreenText().IndexOf("supervisor PIN") >= 0, rebooted.ScreenText());
            rebooted.Press("#");
            Assert.AreEqual((int)UiScreen.Idle, (int)rebooted.Terminal.Ui.Screen, "no PIN opens a refund: any key goes back to idle");
        }

        private static SecretsRig FirstBoot()
        {
            SecretsRig rig = SecretsRig.Provisioned("tech.pin=" + SecretsRig.TechPin + "\nsupervisor.pin=" + SupervisorPin + "\n");
            rig.Terminal.Boot();
            return rig;
        }
    }
}
