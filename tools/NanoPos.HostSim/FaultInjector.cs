using System;
using System.Collections.Generic;
using System.Linq;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Decides, per request, which fault (if any) acts on its answer, and holds the maintenance mode. Thread-safe
    /// and changeable while the server runs: tests and the emulator load plans, add or clear rules and switch
    /// maintenance at any time.
    /// </summary>
    /// <remarks>
    /// Rules are tried in order and the first that fires wins. Every rule counts the requests its match takes,
    /// whether or not an earlier rule fired, so "nth" does not depend on the other rules. A rule fires when its
    /// match takes the request, the count equals "nth" (if set), it has fired fewer than "times" (if set) and a
    /// draw from the seeded random source is below "probability" (drawn only when probability is below 1).
    /// The same seed and the same sequence of requests give the same faults.
    /// </remarks>
    public sealed class FaultInjector
    {
        private readonly object _gate = new object();
        private readonly List<RuleState> _rules = new List<RuleState>();
        private Random _random;
        private MaintenanceMode _maintenance;

        /// <summary>Creates an injector with no rules and maintenance off.</summary>
        /// <param name="seed">The seed of the random source (probabilities and corrupted byte positions).</param>
        public FaultInjector(int seed = 0)
        {
            _random = new Random(seed);
        }

        /// <summary>Raised after <see cref="Maintenance"/> changes (the server opens or closes its listener).</summary>
        public event EventHandler MaintenanceChanged;

        /// <summary>Gets or sets the maintenance mode.</summary>
        public MaintenanceMode Maintenance
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
                bool changed;
                lock (_gate)
                {
                    changed = _maintenance != value;
                    _maintenance = value;
                }

                if (changed)
                {
                    MaintenanceChanged?.Invoke(this, EventArgs.Empty);
                }
            }
        }

        /// <summary>Gets the rules in the order they are tried.</summary>
        public IReadOnlyList<FaultRule> Rules
        {
            get
            {
                lock (_gate)
                {
                    return _rules.Select(r => r.Rule).ToList();
                }
            }
        }

        /// <summary>Replaces the rules and the maintenance mode with a plan's (counters restart; the random source is reseeded when the plan has a seed).</summary>
        /// <param name="plan">The plan.</param>
        /// <exception cref="ArgumentException">A rule is an answerCode without a two-character code.</exception>
        public void Load(FaultPlan plan)
        {
            ArgumentNullException.ThrowIfNull(plan);
            foreach (FaultRule rule in plan.Rules)
            {
                Check(rule);
            }

            lock (_gate)
            {
                _rules.Clear();
                _rules.AddRange(plan.Rules.Select(r => new RuleState(r)));
                if (plan.Seed.HasValue)
                {
                    _random = new Random(plan.Seed.Value);
                }
            }

            Maintenance = plan.Maintenance;
        }

        /// <summary>Adds a rule after the existing ones.</summary>
        /// <param name="rule">The rule.</param>
        /// <exception cref="ArgumentException">The rule is an answerCode without a two-character code.</exception>
        public void Add(FaultRule rule)
        {
            ArgumentNullException.ThrowIfNull(rule);
            Check(rule);
            lock (_gate)
            {
                _rules.Add(new RuleState(rule));
            }
        }

        /// <summary>Removes every rule (maintenance is unchanged).</summary>
        public void Clear()
        {
            lock (_gate)
            {
                _rules.Clear();
            }
        }

        /// <summary>Restarts the random source.</summary>
        /// <param name="seed">The new seed.</param>
        public void Reseed(int seed)
        {
            lock (_gate)
            {
                _random = new Random(seed);
            }
        }

        /// <summary>Decides the fault for one request and counts it.</summary>
        /// <param name="request">The request.</param>
        /// <returns>The rule that fired, or null for a clean answer.</returns>
        public FaultRule Decide(IsoMessage request)
        {
            ArgumentNullException.ThrowIfNull(request);
            lock (_gate)
            {
                FaultRule fired = null;
                foreach (RuleState state in _rules)
                {
                    if (state.Rule.Match != null && !state.Rule.Match.Takes(request))
                    {
                        continue;
                    }

                    state.Taken++;
                    if (fired != null)
                    {
                        continue;
                    }

                    int? nth = state.Rule.Match?.Nth;
                    bool fires = (!nth.HasValue || nth.Value == state.Taken)
                        && (!state.Rule.Times.HasValue || state.Fired < state.Rule.Times.Value)
                        && (state.Rule.Probability >= 1.0 || _random.NextDouble() < state.Rule.Probability);
                    if (fires)
                    {
                        state.Fired++;
                        fired = state.Rule;
                    }
                }

                return fired;
            }
        }

        /// <summary>Draws a number in [0, max) from the seeded source (for corrupted byte positions).</summary>
        internal int Next(int max)
        {
            lock (_gate)
            {
                return _random.Next(max);
            }
        }

        /// <summary>Refuses a rule that could not produce a well-formed answer (plans from JSON are checked when parsed; rules built in code here).</summary>
        private static void Check(FaultRule rule)
        {
            if (rule.Kind == FaultKind.AnswerCode && !FaultPlan.IsResponseCode(rule.Code))
            {
                throw new ArgumentException("An answerCode fault needs Code: two letters or digits such as \"98\" or \"A0\", not " + (rule.Code == null ? "null" : "'" + rule.Code + "'") + ".", nameof(rule));
            }
        }

        private sealed class RuleState
        {
            public RuleState(FaultRule rule)
            {
                Rule = rule;
            }

            public FaultRule Rule { get; }

            public int Taken { get; set; }

            public int Fired { get; set; }
        }
    }
}
