using System;
using System.Diagnostics;
using System.IO;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Input;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Screens;

namespace NanoPos.Ui
{
    /// <summary>
    /// The terminal's screens and flows: owns the current screen, draws it into a framebuffer through
    /// <see cref="ScreenCanvas"/> and shows it on the display, handles key events, and lets time pass with
    /// <see cref="Tick"/> (input timeouts, the processing countdown, the idle clock, engine calls finishing).
    /// </summary>
    /// <remarks>
    /// <para>Before <see cref="Attach"/> only the boot, configuration-error and fatal screens can be shown (there is no
    /// engine yet). Every engine call goes through the <see cref="ITransactionRunner"/>, one at a time; while one runs
    /// the screens read nothing from the engine.</para>
    /// <para>Every screen has an input timeout that returns to idle, except idle itself, the processing screen (a
    /// payment in flight is never abandoned: its result is always shown) and the error screens. Not thread-safe: call
    /// everything from one thread (the idle loop).</para>
    /// <para>An engine call that throws (a journal write failed) leaves the engine's state to the journal: the screen says
    /// "Terminal error - restarting" and <see cref="RestartRequested"/> asks the owner to restart the firmware, whose boot
    /// recovers the journal and sends any pending reversal. A frame the display did not take (a bus error) is drawn again
    /// on the next tick.</para>
    /// </remarks>
    public sealed partial class TerminalUi
    {
        private readonly IDisplay _display;
        private readonly IClock _clock;
        private readonly MonochromeFramebuffer _frame;
        private readonly ScreenCanvas _canvas;
        private readonly MessageCatalog _catalog = new MessageCatalog();
        private readonly MessageScreen _message;
        private Screen _screen;
        private bool _dirty;
        private bool _displayFailing;
        private long _lastInputMs;

