using nanoFramework.TestFramework;
using NanoPos.Terminal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Tests
{
    /// <summary>The provisioned configuration: its text format, and the error screen that names a missing or invalid key.</summary>
    [TestClass]
    public class ConfigTests
    {
        private const string Minimal = "terminal.id=TERM0001\nmerchant.id=123456789012345\nmerchant.name=SHOP\nhost.address=10.0.0.1\nhost.port=5800\ntech.pin=2468\n";

        [TestMethod]
        public void Minimal_configuration_gets_the_defaults()
        {
            TerminalConfig config = TerminalConfig.Parse("# comment\r\n\r\n" + Minimal);

            Assert.AreEqual("TERM0001", config.TerminalId);
            Assert.AreEqual(5800, config.HostPort);
            Assert.IsTrue(config.UseTls, "TLS is the default since issue 12");
            Assert.AreEqual((int)Language.English, (int)config.Language);
            Assert.AreEqual("156", config.CurrencyCode);
            Assert.AreEqual(99999999L, config.MaxAmountMinor);
            Assert.AreEqual(30, config.ResponseTimeoutSeconds);
        }

        [TestMethod]
        public void The_processing_countdown_is_the_sum_of_every_bound_of_a_request_and_its_reversal()
        {
            UiSettings defaults = TerminalConfig.Parse(Minimal).ToUiSettings();
            UiSettings set = TerminalConfig.Parse(Minimal + "timeout.connect=4\ntimeout.response=20\ntimeout.reversal=15\n").ToUiSettings();

            // connect + send (5 s, not configurable) + response, then connect + send + reversal response.
            Assert.AreEqual(90000L, defaults.ProcessingCountdownMs);
            Assert.AreEqual(45000L, defaults.ReversalExchangeMs);
            Assert.AreEqual(53000L, set.ProcessingCountdownMs);
            Assert.AreEqual(24000L, set.ReversalExchangeMs);
        }

        [TestMethod]
        public void Text_round_trips()
        {
            TerminalConfig config = TerminalConfig.Parse(Minimal + "language=zh\nhost.tls=on\namount.max=500000\nutc.offset.minutes=-300\n");

            TerminalConfig again = TerminalConfig.Parse(config.ToText());

            Assert.AreEqual(config.ToText(), again.ToText());
            Assert.AreEqual((int)Language.Chinese, (int)again.Language);
            Assert.IsTrue(again.UseTls);
            Assert.AreEqual(-300, again.UtcOffsetMinutes);
        }

        [DataRow("terminal.id=TERM1\n", "terminal.id")]
        [DataRow("host.port=99999\n", "host.port")]
        [DataRow("host.port=abc\n", "host.port")]
        [DataRow("language=fr\n", "language")]
        [DataRow("tech.pin=12ab\n", "tech.pin")]
        [DataRow("host.tls=maybe\n", "host.tls")]
        [DataRow("colour=blue\n", "colour")]
        [DataRow("tech.pin=1111\n", "tech.pin")]
        [DataRow("no equals sign\n", "line 7")]
        public void A_bad_line_names_its_key(string line, string key)
        {
            try
            {
                TerminalConfig.Parse(Minimal + line);
                Assert.IsTrue(false, "accepted: " + line);
            }
            catch (ConfigException e)
            {
                Assert.AreEqual(key, e.Key, e.Message);
                Assert.IsFalse(e.Missing);
            }
        }

        [TestMethod]
        public void A_missing_required_key_is_named()
        {
            try
            {
                TerminalConfig.Parse("terminal.id=TERM0001\nmerchant.id=123456789012345\nmerchant.name=SHOP\nhost.address=10.0.0.1\ntech.pin=2468\n");
                Assert.IsTrue(false, "accepted without host.port");
            }
            catch (ConfigException e)
            {
                Assert.AreEqual("host.port", e.Key);
            }
        }

        [TestMethod]
        public void A_configuration_without_any_pin_parses_but_a_fresh_terminal_refuses_to_boot_naming_tech_pin()
        {
            // Issue 12: after the first boot the PIN's hash lives wrapped in its own record, so the text alone cannot
            // tell a missing PIN; the boot, which knows the store, refuses it.
            string text = "terminal.id=TERM0001\nmerchant.id=123456789012345\nmerchant.name=SHOP\nhost.address=10.0.0.1\nhost.port=5800\n";
            Assert.IsNull(TerminalConfig.Parse(text).TechnicianPinHash);

            UiRig rig = new UiRig(null);
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
            rig.Store.Write(TerminalConfig.RecordName, bytes, 0, bytes.Length);
            Assert.IsFalse(rig.Terminal.Boot());
            Assert.AreEqual((int)UiScreen.ConfigError, (int)rig.Ui.Screen);
            Assert.IsTrue(rig.Text().IndexOf("tech.pin") >= 0, rig.Text());
            Assert.IsNull(rig.Terminal.Engine);
        }

        [TestMethod]
        public void Boot_without_configuration_shows_the_error_screen()
        {
            UiRig rig = new UiRig(null);

            Assert.IsFalse(rig.Terminal.Boot());

            Assert.AreEqual((int)UiScreen.ConfigError, (int)rig.Ui.Screen);
            Assert.AreEqual("Setup error", rig.Row(0));
            Assert.IsTrue(rig.Text().IndexOf("No configuration") >= 0, rig.Text());
            Assert.IsNull(rig.Terminal.Engine);
            rig.Press("12#");
            rig.Wait(60000);
            Assert.AreEqual((int)UiScreen.ConfigError, (int)rig.Ui.Screen, "no way past the error");
        }

        [TestMethod]
        public void Boot_with_a_bad_key_names_it_on_screen()
        {
            UiRig rig = new UiRig(null);
            UiRig.WriteConfig(rig.Store, "en", "timeout.response=0");

            Assert.IsFalse(rig.Terminal.Boot());

            Assert.AreEqual("Bad key", rig.Row(1).Substring(0, 7));
            Assert.IsTrue(rig.Text().IndexOf("timeout.response") >= 0, rig.Text());
        }
    }
}
