using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using NanoPos.Hal;
using NanoPos.Hal.Host;
using NanoPos.Hal.Simulated;
using NanoPos.HostSim;
using NanoPos.Terminal;
using NanoPos.Ui;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The terminal firmware (<see cref="PosTerminal"/>) on simulated drivers, talking to the in-process acquirer
    /// (<see cref="SimulatedAcquirer"/>) on simulated time: keys are pressed with <see cref="Press"/>, time passes with
    /// <see cref="Advance"/>, the power is cut with <see cref="CutPower"/>, and the network and host are switched by
    /// properties. For scripted runs (<c>nanopos run</c>), tests and the browser emulator.
    /// </summary>
    /// <remarks>
    /// Every member takes one lock, so callers on several threads (web requests, a time pump) are serialised. The
    /// host never loses power: a power cut stops the firmware and boots a new one over the same storage, and the
    /// ledger keeps everything. Dispose it when done (the paced mode owns a worker thread).
    /// </remarks>
    public sealed partial class SimulatedTerminal : IDisposable
    {
        private readonly object _gate = new object();
        private readonly SimulatedTerminalOptions _options;
        private readonly ManualClock _clock;
        private readonly SharedClock _shared;
        private readonly IRecordStore _store;
        private readonly FaultyRecordStore _firmwareStore;
        private readonly ScriptedKeypad _keypad = new ScriptedKeypad();
        private readonly RecordingDisplay _display;
        private readonly List<TimelineEntry> _timeline = new List<TimelineEntry>();
        private INetworkLink _link;
        private FixedLinkFactory _links;
        private InMemoryLink _memoryLink;
        private PosTerminal _firmware;
        private BootRecord _bootRecord;
        private int _boots;
        private bool _networkUp = true;
        private bool _maintenance;
        private int _hostDelayMs;
        private FaultRule _hostDelayRule;

        /// <summary>Creates a terminal with the default options (RAM store, synchronous engine calls, English).</summary>
        public SimulatedTerminal()
            : this(new SimulatedTerminalOptions())
        {
        }

        /// <summary>Creates a terminal; nothing runs until <see cref="Boot"/> (or the first key).</summary>
        /// <param name="options">The set-up.</param>
        public SimulatedTerminal(SimulatedTerminalOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _clock = new ManualClock(options.StartUtc, true);
            _shared = options.Paced ? new SharedClock(_clock) : null;
            _store = options.StoreDirectory == null ? new InMemoryRecordStore() : new FileRecordStore(options.StoreDirectory);
            _firmwareStore = FaultyRecordStore.Over(_store);
            _display = new RecordingDisplay(128, 64, () => IsStorePoweredDown, () => _clock.MonotonicMs, shot => _timeline.Add(new TimelineEntry(shot, null)));
            // A real acquirer: the demo TMK, keys issued at sign-on, every request but a sign-on MACed (A0 otherwise),
            // PIN blocks decrypted and checked (55 for a wrong PIN; the demo card's PIN is 1234).
            Host = new SimulatedAcquirer(() => Clock.UtcNow, options.Seed) { RequireMac = true };
            if (options.Tls)
            {
                // The host's TLS port: the acquirer behind it sees plaintext, as behind a real TLS termination.
                HostTls = new TlsHostEndpoint(Host, options.TlsAuthority ?? SimulatedTls.SharedAuthority);
            }
        }

        /// <summary>Gets the acquirer host (ledger, fault injector). It keeps running across power cuts.</summary>
        public SimulatedAcquirer Host { get; }

        /// <summary>Gets the record store (the terminal's flash).</summary>
        public IRecordStore Store => _store;

        /// <summary>Gets the firmware of the current boot, or null before the first.</summary>
        public PosTerminal Firmware
        {
            get
            {
                lock (_gate)
                {
                    return _firmware;
                }
            }
        }

        /// <summary>Gets the number of boots so far (1 after the first).</summary>
        public int Boots
        {
            get
            {
                lock (_gate)
                {
                    return _boots;
                }
            }
        }

        /// <summary>Gets the simulated monotonic time in ms since power-on of the simulation.</summary>
        public long NowMs
        {
            get
            {
                lock (_gate)
                {
                    return Clock.MonotonicMs;
                }
            }
        }

        /// <summary>Gets the screen shown.</summary>
        public UiScreen Screen
        {
            get
            {
                lock (_gate)
                {
                    return _firmware == null ? UiScreen.Boot : _firmware.Ui.Screen;
                }
            }
        }

        /// <summary>Gets the text rows of the screen shown, top first.</summary>
        public string[] ScreenText
        {
            get
            {
                lock (_gate)
                {
                    return _firmware == null ? new string[4] { string.Empty, string.Empty, string.Empty, string.Empty } : _firmware.Ui.ScreenText;
                }
            }
        }

        /// <summary>Gets a copy of the pixels on the display now (blank while the power is off).</summary>
        public MonochromeFramebuffer Frame
        {
            get
            {
                lock (_gate)
                {
                    MonochromeFramebuffer last = _display.Panel.LastFrame;
                    var copy = new MonochromeFramebuffer(last.Width, last.Height);
                    Array.Copy(last.Buffer, copy.Buffer, copy.Buffer.Length);
                    return copy;
                }
            }
        }

        private IClock Clock => _shared != null ? _shared : _clock;

        private bool IsStorePoweredDown => _store is InMemoryRecordStore m ? m.IsPoweredDown : ((FileRecordStore)_store).IsPoweredDown;

        /// <summary>Powers the terminal on: provisions the demo configuration if none is stored, then boots.</summary>
        public void Boot()
        {
            lock (_gate)
            {
                if (_firmware != null)
                {
                    return;
                }

                if (_options.Provision)
                {
                    Provision();
                }

                StartFirmware();
            }
        }

        /// <summary>
        /// Writes the demo configuration (<see cref="DemoConfig"/>, in the options' language) when the store has none, and
        /// with TLS the host's CA certificate into the record "ca" when the store has none (a CA provisioned before, right
        /// or wrong, stays: what a board holds is what it pins); no boot.
        /// </summary>
        public void Provision()
        {
            lock (_gate)
            {
                if (!_store.Exists(TerminalConfig.RecordName))
                {
                    byte[] text = Encoding.UTF8.GetBytes(DemoConfig.Text(_options.Language, _options.Tls));
                    _store.Write(TerminalConfig.RecordName, text, 0, text.Length);
                }

                if (HostTls != null && !_store.Exists(SimulatedTls.CaRecordName))
                {
                    SimulatedTls.WriteCaRecord(_store, HostTls.Authority);
                }
            }
        }

        /// <summary>Presses and releases a key; the firmware handles it at once (in the paced mode, until its engine call waits for time).</summary>
        /// <param name="key">The key.</param>
        public void Press(Key key)
        {
            lock (_gate)
            {
                EnsureBooted();
                if (key != Key.None && key == _deadKey)
                {
                    // A dead key (QA fault): the keypad never reports it, so the firmware sees nothing at all.
                    Note("key " + key + " is dead: press dropped");
                    return;
                }

                _keypad.EnqueueTap(key, Clock.MonotonicMs);
                while (_keypad.Pending > 0 && !_firmware.Restarted)
                {
                    Guarded(() => _firmware.Step(0));
                }

                Settle();
                AfterAction();
            }
        }

        /// <summary>Lets simulated time pass in steps (default 100 ms), turning the idle loop after each: timeouts, countdowns, reversal retries.</summary>
        /// <param name="milliseconds">The time to pass, 0 or more.</param>
        public void Advance(long milliseconds)
        {
            if (milliseconds < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(milliseconds));
            }

            lock (_gate)
            {
                EnsureBooted();
                long target = _clock.MonotonicMs + milliseconds;
                while (_clock.MonotonicMs < target)
                {
                    long step = Math.Min(_options.StepMs, target - _clock.MonotonicMs);
                    if (_shared != null)
                    {
                        _shared.Advance(step);
                        WaitQuiet();
                    }
                    else
                    {
                        _clock.Advance(step);
                    }

                    KeepClockSynced();
                    Guarded(() => _firmware.Step(0));
                    Settle();
                    AfterAction();
                }
            }
        }
    }
}
