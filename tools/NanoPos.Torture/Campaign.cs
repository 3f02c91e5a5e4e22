using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace NanoPos.Torture
{
    /// <summary>
    /// The power-cut campaign: for every flow, under every engine profile and recovery procedure, a clean run counts
    /// the durable writes W; then for every k in 1..W the power is cut at write k, write k is torn at every prefix
    /// length (a subset with --quick), and the power is cut at k and again at each write of the recovery; each
    /// variant reboots, finishes and is checked against the host's ledger.
    /// </summary>
    public static class Campaign
    {
        /// <summary>Runs the campaign.</summary>
        /// <param name="options">What to run (null: the full campaign, seed 1).</param>
        /// <param name="progress">Receives each flow's report as it finishes (null: none).</param>
        /// <returns>The report.</returns>
        /// <exception cref="ArgumentException">The flow name is unknown.</exception>
        public static CampaignReport Run(CampaignOptions options = null, Action<FlowReport> progress = null)
        {
            options ??= new CampaignOptions();
            IList<Flow> flows = Select(options);
            var total = Stopwatch.StartNew();
            var reports = new List<FlowReport>();
            foreach (Flow flow in flows)
            {
                var clock = Stopwatch.StartNew();
                var configurations = new List<ConfigurationReport>();
                foreach (EngineProfile profile in EngineProfile.All)
                {
                    foreach (Recovery recovery in Recoveries)
                    {
                        configurations.Add(RunConfiguration(flow, profile, recovery, options));
                    }
                }

                clock.Stop();
                var report = new FlowReport(flow.Name, flow.Summary, configurations, clock.Elapsed);
                reports.Add(report);
                progress?.Invoke(report);
            }

            total.Stop();
            return new CampaignReport(options, reports, total.Elapsed, options.Figures ? SteadyState.Measure(options.Seed) : null);
        }

        /// <summary>Gets the recovery procedures every flow runs under.</summary>
        public static IReadOnlyList<Recovery> Recoveries { get; } = new[] { Recovery.Plain, Recovery.SignOn };

        private static IList<Flow> Select(CampaignOptions options)
        {
            IList<Flow> all = Flows.Catalog(options.Seed);
            if (options.Flow == null || options.Flow == "all")
            {
                return all;
            }

            List<Flow> chosen = all.Where(f => f.Name == options.Flow).ToList();
            if (chosen.Count == 0)
            {
                throw new ArgumentException("Unknown flow '" + options.Flow + "'; the flows are: " + string.Join(", ", all.Select(f => f.Name)) + ", all.");
            }

            return chosen;
        }

        private static ConfigurationReport RunConfiguration(Flow flow, EngineProfile profile, Recovery recovery, CampaignOptions options)
        {
            var runner = new VariantRunner(options, profile.Options(), recovery);
            var violations = new List<Violation>();
            string tag = profile.Name + "/" + (recovery == Recovery.Plain ? "plain" : "sign-on");

            VariantResult clean = runner.Run(flow, new VariantPlan { Kind = VariantKind.Clean });
            Collect(violations, clean, tag);
            int writes = clean.FlowWrites;
            var labels = clean.Writes.Take(writes).Select(w => w.ToString()).ToList();
            int cuts = 0, torn = 0, doubles = 0, damaged = 0;
            var random = new Random(unchecked(options.Seed * 31 + StableHash(flow.Name + "/" + tag)));
            for (int k = 1; k <= writes; k++)
            {
                WriteRecord write = clean.Writes[k - 1];
                VariantResult cut = runner.Run(flow, new VariantPlan { Kind = VariantKind.Cut, At = k, Label = write.ToString() });
                Collect(violations, cut, tag);
                cuts++;

                foreach (int prefix in Prefixes(write.Length, options.Quick, random))
                {
                    Collect(violations, runner.Run(flow, new VariantPlan { Kind = VariantKind.Torn, At = k, Prefix = prefix, Length = write.Length, Label = write.ToString() }), tag);
                    torn++;
                }

                int last = options.Quick ? Math.Min(1, cut.RecoveryWrites) : cut.RecoveryWrites;
                for (int j = 1; j <= last; j++)
                {
                    // The second fault: the write lost; torn after 10 bytes (its slot's old record destroyed); landed whole.
                    foreach (int second in options.Quick ? new[] { -1 } : new[] { -1, 10, VariantRunner.WholeRecord })
                    {
                        Collect(violations, runner.Run(flow, new VariantPlan { Kind = VariantKind.DoubleCut, At = k, SecondAt = j, SecondPrefix = second, Label = write.ToString() }), tag);
                        doubles++;
                    }
                }
            }

            foreach (VariantPlan plan in DamagePlans(clean.Writes, writes, options.Quick, random))
            {
                Collect(violations, runner.Run(flow, plan), tag);
                damaged++;
            }

            return new ConfigurationReport(profile.Name, recovery, writes, labels, cuts, torn, doubles, violations) { DamageVariants = damaged };
        }

        /// <summary>
        /// The damage variants of a flow (issue 11): after each write k of the clean run, each record stored at that point
        /// (quick: only the one write k wrote), made unreadable, and with one bit flipped (a bit drawn from the seed).
        /// </summary>
        internal static List<VariantPlan> DamagePlans(IReadOnlyList<WriteRecord> log, int writes, bool quick, Random random)
        {
            var plans = new List<VariantPlan>();
            var stored = new Dictionary<string, int>(StringComparer.Ordinal); // name -> its length now
            for (int k = 1; k <= writes; k++)
            {
                WriteRecord write = log[k - 1];
                if (write.Length == 0)
                {
                    stored.Remove(write.Name);
                }
                else
                {
                    stored[write.Name] = write.Length;
                }

                IEnumerable<string> targets = quick ? (write.Length > 0 ? new[] { write.Name } : Array.Empty<string>()) : stored.Keys.OrderBy(n => n, StringComparer.Ordinal).ToArray();
                foreach (string target in targets)
                {
                    int length = stored[target];
                    plans.Add(new VariantPlan { Kind = VariantKind.Damage, At = k, Target = target, Unreadable = true, Label = write.ToString() });
                    plans.Add(new VariantPlan { Kind = VariantKind.Damage, At = k, Target = target, Unreadable = false, Bit = random.Next(length * 8), Label = write.ToString() });
                }
            }

            return plans;
        }

        /// <summary>
        /// The torn-write prefixes of a record. The full run tries every length from 0 to the whole record (the whole
        /// record: the write landed, then the power died before the engine went on, a point no clean cut reaches). The
        /// quick run tries nothing, one byte, half, all but one, the whole record, and one length drawn from the seed.
        /// </summary>
        internal static List<int> Prefixes(int length, bool quick, Random random)
        {
            var prefixes = new SortedSet<int>();
            if (length <= 0)
            {
                return new List<int>();
            }

            if (!quick)
            {
                for (int p = 0; p <= length; p++)
                {
                    prefixes.Add(p);
                }

                return prefixes.ToList();
            }

            prefixes.Add(0);
            prefixes.Add(1);
            prefixes.Add(length / 2);
            prefixes.Add(length - 1);
            prefixes.Add(length);
            prefixes.Add(random.Next(length + 1));
            prefixes.RemoveWhere(p => p < 0 || p > length);
            return prefixes.ToList();
        }

        // string.GetHashCode is randomized per process; the prefixes must depend on the seed only.
        private static int StableHash(string text)
        {
            int hash = 17;
            foreach (char c in text)
            {
                hash = unchecked(hash * 31 + c);
            }

            return hash;
        }

        private static void Collect(List<Violation> into, VariantResult result, string tag)
        {
            foreach (Violation v in result.Violations)
            {
                into.Add(new Violation(v.Flow, tag + " " + v.Variant, v.Check, v.Message));
            }
        }
    }
}
