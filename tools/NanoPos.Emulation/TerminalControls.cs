using System;
using NanoPos.HostSim;
using NanoPos.Terminal;
using NanoPos.Ui.Messages;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The QA controls of a <see cref="SimulatedTerminal"/>: the network, the host's maintenance window and delay, the
    /// display language and the local time. What the emulator page's controls and the scripts' <c>network</c>,
    /// <c>host</c> and <c>language</c> commands set.
    /// </summary>
    /// <remarks>Every member takes the terminal's one lock; the network and host controls note the change in the timeline.</remarks>
    public sealed class TerminalControls
    {
        private readonly SimulatedMachine _machine;
        private readonly LinkConditions _link;
        private readonly HostConditions _host;

        internal TerminalControls(SimulatedMachine machine, LinkConditions link, HostConditions host)
        {
            _machine = machine;
            _link = link;
            _host = host;
        }

        /// <summary>Gets or sets whether the network between terminal and host is up (down: every connection attempt fails).</summary>
        public bool NetworkUp
        {
            get
            {
                lock (_machine.Gate)
                {
                    return _link.NetworkUp;
                }
            }

            set
            {
                lock (_machine.Gate)
                {
                    _link.NetworkUp = value;
                    _machine.Note("network " + (value ? "up" : "down"));
                }
            }
        }

        /// <summary>Gets or sets the host's maintenance window: every request is answered 91 ("bank system unavailable").</summary>
        public bool HostMaintenance
        {
            get
            {
                lock (_machine.Gate)
                {
                    return _host.Maintenance;
                }
            }

            set
            {
                lock (_machine.Gate)
                {
                    _host.Maintenance = value;
                    _machine.Note("host maintenance " + (value ? "on" : "off"));
                }
            }
        }

        /// <summary>
        /// Gets or sets how long the host waits before each answer, in ms of simulated time (0: at once). It is one delay
        /// rule of the acquirer's faults (<see cref="SimulatedAcquirer.Faults"/>): setting it replaces that rule alone and
        /// keeps every other rule, in their order, with the delay last (so another rule that fires for a request wins over
        /// the delay). The injector cannot remove one rule, so the rules are loaded again: their counts ("nth", "times")
        /// start over.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is negative; nothing changed.</exception>
        public int HostDelayMs
        {
            get
            {
                lock (_machine.Gate)
                {
                    return _host.DelayMs;
                }
            }

            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(value));
                }

                lock (_machine.Gate)
                {
                    _host.DelayMs = value;
                    _machine.Note("host delay " + value + " ms");
                }
            }
        }

        /// <summary>Gets or sets the display language; setting it also saves it into the configuration (as the technician menu does).</summary>
        public Language Language
        {
            get
            {
                lock (_machine.Gate)
                {
                    PosTerminal firmware = _machine.Firmware;
                    return firmware == null ? _machine.Options.Language : firmware.Ui.Language;
                }
            }

            set
            {
                lock (_machine.Gate)
                {
                    // Kept in the options too: the language before the first boot, and the one provisioning writes.
                    _machine.Options.Language = value;
                    PosTerminal firmware = _machine.Firmware;
                    if (firmware == null)
                    {
                        return;
                    }

                    firmware.Ui.Language = value;

                    // Not while an engine call runs on the worker thread: it may be writing the store.
                    if (firmware.Config != null && (firmware.Runner == null || !firmware.Runner.IsBusy))
                    {
                        firmware.Config.Language = value;
                        WorkerPacing.Guarded(() => firmware.Config.Save(_machine.Store));
                    }
                }
            }
        }

        /// <summary>
        /// Sets the wall clock to a local date and time (the configuration's offset from UTC; China's +8 h before the
        /// configuration is read), trusted, as a time server would; the monotonic time does not move. For QA: what depends
        /// on the date, such as the funds-arrival date, without waiting for it.
        /// </summary>
        /// <param name="local">The local date and time.</param>
        public void SetLocalTime(DateTime local)
        {
            lock (_machine.Gate)
            {
                // Through the shared clock in paced mode: the worker thread reads the time under its lock.
                PosTerminal firmware = _machine.Firmware;
                int offset = firmware?.Config != null ? firmware.Config.UtcOffsetMinutes : 480;
                DateTime utc = DateTime.SpecifyKind(local.AddMinutes(-offset), DateTimeKind.Utc);
                _machine.UpdateClock(c => c.SetWallTime(utc, true));
            }
        }
    }
}
