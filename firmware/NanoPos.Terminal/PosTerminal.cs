using System;
using System.Diagnostics;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The terminal firmware composed over the HAL contracts: <see cref="Boot"/> loads the configuration, recovers the
    /// journal and flushes pending reversals, signs on and shows idle; <see cref="Step"/> is one turn of the idle loop
    /// (key, tick, reversal service); <see cref="Run"/> loops forever on the device.
    /// </summary>
    /// <remarks>
    /// Named PosTerminal, not Terminal, because the namespace is NanoPos.Terminal. The composition root starts the
    /// <see cref="BootRecord"/> before (its contract: before anything that may fail) and hands its counts in through
    /// <see cref="IDeviceInfo"/>. A missing or invalid configuration, or a journal that cannot be read, ends the boot on
    /// an error screen: never a crash. What the journal held is <c>Ui.Recovery</c> once recovered.
    /// </remarks>
    public sealed class PosTerminal
    {
        private readonly IKeypad _keypad;
        private readonly IRecordStore _store;
        private readonly IClock _clock;
        private readonly IDeviceInfo _device;
        private readonly ILinkFactory _links;
        private readonly TerminalUi _ui;
        private PaymentEngine _engine;
        private IdleService _idle;

        /// <summary>Creates the terminal; nothing happens until <see cref="Boot"/>.</summary>
        /// <param name="keypad">The keypad.</param>
        /// <param name="display">The display.</param>
        /// <param name="store">The durable record store (configuration, journal, boot record, technician lock).</param>
        /// <param name="clock">The clock.</param>
        /// <param name="device">Device facts (boot count and unexpected reboot from the boot record).</param>
        /// <param name="links">Creates the link to the acquirer from the configuration.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public PosTerminal(IKeypad keypad, IDisplay display, IRecordStore store, IClock clock, IDeviceInfo device, ILinkFactory links)
        {
            if (keypad == null || display == null || store == null || clock == null || device == null || links == null)
            {
                throw new ArgumentNullException(keypad == null ? "keypad" : display == null ? "display" : store == null ? "store"
                    : clock == null ? "clock" : device == null ? "device" : "links");
            }

            _keypad = keypad;
            _store = store;
            _clock = clock;
            _device = device;
            _links = links;
            _ui = new TerminalUi(display, clock);
        }

        /// <summary>Gets or sets whether engine calls run on a worker thread (the device, the emulator) or inside the
        /// key handling (tests, scripted runs). Set before <see cref="Boot"/>; default false.</summary>
        public bool UseWorkerThread { get; set; }

        /// <summary>Gets or sets the buzzer and LED, or null. Set before <see cref="Boot"/>.</summary>
        public IIndicator Indicator { get; set; }

        /// <summary>Gets the screens.</summary>
        public TerminalUi Ui
        {
            get { return _ui; }
        }

        /// <summary>Gets the engine once the configuration is loaded (null before, and after a configuration error).</summary>
        public PaymentEngine Engine
        {
            get { return _engine; }
        }

        /// <summary>Gets the configuration once loaded, or null.</summary>
        public TerminalConfig Config { get; private set; }

        /// <summary>Gets the runner of the engine calls once booted, or null.</summary>
        public ITransactionRunner Runner { get; private set; }

        /// <summary>
        /// Boots: the configuration (an error screen when it is missing or invalid), then through the runner the journal
        /// recovery with the reversal flush, and the sign-on, then the idle screen. A sign-on without an answer still ends
        /// on idle (offline; the idle loop retries). With the worker thread the recovery and sign-on go on in
        /// <see cref="Step"/>, so the screens keep ticking while the host is slow.
        /// </summary>
        /// <returns>True when the terminal is ready or getting ready; false when it stays on an error screen.</returns>
        public bool Boot()
        {
            _ui.Indicator = Indicator;
            _ui.ShowBootStep(MessageId.BootStarting);
            try
            {
                Config = TerminalConfig.Load(_store);
            }
            catch (ConfigException e)
            {
                Debug.WriteLine("nanoPos: configuration: " + e.Message);
                _ui.ShowConfigError(e.Missing, e.Key);
                return false;
            }
            catch (Exception e)
            {
                Debug.WriteLine("nanoPos: configuration unreadable: " + e.Message);
                _ui.ShowFatal(MessageId.JournalError);
                return false;
            }

            _ui.Language = Config.Language;
            Debug.WriteLine("nanoPos: boot " + _device.BootCount.ToString() + (_device.PreviousBootUnexpected ? ", the previous run ended unexpectedly" : string.Empty));
            try
            {
                _engine = new PaymentEngine(Config.ToEngineOptions(), _store, _links.Create(Config), _clock);
            }
            catch (ConfigException e)
            {
                // The device's link needs keys the host build does not (wifi.ssid, the CA record with TLS).
                Debug.WriteLine("nanoPos: configuration: " + e.Message);
                _ui.ShowConfigError(e.Missing, e.Key);
                return false;
            }
            catch (Exception e)
            {
                Debug.WriteLine("nanoPos: engine: " + e.Message);
                _ui.ShowFatal(MessageId.TerminalError);
                return false;
            }

            ITransactionRunner runner = UseWorkerThread ? (ITransactionRunner)new ThreadedTransactionRunner(_engine) : new SynchronousTransactionRunner(_engine);
            Runner = runner;
            _ui.Attach(Config.ToUiSettings(), _engine, runner, _store, _device);
            _ui.SettingsWriter = new ConfigLanguageWriter(_store, Config);
            _idle = new IdleService(Config.ProbeIntervalSeconds * 1000L, _clock.MonotonicMs);
            _ui.StartBoot();
            return _ui.Screen != UiScreen.Fatal;
        }

        /// <summary>
        /// One turn of the idle loop: waits up to <paramref name="maxWaitMs"/> for a key and handles it, ticks the
        /// screens, and when idle retries pending reversals (by their backoff) or an offline sign-on.
        /// </summary>
        /// <param name="maxWaitMs">The longest wait for a key in ms, 0 or more.</param>
        public void Step(int maxWaitMs)
        {
            KeyEvent key = _keypad.Poll(maxWaitMs);
            if (!key.IsNone)
            {
                _ui.HandleKey(key);
            }

            _ui.Tick();
            if (_idle != null)
            {
                _idle.Step(_ui, _engine, _clock);
            }
        }

        /// <summary>Runs the idle loop forever (the device's main thread): a turn every 50 ms at most.</summary>
        public void Run()
        {
            while (true)
            {
                Step(50);
            }
        }
    }
}
