using System;
using System.Collections.Generic;
using NanoPos.Hal;
using NanoPos.HostSim;
using NanoPos.Terminal;
using NanoPos.Ui;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The terminal firmware (<see cref="PosTerminal"/>) on simulated drivers, talking to the in-process acquirer
    /// (<see cref="SimulatedAcquirer"/>) on simulated time. It takes the keys (<see cref="Press"/>) and the time
    /// (<see cref="Advance"/>) and shows the screen; the rest is in its pieces: <see cref="Power"/> (boots, power cuts,
    /// reboots), <see cref="Controls"/> (network, host, language, local time), <see cref="Faults"/> (the self-test
    /// faults), <see cref="Tls"/> and <see cref="Views"/> (ledger, journal, batch, health). For scripted runs
    /// (<c>nanopos run</c>), tests and the browser emulator.
    /// </summary>
    /// <remarks>
    /// One lock serialises every member of the terminal and of its pieces, so callers on several threads (web requests, a
    /// time pump) are safe and the firmware sees one input at a time. The host never loses power: a power cut stops the
    /// firmware and boots a new one over the same storage, and the ledger keeps everything. Dispose it when done (the
    /// paced mode owns a worker thread).
    /// </remarks>
    public sealed class SimulatedTerminal : IDisposable
    {
        private readonly SimulatedMachine _machine;
        private readonly WorkerPacing _pacing;
        private readonly DeviceConditions _device;
        private readonly SimulatedTimeServer _time;

        /// <summary>Creates a terminal with the default options (RAM store, synchronous engine calls, English, TLS).</summary>
        public SimulatedTerminal()
            : this(new SimulatedTerminalOptions())
        {
        }

        /// <summary>Creates a terminal; nothing runs until <see cref="Boot"/> (or the first key).</summary>
        /// <param name="options">The set-up.</param>
        public SimulatedTerminal(SimulatedTerminalOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            _machine = new SimulatedMachine(options);
            _pacing = new WorkerPacing(_machine);

            // A real acquirer: the demo TMK, keys issued at sign-on, every request but a sign-on MACed (A0 otherwise),
            // PIN blocks decrypted and checked (55 for a wrong PIN; the demo card's PIN is 1234).
            Host = new SimulatedAcquirer(() => _machine.Clock.UtcNow, options.Seed) { RequireMac = true };

            // The host's TLS port: the acquirer behind it sees plaintext, as behind a real TLS termination.
            TlsHostEndpoint hostTls = options.Tls ? new TlsHostEndpoint(Host, options.TlsAuthority ?? SimulatedTls.SharedAuthority) : null;
            var link = new LinkConditions();
            var host = new HostConditions(Host);
            _device = new DeviceConditions(_machine);
            _time = new SimulatedTimeServer(_machine);
            Tls = new TerminalTls(_machine, Host, hostTls);
            Power = new TerminalPower(_machine, _pacing, new FirmwareComposition(_machine, _pacing, Host, Tls.Endpoint, link, _device, _time), hostTls);
            Controls = new TerminalControls(_machine, link, host);
            Faults = new SelfTestFaults(_machine, _device, link, host, _time, hostTls);
            Views = new TerminalViews(_machine, Host);
        }

        /// <summary>Gets the acquirer host (ledger, fault injector, transcript). It keeps running across power cuts.</summary>
        public SimulatedAcquirer Host { get; }

        /// <summary>Gets the record store (the terminal's flash), without the self-test faults in front of it.</summary>
        public IRecordStore Store => _machine.Store;

        /// <summary>Gets the power: provisioning, boots, power cuts and reboots, the firmware of the current boot.</summary>
        public TerminalPower Power { get; }

        /// <summary>Gets the QA controls: network, host maintenance and delay, language, local time.</summary>
        public TerminalControls Controls { get; }

        /// <summary>Gets the QA faults behind the technician's self-tests.</summary>
        public SelfTestFaults Faults { get; }

        /// <summary>Gets TLS between the terminal and the host: the host's termination, the firmware's link, a summary.</summary>
        public TerminalTls Tls { get; }

        /// <summary>Gets what the side panel, the health endpoint and the scripts read: ledger, journal, batch, reversals, health.</summary>
        public TerminalViews Views { get; }

        /// <summary>Gets the simulated monotonic time in ms since power-on of the simulation.</summary>
        public long NowMs
        {
            get
            {
                lock (_machine.Gate)
                {
                    return _machine.Clock.MonotonicMs;
                }
            }
        }

        /// <summary>Gets the screen shown.</summary>
        public UiScreen Screen
        {
            get
            {
                lock (_machine.Gate)
                {
                    return _machine.Firmware == null ? UiScreen.Boot : _machine.Firmware.Ui.Screen;
                }
            }
        }

        /// <summary>Gets the text rows of the screen shown, top first.</summary>
        public string[] ScreenText
        {
            get
            {
                lock (_machine.Gate)
                {
                    return _machine.Firmware == null ? new string[4] { string.Empty, string.Empty, string.Empty, string.Empty } : _machine.Firmware.Ui.ScreenText;
                }
            }
        }

        /// <summary>Gets a copy of the pixels on the display now (blank while the power is off).</summary>
        public MonochromeFramebuffer Frame
        {
            get
            {
                lock (_machine.Gate)
                {
                    MonochromeFramebuffer last = _machine.Display.Panel.LastFrame;
                    var copy = new MonochromeFramebuffer(last.Width, last.Height);
                    Array.Copy(last.Buffer, copy.Buffer, copy.Buffer.Length);
                    return copy;
                }
            }
        }

        /// <summary>Powers the terminal on (<see cref="TerminalPower.Boot"/>): provisions the demo configuration if none is stored, then boots.</summary>
        public void Boot() => Power.Boot();

        /// <summary>Presses and releases a key; the firmware handles it at once (in the paced mode, until its engine call waits for time).</summary>
        /// <param name="key">The key.</param>
        public void Press(Key key)
        {
            lock (_machine.Gate)
            {
                Power.EnsureBooted();
                if (_device.IsDead(key))
                {
                    // A dead key (QA fault): the keypad never reports it, so the firmware sees nothing at all.
                    _machine.Note("key " + key + " is dead: press dropped");
                    return;
                }

                _machine.Keypad.EnqueueTap(key, _machine.Clock.MonotonicMs);
                while (_machine.Keypad.Pending > 0 && !_machine.Firmware.Restarted)
                {
                    WorkerPacing.Guarded(() => _machine.Firmware.Step(0));
                }

                _pacing.Settle();
                Power.AfterAction();
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

            lock (_machine.Gate)
            {
                Power.EnsureBooted();
                long target = _machine.Manual.MonotonicMs + milliseconds;
                while (_machine.Manual.MonotonicMs < target)
                {
                    long step = Math.Min(_machine.Options.StepMs, target - _machine.Manual.MonotonicMs);
                    if (_machine.Shared != null)
                    {
                        _machine.Shared.Advance(step);
                        _pacing.WaitQuiet();
                    }
                    else
                    {
                        _machine.Manual.Advance(step);
                    }

                    _time.KeepSynced();
                    WorkerPacing.Guarded(() => _machine.Firmware.Step(0));
                    _pacing.Settle();
                    Power.AfterAction();
                }
            }
        }

        /// <summary>
        /// Gets what was recorded since the last call, oldest first: every frame the firmware drew, and the events of the
        /// simulation ("power cut", "boot 2", "network down") between them.
        /// </summary>
        /// <returns>The entries.</returns>
        public IReadOnlyList<TimelineEntry> TakeTimeline()
        {
            lock (_machine.Gate)
            {
                return _machine.TakeTimeline();
            }
        }

        /// <summary>Stops the firmware's worker thread (paced mode).</summary>
        public void Dispose() => Power.Shutdown();

        // Forwards for callers outside the emulation projects (nanopos run, the CLI's tests), kept as they were when the
        // terminal was one class; new code uses the pieces.

        /// <summary>Lists the host's ledger (<see cref="TerminalViews.HostLedger"/>).</summary>
        /// <returns>The rows, card numbers masked.</returns>
        public IReadOnlyList<LedgerRow> HostLedger() => Views.HostLedger();

        /// <summary>Collects the health report (<see cref="TerminalViews.ReadHealth"/>).</summary>
        /// <returns>The report, or null before the firmware has a collector.</returns>
        public HealthView ReadHealth() => Views.ReadHealth();

        /// <summary>Gets the host's TLS termination, or null with TLS off (<see cref="TerminalTls.Host"/>).</summary>
        public TlsHostEndpoint HostTls => Tls.Host;

        /// <summary>Gets what protects the link, for a panel (<see cref="TerminalTls.LinkSecurity"/>).</summary>
        public string LinkSecurity => Tls.LinkSecurity;

        /// <summary>Gets or sets the low-memory fault (<see cref="SelfTestFaults.LowMemory"/>).</summary>
        public bool LowMemory
        {
            get => Faults.LowMemory;
            set => Faults.LowMemory = value;
        }

        /// <summary>Gets or sets the untrusted-certificate fault (<see cref="SelfTestFaults.TlsUntrusted"/>).</summary>
        /// <exception cref="InvalidOperationException">Set with TLS off: there is no certificate.</exception>
        public bool TlsUntrusted
        {
            get => Faults.TlsUntrusted;
            set => Faults.TlsUntrusted = value;
        }
    }
}
