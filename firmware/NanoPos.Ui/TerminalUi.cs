using System;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Flows;
using NanoPos.Ui.Input;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Records;
using NanoPos.Ui.Screens;

namespace NanoPos.Ui
{
    /// <summary>
    /// The terminal's screens and flows: owns the current screen and shows it on the display, hands key presses to it,
    /// and lets time pass with <see cref="Tick"/> (engine calls finishing, input timeouts, countdowns, the idle clock).
    /// </summary>
    /// <remarks>
    /// A coordinator: the flows (<see cref="FlowSet"/>) decide what comes next, the <see cref="CallPump"/> runs the engine
    /// calls one at a time through the <see cref="ITransactionRunner"/>, the <see cref="BootSequence"/> boots,
    /// <see cref="UiRecords"/> writes the UI's own records and <see cref="ScreenOutput"/> draws. Every screen but idle, the
    /// error screens and the processing screen (a payment in flight is never abandoned) times out back to idle. Before
    /// <see cref="Attach"/> only the boot, configuration-error and fatal screens can be shown. Not thread-safe: call
    /// everything from one thread (the idle loop).
    /// </remarks>
    public sealed class TerminalUi
    {
        private readonly ScreenOutput _output;
        private readonly MessageScreen _message;
        private Screen _screen;
        private bool _fatal;
        private long _lastInputMs;

        /// <summary>Creates the UI over a display and a clock; it shows nothing until a boot step or <see cref="Attach"/>.</summary>
        /// <param name="display">The display; the framebuffer gets its size.</param>
        /// <param name="clock">The clock: monotonic time for timeouts, wall time for the idle screen.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public TerminalUi(IDisplay display, IClock clock)
        {
            if (display == null || clock == null)
            {
                throw new ArgumentNullException(display == null ? "display" : "clock");
            }

            Clock = clock;
            Catalog = new MessageCatalog();
            Settings = new UiSettings();
            Records = new UiRecords(clock);
            _output = new ScreenOutput(display);
            _message = new MessageScreen(this);
        }

        /// <summary>Gets the screen shown now (<see cref="UiScreen.Boot"/> before anything was shown).</summary>
        public UiScreen Screen => _screen == null ? UiScreen.Boot : _screen.Id;

        /// <summary>Gets the text rows on screen now, top first (empty strings for empty rows); allocates, for scripts and tests.</summary>
        public string[] ScreenText => _output.ReadRows();

        /// <summary>Gets the framebuffer of the last frame drawn (read it, do not draw on it).</summary>
        public MonochromeFramebuffer Frame => _output.Frame;

        /// <summary>Gets how many frames the display refused (bus errors); each one was drawn again on a later tick.</summary>
        public int DisplayFailures => _output.Failures;

        /// <summary>Gets the text of the health QR code on screen now, or null when it is not shown (for tests and the emulator).</summary>
        public string HealthQrPayload => All != null && _screen == All.HealthQr ? All.HealthQr.Payload : null;

        /// <summary>Gets the text of the e-receipt QR code on screen now, or null when it is not shown (for tests and the emulator).</summary>
        public string ReceiptQrPayload => All != null && _screen == All.ReceiptQr ? All.ReceiptQr.Payload : null;

        /// <summary>Gets or sets the language of the texts; setting it redraws the screen (the configuration is not changed).</summary>
        public Language Language
        {
            get { return Catalog.Language; }
            set { Catalog.Language = value; Invalidate(); Render(); }
        }

        /// <summary>Gets what the idle screen says about the host link (from the last exchange with the host).</summary>
        public LinkStatus Link => Calls == null ? LinkStatus.Connecting : Calls.Link;

        /// <summary>Gets a value indicating whether the last sign-on was approved (and the keys still work).</summary>
        public bool SignedOn => Calls != null && Calls.SignedOn;

        /// <summary>Gets the number of pending reversals as last read from the engine (read while no engine call runs).</summary>
        public int PendingReversals => Calls == null ? 0 : Calls.PendingReversals;

        /// <summary>Gets a value indicating whether an engine call is running or waiting to run.</summary>
        public bool IsBusy => Calls != null && Calls.IsBusy;

        /// <summary>Gets a value indicating whether idle-time work may run now: the idle screen is shown and no engine call runs.</summary>
        public bool CanRunBackground => !_fatal && Screen == UiScreen.Idle && Calls != null && !Calls.IsBusy;

