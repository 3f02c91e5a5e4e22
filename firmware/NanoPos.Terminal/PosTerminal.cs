using System;
using System.Diagnostics;
using System.Threading;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui;
using NanoPos.Ui.Messages;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The terminal firmware composed over the HAL contracts: <see cref="Boot"/> loads the configuration, recovers the
    /// journal and flushes pending reversals, signs on and shows idle; <see cref="Step"/> is one turn of the idle loop
    /// (key, tick, reversal service); <see cref="Run"/> loops forever on the device.
    /// </summary>
    /// <remarks>
    /// <para>Named PosTerminal, not Terminal, because the namespace is NanoPos.Terminal. The composition root starts the
    /// <see cref="BootRecord"/> before (its contract: before anything that may fail) and hands its counts in through
    /// <see cref="IDeviceInfo"/>. What the journal held is <c>Ui.Recovery</c> once recovered.</para>
    /// <para><b>Never a crash.</b> A missing, invalid or unreadable configuration ends the boot on the configuration
    /// error screen, which names the key (or the record <c>config</c>). Anything else that goes wrong, at boot or later,
    /// is logged and ends in a restart through the <see cref="IRestarter"/>: an engine call that threw (a journal write
    /// failed, so a reversal may be owed) shows "Terminal error - restarting" for <see cref="RestartDelayMs"/> first;
    /// an idle loop whose turns keep throwing restarts after <see cref="MaxConsecutiveStepFailures"/> of them in a row.
    /// The next boot recovers the journal and sends what is owed. (A boot that cannot even build the engine stays on the
    /// terminal error screen: a restart would end the same way.)</para>
    /// </remarks>
    public sealed class PosTerminal
    {
        /// <summary>How long "Terminal error - restarting" stays on screen before the restart, in ms.</summary>
        public const int RestartDelayMs = 5000;

        /// <summary>How many turns of the idle loop in a row may throw before <see cref="Run"/> restarts the firmware.</summary>
        public const int MaxConsecutiveStepFailures = 20;

        private readonly IKeypad _keypad;
        private readonly IRecordStore _store;
        private readonly IClock _clock;
        private readonly IDeviceInfo _device;
        private readonly ILinkFactory _links;
        private readonly IRestarter _restarter;
        private readonly TerminalUi _ui;
        private readonly IDisplay _display;
        private PaymentEngine _engine;
        private IdleService _idle;
        private long _restartAtMs = -1;
        private bool _restarted;
        private int _consecutiveFailures;

        /// <summary>Creates the terminal; nothing happens until <see cref="Boot"/>.</summary>
        /// <param name="keypad">The keypad.</param>
        /// <param name="display">The display.</param>
        /// <param name="store">The durable record store (configuration, journal, boot record, technician lock).</param>
        /// <param name="clock">The clock.</param>
        /// <param name="device">Device facts (boot count and unexpected reboot from the boot record).</param>
        /// <param name="links">Creates the link to the acquirer from the configuration.</param>
        /// <param name="restarter">Restarts the firmware when it cannot go on (an engine call threw, the idle loop keeps failing).</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public PosTerminal(IKeypad keypad, IDisplay display, IRecordStore store, IClock clock, IDeviceInfo device, ILinkFactory links, IRestarter restarter)
        {
            if (keypad == null || display == null || store == null || clock == null || device == null || links == null || restarter == null)
            {
                throw new ArgumentNullException(keypad == null ? "keypad" : display == null ? "display" : store == null ? "store"
                    : clock == null ? "clock" : device == null ? "device" : links == null ? "links" : "restarter");
            }

            _keypad = keypad;
            _store = store;
            _clock = clock;
            _device = device;
            _links = links;
            _restarter = restarter;
            _display = display;
            _ui = new TerminalUi(display, clock);
        }

        /// <summary>Gets or sets whether engine calls run on a worker thread (the device, the emulator) or inside the
        /// key handling (tests, scripted runs). Set before <see cref="Boot"/>; default false.</summary>
        public bool UseWorkerThread { get; set; }

        /// <summary>Gets or sets the keypad's layout for the technician's keypad walk (default: the reference board's). Set
        /// before <see cref="Boot"/>.</summary>
        public KeyMap KeyMap { get; set; }

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

        /// <summary>Gets how many turns of the idle loop threw (logged and survived by <see cref="RunOnce"/>) since boot.</summary>
        public int StepFailures { get; private set; }

        /// <summary>Gets a value indicating whether the terminal has asked the <see cref="IRestarter"/> to restart it; it does nothing more.</summary>
        public bool Restarted
        {
            get { return _restarted; }
        }

        /// <summary>
        /// Boots: the configuration (an error screen when it is missing or invalid), the journal's format (a journal of a
        /// newer firmware: the journal error screen, <see cref="JournalRefusal"/>), then through the runner the journal
        /// recovery with the reversal flush (and, the first boot after an update, the format migration), and the sign-on,
        /// then the idle screen. A sign-on without an answer still ends on idle (offline; the idle loop retries). With the worker thread the recovery and sign-on go on in
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
                // The record is there but the store cannot read it (damaged on the medium): a configuration problem, and
                // the screen names the record, so the technician knows what to provision again.
                Debug.WriteLine("nanoPos: configuration unreadable: " + e.GetType().FullName + ": " + e.Message);
                _ui.ShowConfigError(false, TerminalConfig.RecordName);
                return false;
            }

            _ui.Language = Config.Language;
            Debug.WriteLine("nanoPos: boot " + _device.BootCount.ToString() + (_device.PreviousBootUnexpected ? ", the previous run ended unexpectedly" : string.Empty));
            if (!JournalFormatAccepted())
            {
                return false;
            }

            try
            {
                KeyRing keys = KeyProvisioning.Open(_store, Config, Entropy ?? new Random());
                INetworkLink link = _links.Create(Config);
                _engine = new PaymentEngine(Config.ToEngineOptions(), _store, link, _clock, keys);
                _ui.Health = HealthSetup.Create(_display, KeyMap ?? NanoPos.Hal.KeyMap.Reference, _store, _clock, _device, link, _engine, Config);
            }
            catch (ConfigException e)
            {
                // A refused TMK (tmk.kcv), no or a damaged stored technician PIN (tech.pin); the device's link needs keys
                // the host build does not (wifi.ssid, the CA record with TLS).
                Debug.WriteLine("nanoPos: configuration: " + e.Message);
                _ui.ShowConfigError(e.Missing, e.Key);
                return false;
            }
            catch (Exception e)
            {
                Debug.WriteLine("nanoPos: engine: " + e.GetType().FullName + ": " + e.Message);
                _ui.ShowFatal(MessageId.TerminalError);
                return false;
            }

            try
            {
                ITransactionRunner runner = UseWorkerThread ? (ITransactionRunner)new ThreadedTransactionRunner(_engine) : new SynchronousTransactionRunner(_engine);
                Runner = runner;
                _ui.Attach(Config.ToUiSettings(), _engine, runner, _store, _device);
                _ui.SettingsWriter = new ConfigLanguageWriter(_store, Config);
                _idle = new IdleService(Config.ProbeIntervalSeconds * 1000L, _clock.MonotonicMs);
                _ui.StartBoot();
            }
            catch (Exception e)
            {
                // Whatever it was, a restart (whose boot recovers the journal) is the way on; never a crash.
                Debug.WriteLine("nanoPos: boot failed: " + e.GetType().FullName + ": " + e.Message);
                _ui.ShowRestarting();
            }

            return _ui.Screen != UiScreen.Fatal;
        }

        /// <summary>
        /// Gets why the boot refused the journal, or null: a journal of a newer format than this firmware reads (a firmware
        /// downgrade). The terminal then stays on the journal error screen, takes no payments and writes nothing to the journal;
        /// <see cref="JournalVersionException.FoundVersion"/> and <see cref="JournalVersionException.SupportedVersion"/> say
        /// which firmware to install again.
        /// </summary>
        public JournalVersionException JournalRefusal { get; private set; }

        private bool JournalFormatAccepted()
        {
            // Before the keys are opened and the engine built: a refused journal must be left exactly as it is. The header
            // check reads two records; the engine's recovery checks every record again.
            try
            {
                PaymentEngine.CheckJournalFormat(_store);
                return true;
            }
            catch (JournalVersionException e)
            {
                Debug.WriteLine("nanoPos: " + e.Message);
                JournalRefusal = e;
                _ui.ShowJournalTooNew(e.FoundVersion, e.SupportedVersion);
                return false;
            }
            catch (Exception e)
            {
                // The store cannot even be read here: the engine's recovery meets the same store and handles it.
                Debug.WriteLine("nanoPos: journal header unreadable: " + e.GetType().FullName + ": " + e.Message);
                return true;
            }
        }

        /// <summary>Gets or sets the source of a new device key on the first boot and of the technician PIN hash's salt
        /// (default: a new <see cref="Random"/>; the board's composition root seeds it from the hardware RNG). Set before
        /// <see cref="Boot"/>.</summary>
        public Random Entropy { get; set; }


        /// <summary>
        /// One turn of the idle loop: waits up to <paramref name="maxWaitMs"/> for a key and handles it, ticks the
        /// screens, and when idle retries pending reversals (by their backoff) or an offline sign-on.
        /// </summary>
        /// <remarks>When the screens ask for a restart (<see cref="TerminalUi.RestartRequested"/>: an engine call threw), the
        /// restart comes <see cref="RestartDelayMs"/> later, through the <see cref="IRestarter"/>; after it, a turn does
        /// nothing. Exceptions go to the caller: <see cref="RunOnce"/> is the turn that survives them.</remarks>
        /// <param name="maxWaitMs">The longest wait for a key in ms, 0 or more.</param>
        public void Step(int maxWaitMs)
        {
            if (_restarted)
            {
                return;
            }

            KeyEvent key = _keypad.Poll(maxWaitMs);
            if (!key.IsNone)
            {
                _ui.HandleKey(key);
            }

            _ui.Tick();
            if (_ui.RestartRequested)
            {
                long now = _clock.MonotonicMs;
                if (_restartAtMs < 0)
                {
                    _restartAtMs = now + RestartDelayMs;
                }
                else if (now >= _restartAtMs)
                {
                    Restart("an engine call failed");
                }

                return;
            }

            if (_idle != null)
            {
                _idle.Step(_ui, _engine, _clock);
            }
        }

        /// <summary>
        /// One turn of the idle loop as <see cref="Run"/> takes it: <see cref="Step"/>, and an exception it throws is
        /// logged and counted (<see cref="StepFailures"/>) instead of ending the loop. After
        /// <see cref="MaxConsecutiveStepFailures"/> failed turns in a row the terminal restarts through the
        /// <see cref="IRestarter"/>.
        /// </summary>
        /// <param name="maxWaitMs">The longest wait for a key in ms, 0 or more.</param>
        /// <returns>True when the turn went through; false when it threw.</returns>
        public bool RunOnce(int maxWaitMs)
        {
            try
            {
                Step(maxWaitMs);
                _consecutiveFailures = 0;
                return true;
            }
            catch (Exception e)
            {
                StepFailures++;
                _consecutiveFailures++;
                if (_consecutiveFailures == 1)
                {
                    Debug.WriteLine("nanoPos: idle loop: " + e.GetType().FullName + ": " + e.Message);
                }

                if (_consecutiveFailures >= MaxConsecutiveStepFailures)
                {
                    try
                    {
                        _ui.ShowRestarting();
                    }
                    catch (Exception)
                    {
                        // The screen is part of what fails: restart all the same.
                    }

                    Restart("the idle loop failed " + _consecutiveFailures.ToString() + " times in a row");
                }

                return false;
            }
        }

        /// <summary>Runs the idle loop forever (the device's main thread): a turn every 50 ms at most, surviving exceptions (<see cref="RunOnce"/>).</summary>
        public void Run()
        {
            while (true)
            {
                if (!RunOnce(50) || _restarted)
                {
                    // A failing turn may fail at once: do not spin.
                    Thread.Sleep(50);
                }
            }
        }

        private void Restart(string reason)
        {
            if (_restarted)
            {
                return;
            }

            _restarted = true;
            Debug.WriteLine("nanoPos: restarting: " + reason);
            try
            {
                _restarter.Restart();
            }
            catch (Exception e)
            {
                // The restart did not happen: stay on the error screen and try again after the delay.
                Debug.WriteLine("nanoPos: restart failed: " + e.GetType().FullName + ": " + e.Message);
                _restarted = false;
                _restartAtMs = _clock.MonotonicMs + RestartDelayMs;
            }
        }
    }
}
