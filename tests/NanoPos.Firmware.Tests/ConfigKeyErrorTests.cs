using nanoFramework.TestFramework;
using NanoPos.Terminal;
using NanoPos.Ui;

namespace NanoPos.Firmware.Tests
{
    /// <summary>
    /// Unknown keys in the configuration are named safely: the text before '=' of a mistyped line may hold part of a
    /// secret (wifi.password:Pa=ss), so an error names only the secret-bearing key it starts with, or the key cut at its
    /// first character outside a-z, 0-9, '.' and '_' and at 32 characters.
    /// </summary>
    [TestClass]
    public class ConfigKeyErrorTests
    {
        [TestMethod]
        public void A_mistyped_wifi_password_line_names_the_key_and_no_part_of_the_password()
        {
            const string Line = "wifi.password:Pa=ss\n";
            try
            {
                TerminalConfig.Parse(SecretsRig.BaseConfig + "tech.pin=" + SecretsRig.TechPin + "\n" + Line);
                Assert.IsTrue(false, "accepted: " + Line);
            }
            catch (ConfigException e)
            {
                Assert.AreEqual("wifi.password", e.Key, e.Message);
                AssertNoPa(e.Message);
            }

            SecretsRig rig = SecretsRig.Provisioned("tech.pin=" + SecretsRig.TechPin + "\n" + Line);
            Assert.IsFalse(rig.Terminal.Boot());
            Assert.AreEqual((int)UiScreen.ConfigError, (int)rig.Terminal.Ui.Screen);
            Assert.IsTrue(rig.ScreenText().IndexOf("wifi.password") >= 0, rig.ScreenText());
            AssertNoPa(rig.ScreenText());
        }

        [TestMethod]
        [DataRow("wifi.passwordSecret1=x\n", "wifi.password")]
        [DataRow("tech.pin1234=5\n", "tech.pin")]
        [DataRow("tech.pin.hash:pbkdf2=x\n", "tech.pin.hash")]
        [DataRow("tmk.component.1 0123456789abcdef=x\n", "tmk.component.1")]
        [DataRow("tmk.kcv1a2b3c=x\n", "tmk.kcv")]
        [DataRow("host.addr:Secret99=x\n", "host.addr")]
        [DataRow("colour=blue\n", "colour")]
        [DataRow("abcdefghijabcdefghijabcdefghijabcdefghij=x\n", "abcdefghijabcdefghijabcdefghijab")]
        [DataRow(":Secret=x\n", "line 7")]
        public void An_unknown_key_is_named_by_a_safe_prefix_only(string line, string key)
        {
            try
            {
                TerminalConfig.Parse(SecretsRig.BaseConfig + line);
                Assert.IsTrue(false, "accepted: " + line);
            }
            catch (ConfigException e)
            {
                Assert.AreEqual(key, e.Key, e.Message);
                Assert.IsFalse(e.Missing);
                Assert.IsTrue(e.Message.IndexOf("ecret") < 0, e.Message);
                Assert.IsTrue(e.Message.IndexOf("0123") < 0 && e.Message.IndexOf("1a2b") < 0, e.Message);
            }
        }

        // Neither "Pa" nor "pa" may appear outside the key's name (which itself holds "pa").
        private static void AssertNoPa(string text)
        {
            string rest = text;
            int at = rest.IndexOf("wifi.password");
            while (at >= 0)
            {
                rest = rest.Substring(0, at) + rest.Substring(at + "wifi.password".Length);
                at = rest.IndexOf("wifi.password");
            }

            Assert.IsTrue(rest.IndexOf("Pa") < 0 && rest.IndexOf("pa") < 0 && rest.IndexOf("PA") < 0, text);
        }
    }
}