        /// <summary>Gets a value indicating whether the boot sequence (journal recovery, reversal flush, sign-on) is still running.</summary>
        public bool IsBooting => Boot != null && Boot.IsBooting;

        /// <summary>Gets what the journal held at this boot, once recovered (null before).</summary>
        public JournalRecovery Recovery => Boot == null ? null : Boot.Recovery;

        /// <summary>Gets the merchant's history, or null before <see cref="Attach"/>.</summary>
        public TransactionHistory History => Records.History == null ? null : Records.History.History;

        /// <summary>Gets a value indicating whether the UI asks the owner (<c>PosTerminal</c>) to restart the firmware (an engine call threw).</summary>
        public bool RestartRequested { get; private set; }

        /// <summary>Gets or sets the source of card data (default: <see cref="KeyedCardReader"/>, set by <see cref="Attach"/>).</summary>
        public ICardReader CardReader { get; set; }

        /// <summary>Gets or sets the PIN entry (default, set by <see cref="Attach"/>: a <see cref="KeypadPinEntry"/> over the engine's keys).</summary>
        public IPinEntry PinEntry { get; set; }

        /// <summary>Gets or sets the buzzer and LED, or null for none.</summary>
        public IIndicator Indicator { get; set; }

        /// <summary>Gets or sets the health report's sources and self-tests, or null when there are none (the technician screens say "not available").</summary>
        public HealthCollector Health { get; set; }

        /// <summary>Gets or sets where a language chosen in the technician menu is saved, or null to keep it in memory.</summary>
        public ISettingsWriter SettingsWriter
        {
            get { return Records.Writer; }
            set { Records.Writer = value; }
        }

        internal UiSettings Settings { get; private set; }

        internal MessageCatalog Catalog { get; }

        internal IClock Clock { get; }

        internal UiRecords Records { get; }

        internal PaymentEngine Engine { get; private set; }

        internal IDeviceInfo DeviceInfo { get; private set; }

        internal ScreenSet All { get; private set; }

        internal FlowSet Flows { get; private set; }

        internal CallPump Calls { get; private set; }

        internal BootSequence Boot { get; private set; }

        /// <summary>Connects the screens to the engine once the configuration is loaded; <see cref="StartBoot"/> follows.</summary>
        /// <param name="settings">What the screens need from the configuration.</param>
        /// <param name="engine">The engine; from now on called only through <paramref name="runner"/>.</param>
        /// <param name="runner">Runs the engine calls.</param>
        /// <param name="store">The record store, for the technician lock and the history.</param>
        /// <param name="device">Device facts for the technician.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public void Attach(UiSettings settings, PaymentEngine engine, ITransactionRunner runner, IRecordStore store, IDeviceInfo device)
        {
            if (settings == null || engine == null || runner == null || store == null || device == null)
            {
                throw new ArgumentNullException(settings == null ? "settings" : engine == null ? "engine" : runner == null ? "runner" : store == null ? "store" : "device");
            }

            Settings = settings;
            Engine = engine;
            DeviceInfo = device;
            Catalog.Language = settings.Language;
            Records.Open(store, settings);
            CardReader = CardReader ?? new KeyedCardReader(Clock, settings.UtcOffsetMinutes);
            PinEntry = PinEntry ?? new KeypadPinEntry(engine.Keys);
            All = new ScreenSet(this);
            Flows = new FlowSet(this);
            Calls = new CallPump(this, engine, runner, Records);
            Boot = new BootSequence(this, engine, device, Records);
        }

        /// <summary>
        /// Runs the boot through the runner: journal recovery and reversal flush, then sign-on, each with its boot screen,
        /// then idle. With the synchronous runner it is over when this returns; with the threaded one <see cref="Tick"/> carries it on.
        /// </summary>
        public void StartBoot() => Boot.Start();

        /// <summary>Starts idle-time work (reversal service, sign-on or echo retry) if <see cref="CanRunBackground"/>.</summary>
        /// <param name="request">The call: <see cref="RequestKind.ServiceReversals"/>, SignOn or Echo.</param>
        /// <returns>True when it was started.</returns>
        public bool RunBackground(TransactionRequest request)
        {
            if (!CanRunBackground)
            {
                return false;
            }

            Calls.RunAside(request);
            Render();
            return true;
        }

        /// <summary>Shows a boot step ("Signing on").</summary>
        /// <param name="step">The step's message.</param>
        public void ShowBootStep(MessageId step) => Show(_message.SetBootStep(step));

