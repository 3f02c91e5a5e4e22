using System;
using System.Collections.Generic;
using NanoPos.HostSim;
using NanoPos.Ui;

namespace NanoPos.Emulation
{
    /// <summary>The QA controls: network, host maintenance and delay, language, the local time.</summary>
    public sealed partial class SimulatedTerminal
    {
        /// <summary>
        /// Sets the wall clock to a local date and time (the configuration's offset from UTC; China's +8 h before the
        /// configuration is read), trusted, as a time server would; the monotonic time does not move. For QA: what depends
        /// on the date, such as the funds-arrival date, without waiting for it.
        /// </summary>
        /// <param name="local">The local date and time.</param>
        public void SetLocalTime(DateTime local)
        {
            lock (_gate)
            {
                // Through the shared clock in paced mode: the worker thread reads the time under its lock.
                int offset = _firmware?.Config != null ? _firmware.Config.UtcOffsetMinutes : 480;
                DateTime utc = DateTime.SpecifyKind(local.AddMinutes(-offset), DateTimeKind.Utc);
                UpdateClock(c => c.SetWallTime(utc, true));
            }
        }

        /// <summary>Gets or sets whether the network between terminal and host is up (down: every connection attempt fails).</summary>
        public bool NetworkUp
        {
            get
            {
                lock (_gate)
                {
                    return _networkUp;
                }
            }

            set
            {
                lock (_gate)
                {
                    _networkUp = value;
                    ApplyLinkFaults();
                    Note("network " + (value ? "up" : "down"));
                }
            }
        }

        /// <summary>Gets or sets the host's maintenance window: every request is answered 91 ("bank system unavailable").</summary>
        public bool HostMaintenance
        {
            get
            {
                lock (_gate)
                {
                    return _maintenance;
                }
            }

            set
            {
                lock (_gate)
                {
                    _maintenance = value;
                    ApplyHostMode();
                    Note("host maintenance " + (value ? "on" : "off"));
                }
            }
        }

        /// <summary>
        /// Gets or sets how long the host waits before each answer, in ms of simulated time (0: at once). It is one delay
        /// rule of <see cref="Host"/>'s faults: setting it replaces that rule alone and keeps every other rule, in their
        /// order, with the delay last (so another rule that fires for a request wins over the delay). The injector cannot
        /// remove one rule, so the rules are loaded again: their counts ("nth", "times") start over.
        /// </summary>
        public int HostDelayMs
        {
            get
            {
                lock (_gate)
                {
                    return _hostDelayMs;
                }
            }

            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(value));
                }

                lock (_gate)
                {
                    _hostDelayMs = value;
                    FaultRule previous = _hostDelayRule;
                    _hostDelayRule = value > 0 ? new FaultRule { Kind = FaultKind.Delay, DelayMs = value, Note = "host delay" } : null;
                    ReplaceHostRules(previous);
                    Note("host delay " + value + " ms");
                }
            }
        }

        /// <summary>Gets or sets the display language; setting it also saves it into the configuration (as the technician menu does).</summary>
        public Language Language
        {
            get
            {
                lock (_gate)
                {
                    return _firmware == null ? _options.Language : _firmware.Ui.Language;
                }
            }

            set
            {
                lock (_gate)
                {
                    _options.Language = value;
                    if (_firmware == null)
                    {
                        return;
                    }

                    _firmware.Ui.Language = value;
                    if (_firmware.Config != null && (_firmware.Runner == null || !_firmware.Runner.IsBusy))
                    {
                        _firmware.Config.Language = value;
                        Guarded(() => _firmware.Config.Save(_store));
                    }
                }
            }
        }

        /// <summary>
        /// Loads the host's rules again: every rule of someone else in its order, then the QA faults of this class (host
        /// silent, host bad MAC), then the host delay last, so a fault that fires for a request wins over the delay. The
        /// rule given is the one being replaced (by reference: an equal rule of someone else's stays). The injector has
        /// no "remove one rule", so all are loaded in one step; their counts start over. Maintenance and the seed are kept.
        /// </summary>
        private void ReplaceHostRules(FaultRule replaced)
        {
            var rules = new List<FaultRule>();
            foreach (FaultRule rule in Host.Faults.Rules)
            {
                if (!ReferenceEquals(rule, replaced) && !ReferenceEquals(rule, _hostDelayRule) && !ReferenceEquals(rule, _hostSilentRule) && !ReferenceEquals(rule, _hostBadMacRule))
                {
                    rules.Add(rule);
                }
            }

            foreach (FaultRule ours in new[] { _hostSilentRule, _hostBadMacRule, _hostDelayRule })
            {
                if (ours != null)
                {
                    rules.Add(ours);
                }
            }

            Host.Faults.Load(new FaultPlan { Rules = rules, Maintenance = Host.Faults.Maintenance });
        }
    }
}
