using System;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Terminal;

namespace NanoPos.Firmware.Tests
{
    /// <summary>
    /// The firmware (PosTerminal, synchronous engine calls) on simulated drivers, provisioned with a clear technician
    /// PIN and Wi-Fi password, for the tests of secrets at rest. The host refuses every connection (the terminal boots
    /// offline: nothing here needs the acquirer). The rig is the link factory, so it sees the Wi-Fi password's source
    /// exactly as the ESP32 link factory would. Device-compatible.
    /// </summary>
    internal sealed class SecretsRig : ILinkFactory, IDeviceInfo, IRestarter, IHostEndpoint
    {
        /// <summary>The provisioned technician PIN: 8 digits, so that it cannot turn up by chance in a hash's hex digits.</summary>
        internal const string TechPin = "86420975";

        /// <summary>The provisioned Wi-Fi password.</summary>
        internal const string WifiPassword = "Tr0ub4dor&3-horse";

        /// <summary>The configuration without the PIN keys and without wifi.password.</summary>
        internal const string BaseConfig = "terminal.id=TERM0001\nmerchant.id=123456789012345\nmerchant.name=TEST SHOP\n"
            + "host.address=10.0.0.1\nhost.port=5800\nwifi.ssid=shop-wifi\n";

        private readonly InMemoryLink _link;

        private SecretsRig(ScanningStore store, ManualClock clock)
        {
            Store = store;
            Clock = clock;
            _link = new InMemoryLink(clock, this);
            Terminal = new PosTerminal(new ScriptedKeypad(), new FramebufferDisplay(128, 64), store, clock, this, this, this);

            // A seeded source: the device key and the salt repeat from run to run, so a failure repeats too.
            Terminal.Entropy = new Random(7);
        }

        internal ScanningStore Store { get; private set; }

        internal ManualClock Clock { get; private set; }

        internal PosTerminal Terminal { get; private set; }

        /// <summary>Gets the Wi-Fi password's source as the firmware handed it to the link factory, or null before.</summary>
        internal ISecretSource LinkPassword { get; private set; }

        public string FirmwareVersion
        {
            get { return "0.1.0"; }
        }

        public string TargetName
        {
            get { return "test"; }
        }

        public long FreeMemoryBytes
        {
            get { return 0; }
        }

        public long UptimeMs
        {
            get { return Clock.MonotonicMs; }
        }

        public int BootCount
        {
            get { return 1; }
        }

        public bool PreviousBootUnexpected
        {
            get { return false; }
        }

        public int UnexpectedReboots
        {
            get { return 0; }
        }

        /// <summary>A new store provisioned with <see cref="BaseConfig"/> and the given lines, not booted yet.</summary>
        /// <param name="lines">More configuration lines, each ending with a line feed.</param>
        internal static SecretsRig Provisioned(string lines)
        {
            ScanningStore store = new ScanningStore(new InMemoryRecordStore());
            Provision(store, BaseConfig + lines);
            return new SecretsRig(store, new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true));
        }

        /// <summary>A booted terminal provisioned with the clear PIN and Wi-Fi password: the first boot.</summary>
        internal static SecretsRig FirstBoot()
        {
            SecretsRig rig = Provisioned("tech.pin=" + TechPin + "\nwifi.password=" + WifiPassword + "\n");
            rig.Terminal.Boot();
            return rig;
        }

        /// <summary>Writes a configuration record as provisioning does (ASCII text).</summary>
        internal static void Provision(IRecordStore store, string text)
        {
            byte[] bytes = Ascii(text);
            store.Write(TerminalConfig.RecordName, bytes, 0, bytes.Length);
        }

        /// <summary>The same store and clock with a new firmware, as after a power cycle; booted.</summary>
        internal SecretsRig Reboot()
        {
            SecretsRig rig = new SecretsRig(Store, Clock);
            rig.Terminal.Boot();
            return rig;
        }

        /// <summary>Reads the Wi-Fi password as the link driver does, right before joining.</summary>
        /// <returns>The password as text ("" for none).</returns>
        internal string JoinPassword()
        {
            byte[] buffer = new byte[LinkPassword.MaxLength];
            int length = LinkPassword.CopyTo(buffer, 0);
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)buffer[i];
            }

            Array.Clear(buffer, 0, buffer.Length);
            return new string(chars);
        }

        /// <summary>Presses keys: digits, '#' Enter, '*' Cancel, 'A' Menu, 'C' the second function key (next page).</summary>
        internal void Press(string keys)
        {
            for (int i = 0; i < keys.Length; i++)
            {
                char c = keys[i];
                Key key = c >= '0' && c <= '9' ? (Key)((int)Key.Digit0 + (c - '0')) : c == '#' ? Key.Enter : c == '*' ? Key.Cancel : c == 'C' ? Key.Function2 : Key.Menu;
                Terminal.Ui.HandleKey(new KeyEvent(key, KeyEventKind.Pressed, Clock.MonotonicMs));
                Terminal.Ui.HandleKey(new KeyEvent(key, KeyEventKind.Released, Clock.MonotonicMs));
            }
        }

        /// <summary>Gets the rows of the screen joined by " | ".</summary>
        internal string ScreenText()
        {
            string[] rows = Terminal.Ui.ScreenText;
            string joined = string.Empty;
            for (int i = 0; i < rows.Length; i++)
            {
                joined += (i == 0 ? string.Empty : " | ") + rows[i];
            }

            return joined;
        }

        internal static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        public INetworkLink Create(TerminalConfig config)
        {
            LinkPassword = config.WifiPassword;
            return _link;
        }

        public void Restart()
        {
        }

        public bool OnConnect(InMemoryLink link)
        {
            return false;
        }

        public void OnReceive(InMemoryLink link, byte[] data, int offset, int count)
        {
        }

        public void OnDisconnect(InMemoryLink link)
        {
        }
    }
}