        /// <summary>Shows the configuration error screen; the terminal stays there until it is provisioned and restarted.</summary>
        /// <param name="missing">True when there is no configuration at all.</param>
        /// <param name="key">The missing or invalid key, or null.</param>
        public void ShowConfigError(bool missing, string key) => Show(_message.SetConfigError(missing, key, Catalog));

        /// <summary>Shows a fatal error (journal or storage); the terminal stays there until restarted.</summary>
        /// <param name="message">The message, e.g. <see cref="MessageId.JournalError"/>.</param>
        public void ShowFatal(MessageId message)
        {
            _fatal = true;
            _message.Set(UiScreen.Fatal, MessageId.TerminalError, message);
            Show(_message);
        }

        /// <summary>
        /// Shows that the journal was written by newer firmware (a downgrade): "Journal of newer firmware (5 &gt; 3)": install
        /// that firmware again. The terminal stays there, takes no payment and writes nothing to the journal.
        /// </summary>
        /// <param name="foundVersion">The journal's format version.</param>
        /// <param name="supportedVersion">The newest format this firmware reads.</param>
        public void ShowJournalTooNew(int foundVersion, int supportedVersion)
        {
            _fatal = true;
            _message.Set(UiScreen.Fatal, MessageId.TerminalError, Catalog.Format(MessageId.JournalTooNew, foundVersion.ToString() + " > " + supportedVersion.ToString()));
            Show(_message);
        }

        /// <summary>Shows "Terminal error - restarting" (no way out, no timeout) and sets <see cref="RestartRequested"/>; nothing else runs meanwhile.</summary>
        public void ShowRestarting()
        {
            _fatal = true;
            RestartRequested = true;
            if (Boot != null)
            {
                Boot.Stop();
            }

            _message.Set(UiScreen.Fatal, MessageId.PleaseWait, MessageId.TerminalRestarting);
            Show(_message);
        }

        /// <summary>Shows the idle screen, abandoning the flow under way (never a payment in flight: its processing screen stays).</summary>
        public void ShowIdle()
        {
            if (All == null || _fatal || IsBooting)
            {
                return;
            }

            if (Calls.HasRequest)
            {
                // A request is with the host: its result is shown, whatever else happens.
                Show(All.Processing);
                return;
            }

            Flows.CancelCurrent();
            Show(All.Idle);
        }

        /// <summary>Handles a key event: presses go to the current screen (releases and long presses are ignored).</summary>
        /// <param name="keyEvent">The event.</param>
        public void HandleKey(KeyEvent keyEvent)
        {
            if (keyEvent.IsNone || keyEvent.Kind != KeyEventKind.Pressed || _screen == null)
            {
                return;
            }

            _lastInputMs = Clock.MonotonicMs;
            _screen.HandleKey(keyEvent.Key);
            Render();
        }

        /// <summary>Lets time pass: engine calls finishing, owed writes, input timeouts, countdowns, the idle clock. Call it every 50 to 100 ms.</summary>
        public void Tick()
        {
            long now = Clock.MonotonicMs;
            if (Calls != null)
            {
                Calls.CollectAside();
                Calls.Pump();
                Records.SaveOwed();
            }

            long timeout = _screen == null ? 0 : _screen.TimeoutMs;
            if (timeout > 0 && now - _lastInputMs >= timeout)
            {
                ShowIdle();
            }
            else if (_screen != null)
            {
                _screen.Tick(now);
            }

            Render();
        }

        internal void Invalidate() => _output.Invalidate();

        /// <summary>Starts the input timeout again, as a key would (a self-test's result gets the whole timeout to be read).</summary>
        internal void RestartInputTimeout() => _lastInputMs = Clock.MonotonicMs;

        internal void Show(Screen screen)
        {
            if (_screen != null && _screen != screen)
            {
                _screen.Leave();
            }

            _screen = screen;
            _lastInputMs = Clock.MonotonicMs;
            screen.Enter();
            _output.Invalidate();
            Render();
        }

        /// <summary>Shows a screen that reads the engine (history, settlement, device information) unless a call runs: then a beep.</summary>
        internal void Open(Screen screen)
        {
            if (IsBusy)
            {
                Beep(true);
                return;
            }

            Show(screen);
        }

        internal void Beep(bool error)
        {
            if (Indicator != null)
            {
                Indicator.Beep(error ? 300 : 60);
            }
        }

        private void Render() => _output.Render(_screen, Catalog);
    }
}
