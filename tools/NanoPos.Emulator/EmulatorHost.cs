using System;
using System.Diagnostics;
using System.Threading;
using NanoPos.Emulation;
using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Emulator
{
    /// <summary>
    /// Owns one <see cref="IEmulatorSession"/> and makes it safe to share: every call to the session (key
    /// presses, QA controls, reads, and the time pump) goes through one lock, so the firmware sees one input
    /// at a time, exactly as on the device.
    /// </summary>
    /// <remarks>
    /// <para><b>Time.</b> The terminal runs on simulated time. <see cref="Start"/> starts a background thread, the
    /// pump, that wakes every <see cref="EmulatorHostOptions.PumpIntervalMs"/> milliseconds, measures the real time
    /// elapsed since its last step with a <see cref="Stopwatch"/>, and calls <see cref="IEmulatorSession.Advance"/>
    /// with it (under the lock). Simulated time therefore follows the wall clock: input timeouts and the processing
    /// countdown run as on a real terminal. A step is capped at <see cref="EmulatorHostOptions.MaxStepMs"/>, so a
    /// process that was suspended (debugger, laptop lid) does not fire every timeout at once; the lost time is
    /// dropped, not caught up.</para>
    /// <para><b>Errors.</b> An exception from the session is caught, kept as <see cref="EmulatorState.Error"/> and
    /// reported once through the log callback; the emulator keeps running so the page stays usable.</para>
    /// <para><b>Card numbers.</b> The panel, the error and the log pass through <see cref="PanMask.Scrub(string)"/>; the
    /// display (frame and text) is the terminal's own screen, as the firmware drew it.</para>
    /// </remarks>
    public sealed class EmulatorHost : IDisposable
    {
        /// <summary>The largest host delay the controls accept (2 minutes).</summary>
        public const int MaxHostDelayMs = 120_000;

        /// <summary>The largest manual time skip one <see cref="Advance"/> call accepts (10 minutes).</summary>
        public const int MaxAdvanceMs = 600_000;

        private readonly object _gate = new object();
        private readonly IEmulatorSession _session;
        private readonly EmulatorHostOptions _options;
        private readonly Action<string> _log;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private Thread _pump;
        private bool _started;
        private long _version;
        private int _powerCuts;
        private string _lastError;

        /// <summary>Creates a host for <paramref name="session"/>; nothing runs until <see cref="Start"/>.</summary>
        /// <param name="session">The terminal and host to drive.</param>
        /// <param name="options">Pump settings, or null for the defaults.</param>
        /// <param name="log">Receives one line per new error, or null.</param>
        public EmulatorHost(IEmulatorSession session, EmulatorHostOptions options = null, Action<string> log = null)
        {
            _session = session ?? throw new ArgumentNullException(nameof(session));
            _options = options ?? new EmulatorHostOptions();
            _log = log ?? (_ => { });
        }

        /// <summary>Reads something from the session under the lock (tests).</summary>
        internal T Read<T>(Func<IEmulatorSession, T> read)
        {
            lock (_gate)
            {
                return read(_session);
            }
        }

        /// <summary>Boots the terminal and, unless <see cref="EmulatorHostOptions.PumpTime"/> is false, starts the time pump.</summary>
        public void Start()
        {
            lock (_gate)
            {
                if (_started)
                {
                    throw new InvalidOperationException("The emulator has already been started.");
                }

                _started = true;
                Guard(() => _session.Boot());
                _version++;
            }

            if (_options.PumpTime)
            {
                _pump = new Thread(Pump) { IsBackground = true, Name = "nanoPos time pump" };
                _pump.Start();
            }
        }

        /// <summary>Presses one key and returns the state after the firmware handled it.</summary>
        public EmulatorState Press(Key key)
        {
            if (key == Key.None || !Enum.IsDefined(key))
            {
                throw new ArgumentOutOfRangeException(nameof(key));
            }

            using (Enter())
            {
                Guard(() => _session.Press(key));
                _version++;
                return SnapshotLocked();
            }
        }

        /// <summary>Cuts the power (the terminal reboots over the same storage) and returns the state after the reboot.</summary>
        public EmulatorState CutPower()
        {
            using (Enter())
            {
                Guard(() => _session.CutPower());
                _powerCuts++;
                _version++;
                return SnapshotLocked();
            }
        }

        /// <summary>Lets simulated time jump ahead by <paramref name="milliseconds"/>, in steps of at most <see cref="EmulatorHostOptions.MaxStepMs"/>.</summary>
        public EmulatorState Advance(int milliseconds)
        {
            if (milliseconds < 0 || milliseconds > MaxAdvanceMs)
            {
                throw new ArgumentOutOfRangeException(nameof(milliseconds), "Between 0 and " + MaxAdvanceMs + " ms.");
            }

            using (Enter())
            {
                int left = milliseconds;
                while (left > 0)
                {
                    int step = Math.Min(left, _options.ManualStepMs);
                    AdvanceLocked(step);
                    left -= step;
                }

                return SnapshotLocked();
            }
        }

        /// <summary>Applies the non-null members of <paramref name="change"/> and returns the new state.</summary>
        /// <exception cref="ArgumentException">A value is out of range or the language is unknown.</exception>
        public EmulatorState Apply(ControlsDto change)
        {
            if (change == null)
            {
                throw new ArgumentNullException(nameof(change));
            }

            Language? language = null;
            if (change.Language != null)
            {
                language = ParseLanguage(change.Language) ?? throw new ArgumentException("Unknown language '" + change.Language + "': English or Chinese.");
            }

            if (change.HostDelayMs is int delay && (delay < 0 || delay > MaxHostDelayMs))
            {
                throw new ArgumentException("hostDelayMs must be between 0 and " + MaxHostDelayMs + ".");
            }

            DateTime? localTime = null;
            if (change.LocalTime != null)
            {
                localTime = DateTime.TryParseExact(change.LocalTime, "yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateTime parsed) && parsed.Year >= 2024 && parsed.Year <= 2099
                    ? parsed
                    : throw new ArgumentException("localTime must be a local date and time from 2024 to 2099 as yyyy-MM-ddTHH:mm, e.g. 2026-02-14T23:30, not '" + change.LocalTime + "'.");
            }

            TerminalFaults faults = FaultsOf(change);
            using (Enter())
            {
                if (faults != null)
                {
                    // First: a refused fault is a 400 and changes nothing, the other controls included. Any other failure
                    // is the firmware's, shown on the page as usual.
                    ArgumentException refused = null;
                    Guard(() =>
                    {
                        try
                        {
                            _session.ApplyFaults(faults);
                        }
                        catch (ArgumentException e)
                        {
                            refused = e;
                        }
                        catch (NotSupportedException e)
                        {
                            refused = new ArgumentException(e.Message, e);
                        }
                    });
                    if (refused != null)
                    {
                        throw refused;
                    }
                }

                if (localTime is DateTime local)
                {
                    ArgumentException refused = null;
                    Guard(() =>
                    {
                        try
                        {
                            _session.SetLocalTime(local);
                        }
                        catch (NotSupportedException e)
                        {
                            refused = new ArgumentException(e.Message, e);
                        }
                    });
                    if (refused != null)
                    {
                        throw refused;
                    }
                }

                Guard(() =>
                {
                    if (change.NetworkUp is bool up)
                    {
                        _session.NetworkUp = up;
                    }

                    if (change.HostMaintenance is bool maintenance)
                    {
                        _session.HostMaintenance = maintenance;
                    }

                    if (change.HostDelayMs is int ms)
                    {
                        _session.HostDelayMs = ms;
                    }

                    if (language is Language l)
                    {
                        _session.Language = l;
                    }
                });
                _version++;
                return SnapshotLocked();
            }
        }

        /// <summary>
        /// Collects the terminal's health report (what <c>GET /api/health</c> answers) under the lock, through the firmware's
        /// own collector; null when the terminal has none yet.
        /// </summary>
        public HealthView Health()
        {
            HealthView view = null;
            using (Enter())
            {
                Guard(() => view = _session.ReadHealth());
            }

            return view;
        }

        /// <summary>Parses a dead key: a key name ("Digit5", "Enter"), or "", "none" for none; null when unknown.</summary>
        public static Key? ParseDeadKey(string text)
        {
            string name = (text ?? string.Empty).Trim();
            if (name.Length == 0 || name.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                return Key.None;
            }

            Key key = EmulatorServer.ParseKey(name);
            return key == Key.None ? null : key;
        }

        /// <summary>Returns the display, indicators and controls as they are now.</summary>
        public EmulatorState Snapshot()
        {
            using (Enter())
            {
                return SnapshotLocked();
            }
        }

        /// <summary>Reads the side panel (every cell scrubbed by <see cref="PanMask"/>).</summary>
        public EmulatorPanel ReadPanel()
        {
            EmulatorPanel panel = null;
            using (Enter())
            {
                Guard(() => panel = _session.ReadPanel());
            }

            return PanMask.Scrub(panel ?? new EmulatorPanel());
        }

        /// <summary>Parses "English"/"Chinese" (any case) or "en"/"zh"; null when unknown.</summary>
        public static Language? ParseLanguage(string text)
        {
            switch ((text ?? "").Trim().ToLowerInvariant())
            {
                case "english":
                case "en":
                    return Language.English;
                case "chinese":
                case "zh":
                case "中文":
                    return Language.Chinese;
                default:
                    return null;
            }
        }

        /// <summary>Stops the time pump, then disposes the session when it is <see cref="IDisposable"/> (the host owns it).</summary>
        public void Dispose()
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }

            _stop.Cancel();
            if (_pump != null && Thread.CurrentThread != _pump)
            {
                _pump.Join(TimeSpan.FromSeconds(5));
            }

            // Bounded: a firmware call that never returns must not keep the process from exiting.
            if (Monitor.TryEnter(_gate, _options.LockTimeoutMs))
            {
                try
                {
                    Guard(() => (_session as IDisposable)?.Dispose());
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
            else
            {
                _log("emulator: the terminal is still busy; stopping without waiting for it");
            }
        }

        private static TerminalFaults FaultsOf(ControlsDto change)
        {
            Key? dead = null;
            if (change.DeadKey != null)
            {
                dead = ParseDeadKey(change.DeadKey) ?? throw new ArgumentException("Unknown deadKey '" + change.DeadKey + "': a key name such as Digit5, Enter, Cancel, Menu, or \"none\".");
            }

            var faults = new TerminalFaults
            {
                DisplayBusError = change.DisplayBusError,
                DeadKey = dead,
                FlashWriteFailure = change.FlashWriteFailure,
                FlashFull = change.FlashFull,
                ClockNotSet = change.ClockNotSet,
                WifiDown = change.WifiDown,
                WeakSignal = change.WeakSignal,
                DnsFailure = change.DnsFailure,
                HostRefusesTcp = change.HostRefusesTcp,
                TlsUntrusted = change.TlsUntrusted,
                HostSilent = change.HostSilent,
                HostBadMac = change.HostBadMac,
                LowMemory = change.LowMemory,
            };
            bool any = faults.DisplayBusError.HasValue || faults.DeadKey.HasValue || faults.FlashWriteFailure.HasValue || faults.FlashFull.HasValue
                || faults.ClockNotSet.HasValue || faults.WifiDown.HasValue || faults.WeakSignal.HasValue || faults.DnsFailure.HasValue
                || faults.HostRefusesTcp.HasValue || faults.TlsUntrusted.HasValue || faults.HostSilent.HasValue || faults.HostBadMac.HasValue
                || faults.LowMemory.HasValue;
            return any ? faults : null;
        }

        private void Pump()
        {
            var clock = Stopwatch.StartNew();
            long last = 0;
            WaitHandle stop = _stop.Token.WaitHandle;
            while (!stop.WaitOne(_options.PumpIntervalMs))
            {
                if (!Monitor.TryEnter(_gate, _options.PumpIntervalMs))
                {
                    continue; // a long call holds the lock: the time is caught up (up to MaxStepMs) on a later turn
                }

                try
                {
                    // Measured once the lock is held, so waiting for it loses no time.
                    long now = clock.ElapsedMilliseconds;
                    long elapsed = now - last;
                    if (elapsed > 0)
                    {
                        last = now;
                        AdvanceLocked((int)Math.Min(elapsed, _options.MaxStepMs));
                    }
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }

        /// <summary>Takes the lock for a request, or throws <see cref="EmulatorBusyException"/> after <see cref="EmulatorHostOptions.LockTimeoutMs"/>.</summary>
        private Gate Enter()
        {
            if (!Monitor.TryEnter(_gate, _options.LockTimeoutMs))
            {
                throw new EmulatorBusyException("The terminal has not answered for " + (_options.LockTimeoutMs / 1000.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)
                    + " s (a firmware call is still running); try again.");
            }

            return new Gate(_gate);
        }

        private readonly struct Gate : IDisposable
        {
            private readonly object _lock;

            public Gate(object gate)
            {
                _lock = gate;
            }

            public void Dispose()
            {
                Monitor.Exit(_lock);
            }
        }

        private void AdvanceLocked(int milliseconds)
        {
            Guard(() => _session.Advance(milliseconds));
            _version++;
        }

        private EmulatorState SnapshotLocked()
        {
            var state = new EmulatorState { Version = _version };
            Guard(() =>
            {
                state.SimTimeMs = _session.NowMs;
                MonochromeFramebuffer frame = _session.Frame;
                if (frame != null)
                {
                    state.Frame = new FrameDto { Width = frame.Width, Height = frame.Height, Data = Convert.ToBase64String(frame.Buffer) };
                }

                state.Screen = _session.ScreenName;

                // Not scrubbed: the rows of the display, which the frame shows as pixels anyway. Like the terminal's own
                // screen, they show a card number while it is keyed (see PanMask); everything else that leaves is scrubbed.
                state.Text = _session.ScreenText ?? Array.Empty<string>();
                TerminalFaults faults = _session.Faults;
                state.Indicators = new IndicatorsDto
                {
                    // The radio not joined (self-test fault) is a link down too, as the board's LED would say.
                    Link = _session.NetworkUp && faults?.WifiDown != true,
                    LinkSecurity = _session.LinkSecurity ?? string.Empty,
                    PendingReversals = _session.PendingReversalCount,
                    Power = true,
                    PowerCuts = _powerCuts,
                };
                state.Controls = new ControlsDto
                {
                    NetworkUp = _session.NetworkUp,
                    HostMaintenance = _session.HostMaintenance,
                    HostDelayMs = _session.HostDelayMs,
                    Language = _session.Language.ToString(),
                };
                if (faults != null)
                {
                    ControlsDto c = state.Controls;
                    c.DisplayBusError = faults.DisplayBusError;
                    c.DeadKey = (faults.DeadKey ?? Key.None).ToString();
                    c.FlashWriteFailure = faults.FlashWriteFailure;
                    c.FlashFull = faults.FlashFull;
                    c.ClockNotSet = faults.ClockNotSet;
                    c.WifiDown = faults.WifiDown;
                    c.WeakSignal = faults.WeakSignal;
                    c.DnsFailure = faults.DnsFailure;
                    c.HostRefusesTcp = faults.HostRefusesTcp;
                    c.TlsUntrusted = faults.TlsUntrusted;
                    c.HostSilent = faults.HostSilent;
                    c.HostBadMac = faults.HostBadMac;
                    c.LowMemory = faults.LowMemory;
                }
            });
            state.Text ??= Array.Empty<string>();
            state.Error = PanMask.Scrub(_lastError);
            return state;
        }

        private void Guard(Action action)
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                string text = e.GetType().Name + ": " + e.Message;
                if (text != _lastError)
                {
                    _lastError = text;
                    _log(PanMask.Scrub("emulator: " + e));
                }
            }
        }
    }

    /// <summary>How <see cref="EmulatorHost"/> pumps simulated time.</summary>
    public sealed class EmulatorHostOptions
    {
        /// <summary>Gets or sets whether a background thread advances simulated time with real time (default true; tests of the server may turn it off and call <see cref="EmulatorHost.Advance"/>).</summary>
        public bool PumpTime { get; set; } = true;

        /// <summary>Gets or sets how often the pump wakes, in milliseconds (default 20).</summary>
        public int PumpIntervalMs { get; set; } = 20;

        /// <summary>Gets or sets the largest single pump step, in milliseconds (default 1000); real time beyond it is dropped.</summary>
        public int MaxStepMs { get; set; } = 1000;

        /// <summary>Gets or sets how long a request waits for the terminal before it is answered 503 busy, in milliseconds (default 10000).</summary>
        public int LockTimeoutMs { get; set; } = 10_000;

        /// <summary>Gets or sets the step in which <see cref="EmulatorHost.Advance"/> cuts a manual time skip (default 100 ms).</summary>
        public int ManualStepMs { get; set; } = 100;
    }

    /// <summary>The terminal did not become free in time (a firmware call is still running); the request changed nothing.</summary>
    public sealed class EmulatorBusyException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public EmulatorBusyException(string message)
            : base(message)
        {
        }
    }
}
