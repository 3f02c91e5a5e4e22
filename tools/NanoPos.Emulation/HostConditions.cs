using System.Collections.Generic;
using NanoPos.HostSim;

namespace NanoPos.Emulation
{
    /// <summary>
    /// What the acquirer does to the terminal's requests on QA's behalf: its mode (maintenance window answering 91, or a
    /// port refusing connections) and three fault rules of its own (silent, bad MAC, delay) kept after everyone else's.
    /// The QA controls and the self-test faults both set them; this is the one place that writes
    /// <see cref="SimulatedAcquirer.Faults"/> for them.
    /// </summary>
    /// <remarks>Callers hold the machine's lock (<see cref="SimulatedMachine.Gate"/>).</remarks>
    internal sealed class HostConditions
    {
        private readonly SimulatedAcquirer _host;
        private bool _maintenance;
        private bool _refusesTcp;
        private int _delayMs;
        private FaultRule _delayRule;
        private FaultRule _silentRule;
        private FaultRule _badMacRule;

        /// <param name="host">The acquirer whose faults these are.</param>
        internal HostConditions(SimulatedAcquirer host)
        {
            _host = host;
        }

        /// <summary>Gets or sets the maintenance window: every request answered 91.</summary>
        internal bool Maintenance
        {
            get => _maintenance;
            set
            {
                _maintenance = value;
                ApplyMode();
            }
        }

        /// <summary>Gets or sets whether the host's port refuses every connection; wins over <see cref="Maintenance"/>.</summary>
        internal bool RefusesTcp
        {
            get => _refusesTcp;
            set
            {
                _refusesTcp = value;
                ApplyMode();
            }
        }

        /// <summary>Gets or sets the delay before each answer, in ms of simulated time (0: none); the caller checks it is not negative.</summary>
        internal int DelayMs
        {
            get => _delayMs;
            set
            {
                _delayMs = value;
                FaultRule previous = _delayRule;
                _delayRule = value > 0 ? new FaultRule { Kind = FaultKind.Delay, DelayMs = value, Note = "host delay" } : null;
                ReplaceRules(previous);
            }
        }

        /// <summary>Gets or sets the silent host: every request decided, none answered.</summary>
        internal bool Silent
        {
            get => _silentRule != null;
            set
            {
                FaultRule previous = _silentRule;
                _silentRule = value ? new FaultRule { Kind = FaultKind.NoResponse, Note = "host silent" } : null;
                ReplaceRules(previous);
            }
        }

        /// <summary>Gets or sets the bad MAC: every MACed answer carries a wrong one.</summary>
        internal bool BadMac
        {
            get => _badMacRule != null;
            set
            {
                FaultRule previous = _badMacRule;
                _badMacRule = value ? new FaultRule { Kind = FaultKind.BadMac, Note = "host bad MAC" } : null;
                ReplaceRules(previous);
            }
        }

        /// <summary>The host's mode: refusing connections wins over the maintenance window's 91.</summary>
        private void ApplyMode()
        {
            _host.Faults.Maintenance = _refusesTcp ? MaintenanceMode.RefuseConnections : _maintenance ? MaintenanceMode.Answer91 : MaintenanceMode.Off;
        }

        /// <summary>
        /// Loads the host's rules again: every rule of someone else in its order, then the QA faults (host silent, host bad
        /// MAC), then the host delay last, so a fault that fires for a request wins over the delay. The rule given is the
        /// one being replaced (by reference: an equal rule of someone else's stays). The injector has no "remove one rule",
        /// so all are loaded in one step; their counts start over. Maintenance and the seed are kept.
        /// </summary>
        private void ReplaceRules(FaultRule replaced)
        {
            var rules = new List<FaultRule>();
            foreach (FaultRule rule in _host.Faults.Rules)
            {
                if (!ReferenceEquals(rule, replaced) && !ReferenceEquals(rule, _delayRule) && !ReferenceEquals(rule, _silentRule) && !ReferenceEquals(rule, _badMacRule))
                {
                    rules.Add(rule);
                }
            }

            foreach (FaultRule ours in new[] { _silentRule, _badMacRule, _delayRule })
            {
                if (ours != null)
                {
                    rules.Add(ours);
                }
            }

            _host.Faults.Load(new FaultPlan { Rules = rules, Maintenance = _host.Faults.Maintenance });
        }
    }
}
