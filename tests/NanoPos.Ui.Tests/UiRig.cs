using System;
using System.Text;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Terminal;
using NanoPos.Transactions;

namespace NanoPos.Ui.Tests
{
    /// <summary>
    /// The firmware (PosTerminal, synchronous engine calls) on simulated drivers with <see cref="UiHost"/>: keys go in
    /// with <see cref="Press(string)"/>, time passes with <see cref="Wait"/>. Device-compatible. It is also the
    /// firmware's restarter: <see cref="Restarts"/> counts the requests (<see cref="Reboot"/> does the restart).
    /// </summary>
    internal sealed class UiRig : ILinkFactory, IDeviceInfo, IRestarter
    {
        internal const string Card = "6228480000000015";
        internal const string Expiry = "1229";
        internal const string TechPin = "2468";

        /// <summary>The merchant's supervisor PIN a refund asks for (in every configuration <see cref="WriteConfig(IRecordStore, string, string)"/> writes).</summary>
        internal const string SupervisorPin = "1357";

        private readonly InMemoryLink _link;

        internal UiRig(string language)
            : this(new InMemoryRecordStore(), new UiHost(), new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true), language)
        {
        }

        private UiRig(InMemoryRecordStore store, UiHost host, ManualClock clock, string language)
            : this(store, host, clock, language, new FramebufferDisplay(128, 64), new ScriptedKeypad())
        {
        }

        /// <summary>A rig over given drivers (a display or keypad that fails), as after a power cycle when the store is reused.</summary>
        internal UiRig(InMemoryRecordStore store, UiHost host, ManualClock clock, string language, IDisplay display, IKeypad keypad)
        {
            Store = store;
            Host = host;
            Clock = clock;
            Display = display;
            _link = new InMemoryLink(clock, host);
            if (language != null && !store.Exists(TerminalConfig.RecordName))
            {
                WriteConfig(store, language, null);
            }

            if (!store.Exists(DeviceKeyRecord.RecordName))
            {
                TestKeys.WriteDeviceKey(store);
            }

            Terminal = new PosTerminal(keypad, display, store, clock, this, this, this);
        }

        internal InMemoryRecordStore Store { get; private set; }

        internal UiHost Host { get; private set; }

        internal ManualClock Clock { get; private set; }

        internal IDisplay Display { get; private set; }

        /// <summary>Gets how many times the firmware asked to be restarted.</summary>
        internal int Restarts { get; private set; }

        internal PosTerminal Terminal { get; private set; }

        internal TerminalUi Ui
        {
            get { return Terminal.Ui; }
        }

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
            get { return FreeMemory; }
        }

        /// <summary>Gets or sets what the device reports as free managed memory, in bytes (64 KB unless a test lowers it).</summary>
        internal long FreeMemory { get; set; } = 65536;

        /// <summary>Gets the simulated link, for the link faults.</summary>
        internal InMemoryLink Link
        {
            get { return _link; }
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

        /// <summary>A booted terminal on the idle screen.</summary>
        internal static UiRig Booted(string language)
        {
            UiRig rig = new UiRig(language);
            rig.Terminal.Boot();
            return rig;
        }

        /// <summary>The same store, host and clock with a new firmware, as after a power cycle.</summary>
        internal UiRig Reboot()
        {
            UiRig rig = new UiRig(Store, Host, Clock, null);
            rig.Terminal.Boot();
            return rig;
        }

        /// <summary>Writes the configuration record, with the test TMK's components and check value (<see cref="TestKeys.ConfigLines"/>).</summary>
        internal static void WriteConfig(IRecordStore store, string language, string extraLine)
        {
            WriteConfig(store, language, extraLine, true);
        }

        /// <summary>Writes the configuration record, with or without the supervisor PIN (none: refunds are refused).</summary>
        internal static void WriteConfig(IRecordStore store, string language, string extraLine, bool supervisorPin)
        {
            string text = "terminal.id=TERM0001\nmerchant.id=123456789012345\nmerchant.name=TEST SHOP\nhost.address=10.0.0.1\nhost.port=5800\n"
                + "language=" + language + "\ntech.pin=" + TechPin + "\n" + (supervisorPin ? "supervisor.pin=" + SupervisorPin + "\n" : string.Empty) + TestKeys.ConfigLines + (extraLine == null ? string.Empty : extraLine + "\n");
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            store.Write(TerminalConfig.RecordName, bytes, 0, bytes.Length);
        }

        /// <summary>
        /// Creates an engine as the terminal's boot does, for tests that drive <see cref="TerminalUi"/> without
        /// <see cref="PosTerminal"/>: a key ring with the test device key, the configuration's TMK installed in it.
        /// </summary>
        internal static PaymentEngine NewEngine(TerminalConfig config, IRecordStore store, INetworkLink link, ManualClock clock)
        {
            KeyRing keys = TestKeys.NewKeyRing(store);
            string refused = config.InstallMasterKey(keys);
            if (refused != null)
            {
                throw new InvalidOperationException("The configured TMK was refused: " + refused);
            }

            return new PaymentEngine(config.ToEngineOptions(), store, link, clock, keys);
        }

        public INetworkLink Create(TerminalConfig config)
        {
            return _link;
        }

        public void Restart()
        {
            Restarts++;
        }

        /// <summary>Presses keys: digits, '#' Enter, '*' Cancel, 'D' Clear, 'A' Menu, 'B' and 'C' the function keys; spaces are ignored.</summary>
        internal void Press(string keys)
        {
            for (int i = 0; i < keys.Length; i++)
            {
                char c = keys[i];
                if (c == ' ')
                {
                    continue;
                }

                Key key = c >= '0' && c <= '9' ? (Key)((int)Key.Digit0 + (c - '0'))
                    : c == '#' ? Key.Enter : c == '*' ? Key.Cancel : c == 'D' ? Key.Clear : c == 'A' ? Key.Menu : c == 'B' ? Key.Function1 : Key.Function2;
                Ui.HandleKey(new KeyEvent(key, KeyEventKind.Pressed, Clock.MonotonicMs));
                Ui.HandleKey(new KeyEvent(key, KeyEventKind.Released, Clock.MonotonicMs));
            }
        }

        /// <summary>Types a sale of an amount up to the PIN screen.</summary>
        internal void SaleUpToPin(string amount)
        {
            Press(amount + "#" + Card + "#" + Expiry + "#");
        }

        /// <summary>Lets time pass in 100 ms turns of the idle loop.</summary>
        internal void Wait(long ms)
        {
            long end = Clock.MonotonicMs + ms;
            while (Clock.MonotonicMs < end)
            {
                Clock.Advance(100);
                Terminal.Step(0);
            }
        }

        /// <summary>Gets the rows of the screen joined by " | ".</summary>
        internal string Text()
        {
            string[] rows = Ui.ScreenText;
            string joined = string.Empty;
            for (int i = 0; i < rows.Length; i++)
            {
                joined += (i == 0 ? string.Empty : " | ") + rows[i];
            }

            return joined;
        }

        /// <summary>Gets the rows joined by single spaces, so a wrapped text reads as one line.</summary>
        internal string Flat()
        {
            string[] rows = Ui.ScreenText;
            string joined = string.Empty;
            for (int i = 0; i < rows.Length; i++)
            {
                string row = rows[i].Trim();
                if (row.Length > 0)
                {
                    joined += (joined.Length == 0 ? string.Empty : " ") + row;
                }
            }

            return joined;
        }

        internal string Row(int row)
        {
            return Ui.ScreenText[row].Trim();
        }
    }
}