        /// <summary>Creates the UI over a display and a clock; it shows nothing until a boot step or <see cref="Attach"/>.</summary>
        /// <param name="display">The display; the framebuffer gets its size.</param>
        /// <param name="clock">The clock: monotonic time for timeouts, wall time for the idle screen.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public TerminalUi(IDisplay display, IClock clock)
        {
            if (display == null)
            {
                throw new ArgumentNullException("display");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            _display = display;
            _clock = clock;
            _frame = new MonochromeFramebuffer(display.Width, display.Height);
            _canvas = new ScreenCanvas(_frame);
            _message = new MessageScreen(this);
            Settings = new UiSettings();
        }

        /// <summary>Gets the screen shown now (<see cref="UiScreen.Boot"/> before anything was shown).</summary>
        public UiScreen Screen
        {
            get { return _screen == null ? UiScreen.Boot : _screen.Id; }
        }

        /// <summary>Gets the text rows on screen now, top first (empty strings for empty rows); allocates, for scripts and tests.</summary>
        public string[] ScreenText
        {
            get
            {
                string[] rows = StringArray.Create(_canvas.Rows);
                for (int i = 0; i < rows.Length; i++)
                {
                    rows[i] = _canvas.GetRow(i);
                }

                return rows;
            }
        }

        /// <summary>Gets the framebuffer of the last frame drawn (read it, do not draw on it).</summary>
        public MonochromeFramebuffer Frame
        {
            get { return _frame; }
        }

        /// <summary>Gets or sets the language of the texts; setting it redraws the screen (the configuration is not changed).</summary>
        public Language Language
        {
            get
            {
                return _catalog.Language;
            }

            set
            {
                _catalog.Language = value;
                Invalidate();
                Render();
            }
        }

        /// <summary>Gets what the idle screen says about the host link.</summary>
        public LinkStatus Link { get; private set; }

        /// <summary>Gets a value indicating whether the last sign-on was approved.</summary>
        public bool SignedOn { get; private set; }

        /// <summary>
        /// Gets a value indicating whether the UI asks to restart the firmware (an engine call threw): the screen says
        /// "Terminal error - restarting", and the owner (<c>PosTerminal</c>) restarts after a few seconds.
        /// </summary>
        public bool RestartRequested { get; private set; }

        /// <summary>Gets how many frames the display refused (bus errors); each one was drawn again on a later tick.</summary>
        public int DisplayFailures { get; private set; }

        /// <summary>Gets the number of pending reversals as last read from the engine (read while no engine call runs).</summary>
        public int PendingReversals { get; private set; }

        /// <summary>Gets or sets the source of card data (default: <see cref="KeyedCardReader"/>, set by <see cref="Attach"/>).</summary>
        public ICardReader CardReader { get; set; }

        /// <summary>Gets or sets the PIN entry (default, set by <see cref="Attach"/>: a <see cref="KeypadPinEntry"/> over the engine's keys).</summary>
        public IPinEntry PinEntry { get; set; }

        /// <summary>Gets or sets the buzzer and LED, or null for none.</summary>
        public IIndicator Indicator { get; set; }

        /// <summary>Gets or sets where a language chosen in the technician menu is saved, or null to keep it in memory.</summary>
        public ISettingsWriter SettingsWriter { get; set; }

        internal UiSettings Settings { get; private set; }

        internal MessageCatalog Catalog
        {
            get { return _catalog; }
        }

        internal IClock Clock
        {
            get { return _clock; }
        }

        /// <summary>Shows a boot step ("Signing on").</summary>
        /// <param name="step">The step's message.</param>
        public void ShowBootStep(MessageId step)
        {
            if (step == MessageId.BootStarting)
            {
                _message.Set(UiScreen.Boot, MessageId.BootStarting, null);
            }
            else
            {
                _message.Set(UiScreen.Boot, MessageId.BootStarting, step);
            }

            Show(_message);
        }

        /// <summary>Shows the configuration error screen; the terminal stays there until it is provisioned and restarted.</summary>
        /// <param name="missing">True when there is no configuration at all.</param>
        /// <param name="key">The missing or invalid key, or null.</param>
        public void ShowConfigError(bool missing, string key)
        {
            string body = missing ? _catalog.Text(MessageId.ConfigMissing)
                : key == null ? _catalog.Text(MessageId.ConfigInvalid)
                : _catalog.Format(MessageId.ConfigBadKey, key) + "\n" + _catalog.Text(MessageId.CallTechnician);
            _message.Set(UiScreen.ConfigError, MessageId.ConfigErrorTitle, body);
            Show(_message);
        }

        /// <summary>Shows a fatal error (journal or storage); the terminal stays there until restarted.</summary>
        /// <param name="message">The message, e.g. <see cref="MessageId.JournalError"/>.</param>
        public void ShowFatal(MessageId message)
        {
            _fatal = true;
            _message.Set(UiScreen.Fatal, MessageId.TerminalError, message);
            Show(_message);
        }

        /// <summary>
        /// Shows "Terminal error - restarting" (a <see cref="UiScreen.Fatal"/> screen: no way out, no timeout) and sets
        /// <see cref="RestartRequested"/>: the owner restarts the firmware after a few seconds, and the next boot recovers
        /// the journal and sends any pending reversal. Nothing else runs meanwhile.
        /// </summary>
        public void ShowRestarting()
        {
            _fatal = true;
            _booting = false;
            RestartRequested = true;
            _message.Set(UiScreen.Fatal, MessageId.PleaseWait, MessageId.TerminalRestarting);
            Show(_message);
        }

        /// <summary>Handles a key event: presses go to the current screen (releases and long presses are ignored).</summary>
        /// <param name="keyEvent">The event.</param>
        public void HandleKey(KeyEvent keyEvent)
        {
            if (keyEvent.IsNone || keyEvent.Kind != KeyEventKind.Pressed || _screen == null)
            {
                return;
            }

            _lastInputMs = _clock.MonotonicMs;
            _screen.HandleKey(keyEvent.Key);
            Render();
        }

        /// <summary>
        /// Lets time pass: finishes engine calls that are done, goes back to idle after an input timeout, moves the
        /// processing countdown and the idle clock. Call it often (every 50 to 100 ms on the device).
        /// </summary>
        public void Tick()
        {
            long now = _clock.MonotonicMs;
            if (_engine != null)
            {
                CollectBackground();
                Pump();
                SavePendingWrites();
            }

            if (_screen != null)
            {
                long timeout = _screen.TimeoutMs;
                if (timeout > 0 && now - _lastInputMs >= timeout)
                {
                    ShowIdle();
                }
                else
                {
                    _screen.Tick(now);
                }
            }

            Render();
        }

        internal void Invalidate()
        {
            _dirty = true;
        }

        /// <summary>Starts the input timeout again, as a key would: a screen that has just shown something new after a long
        /// wait (a self-test's result) gets the whole timeout for it to be read.</summary>
        internal void RestartInputTimeout()
        {
            _lastInputMs = _clock.MonotonicMs;
        }

        internal void Show(Screen screen)
        {
            if (_screen != null && _screen != screen)
            {
                _screen.Leave();
            }

            _screen = screen;
            _lastInputMs = _clock.MonotonicMs;
            screen.Enter();
            _dirty = true;
            Render();
        }

        internal void Beep(bool error)
        {
            if (Indicator != null)
            {
                Indicator.Beep(error ? 300 : 60);
            }
        }

        private void Render()
        {
            if (!_dirty || _screen == null)
            {
                return;
            }

            _dirty = false;
            _canvas.Clear();
            _screen.Draw(_canvas, _catalog);
            try
            {
                _display.Show(_frame);
                _displayFailing = false;
            }
            catch (IOException e)
            {
                // The panel did not take the frame (an I2C NACK): it still shows an older one, so draw this one again on
                // the next tick rather than leave the cashier looking at a stale screen. Logged once per run of failures.
                _dirty = true;
                DisplayFailures++;
                if (!_displayFailing)
                {
                    _displayFailing = true;
                    Debug.WriteLine("nanoPos: display: " + e.GetType().FullName + ": " + e.Message);
                }
            }
        }
    }
}
