using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace NanoPos.Torture
{
    /// <summary>What the campaign did for one flow under one engine profile and one recovery procedure.</summary>
    public sealed class ConfigurationReport
    {
        /// <summary>Creates a report.</summary>
        /// <param name="profile">The engine profile.</param>
        /// <param name="recovery">The recovery procedure.</param>
        /// <param name="writes">The durable writes of a clean run (W).</param>
        /// <param name="writeLabels">What each of those writes was ("j001 Outcome 108 B").</param>
        /// <param name="cutPoints">The power cuts tried (one per write).</param>
        /// <param name="tornVariants">The torn writes tried.</param>
        /// <param name="doubleCuts">The variants cut a second time during recovery.</param>
        /// <param name="violations">Every violation found.</param>
        public ConfigurationReport(string profile, Recovery recovery, int writes, IReadOnlyList<string> writeLabels, int cutPoints, int tornVariants, int doubleCuts, IReadOnlyList<Violation> violations)
        {
            Profile = profile;
            Recovery = recovery;
            Writes = writes;
            WriteLabels = writeLabels;
            CutPoints = cutPoints;
            TornVariants = tornVariants;
            DoubleCuts = doubleCuts;
            Violations = violations;
        }

        /// <summary>Gets the engine profile.</summary>
        public string Profile { get; }

        /// <summary>Gets the recovery procedure.</summary>
        public Recovery Recovery { get; }

        /// <summary>Gets the durable writes of a clean run (W).</summary>
        public int Writes { get; }

        /// <summary>Gets what each write of the clean run was.</summary>
        public IReadOnlyList<string> WriteLabels { get; }

        /// <summary>Gets the power cuts tried.</summary>
        public int CutPoints { get; }

        /// <summary>Gets the torn writes tried.</summary>
        public int TornVariants { get; }

        /// <summary>Gets the variants cut again during recovery.</summary>
        public int DoubleCuts { get; }

        /// <summary>Gets every violation.</summary>
        public IReadOnlyList<Violation> Violations { get; }

        /// <summary>Gets the damage variants tried (a record unreadable or a bit flipped after a write, no power cut).</summary>
        public int DamageVariants { get; init; }

        /// <summary>Gets the variants run: the clean one, the cuts, the torn writes, the double cuts and the damaged records.</summary>
        public int Variants => 1 + CutPoints + TornVariants + DoubleCuts + DamageVariants;
    }

    /// <summary>What the campaign did for one flow, over every engine profile and recovery procedure.</summary>
    public sealed class FlowReport
    {
        /// <summary>Creates a report.</summary>
        /// <param name="flow">The flow name.</param>
        /// <param name="summary">What the flow does.</param>
        /// <param name="configurations">One report per engine profile and recovery procedure.</param>
        /// <param name="elapsed">The wall time.</param>
        public FlowReport(string flow, string summary, IReadOnlyList<ConfigurationReport> configurations, TimeSpan elapsed)
        {
            Flow = flow;
            Summary = summary;
            Configurations = configurations;
            Elapsed = elapsed;
        }

        /// <summary>Gets the flow name.</summary>
        public string Flow { get; }

        /// <summary>Gets what the flow does.</summary>
        public string Summary { get; }

        /// <summary>Gets one report per engine profile and recovery procedure.</summary>
        public IReadOnlyList<ConfigurationReport> Configurations { get; }

        /// <summary>Gets the wall time.</summary>
        public TimeSpan Elapsed { get; }

        /// <summary>Gets the power cuts tried, over all configurations.</summary>
        public int CutPoints => Configurations.Sum(c => c.CutPoints);

        /// <summary>Gets the torn writes tried, over all configurations.</summary>
        public int TornVariants => Configurations.Sum(c => c.TornVariants);

        /// <summary>Gets the double cuts tried, over all configurations.</summary>
        public int DoubleCuts => Configurations.Sum(c => c.DoubleCuts);

        /// <summary>Gets the damage variants tried, over all configurations.</summary>
        public int DamageVariants => Configurations.Sum(c => c.DamageVariants);

        /// <summary>Gets the variants run, over all configurations.</summary>
        public int Variants => Configurations.Sum(c => c.Variants);

        /// <summary>Gets every violation, over all configurations.</summary>
        public IReadOnlyList<Violation> Violations => Configurations.SelectMany(c => c.Violations).ToList();

        /// <summary>Gets the durable writes of a clean run per engine profile, "4/5" (standard/tight).</summary>
        public string WritesByProfile => string.Join("/", Configurations.Where(c => c.Recovery == Recovery.Plain).Select(c => c.Writes.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The whole campaign's outcome, and how to print it.</summary>
    public sealed class CampaignReport
    {
        /// <summary>Creates a report.</summary>
        /// <param name="options">The options the campaign ran with.</param>
        /// <param name="flows">The per-flow reports.</param>
        /// <param name="elapsed">The campaign's wall time (without the figures).</param>
        /// <param name="figures">The steady-state figures, or null when not measured.</param>
        public CampaignReport(CampaignOptions options, IReadOnlyList<FlowReport> flows, TimeSpan elapsed, SteadyStateFigures figures)
        {
            Options = options;
            Flows = flows;
            Elapsed = elapsed;
            Figures = figures;
        }

        /// <summary>Gets the options.</summary>
        public CampaignOptions Options { get; }

        /// <summary>Gets the per-flow reports.</summary>
        public IReadOnlyList<FlowReport> Flows { get; }

        /// <summary>Gets the wall time.</summary>
        public TimeSpan Elapsed { get; }

        /// <summary>Gets the steady-state figures, or null.</summary>
        public SteadyStateFigures Figures { get; }

        /// <summary>Gets every violation of every flow.</summary>
        public IEnumerable<Violation> Violations => Flows.SelectMany(f => f.Violations);

        /// <summary>Gets the number of violations.</summary>
        public int ViolationCount => Flows.Sum(f => f.Violations.Count);

        /// <summary>Gets the damage variants tried, over all flows.</summary>
        public int DamageVariants => Flows.Sum(f => f.DamageVariants);

        /// <summary>Prints the table (one row per flow and profile), the totals, the violations and the figures.</summary>
        /// <param name="w">Where to print.</param>
        public void Print(TextWriter w)
        {
            w.WriteLine("nanopos torture: " + (Options.Quick ? "quick" : "full") + " campaign, seed " + Options.Seed + ", flow " + (Options.Flow ?? "all"));
            w.WriteLine("every flow runs under " + EngineProfile.All.Count * Campaign.Recoveries.Count + " configurations (engine profile x recovery):");
            foreach (EngineProfile profile in EngineProfile.All)
            {
                w.WriteLine("  profile " + profile.Name + ": " + profile.Summary);
            }

            w.WriteLine("  recovery plain: after a cut, a new engine's Start() (recover, flush reversals); sign-on: Start(), then a sign-on");
            w.WriteLine("writes = durable writes of a clean run (standard/tight) = the cut points per configuration;");
            w.WriteLine("torn = torn writes (" + (Options.Quick ? "6 prefixes per write" : "every prefix length 0..whole record per write")
                + "); 2nd cuts = cut at k, then again at " + (Options.Quick ? "the first write" : "every write (lost, torn after 10 bytes, or landed)") + " of the recovery;");
            w.WriteLine("damaged = no power cut: after write k, " + (Options.Quick ? "the record it wrote" : "every stored record")
                + " made unreadable, and one of its bits flipped; the flow runs on, the terminal reboots and reads it");
            w.WriteLine();
            w.WriteLine(Row("flow", "writes", "cuts", "torn", "2nd cuts", "damaged", "variants", "violations", "time"));
            foreach (FlowReport f in Flows)
            {
                w.WriteLine(Row(f.Flow, f.WritesByProfile, N(f.CutPoints), N(f.TornVariants), N(f.DoubleCuts), N(f.DamageVariants), N(f.Variants), N(f.Violations.Count), Ms(f.Elapsed)));
                if (Options.Verbose)
                {
                    w.WriteLine("    " + f.Summary);
                    foreach (ConfigurationReport c in f.Configurations.Where(c => c.Recovery == Recovery.Plain))
                    {
                        w.WriteLine("    " + c.Profile + " writes: " + string.Join(", ", c.WriteLabels.Select((label, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + " " + label)));
                    }
                }
            }

            w.WriteLine(Row("total", string.Empty, N(Flows.Sum(f => f.CutPoints)), N(Flows.Sum(f => f.TornVariants)), N(Flows.Sum(f => f.DoubleCuts)),
                N(Flows.Sum(f => f.DamageVariants)), N(Flows.Sum(f => f.Variants)), N(ViolationCount), Ms(Elapsed)));
            w.WriteLine();
            if (ViolationCount == 0)
            {
                w.WriteLine("0 violations: every host approval is in the terminal's batch or reversed, never both, never twice; no STAN reused;");
                w.WriteLine("no reversal lost; totals match the host's; a reboot believes what the terminal believed.");
            }
            else
            {
                w.WriteLine(ViolationCount + " violation(s):");
                foreach (var byCheck in Violations.GroupBy(v => v.Check))
                {
                    w.WriteLine("  " + byCheck.Key + ": " + byCheck.Count());
                }

                foreach (Violation v in Violations.Take(Options.ViolationsListed))
                {
                    w.WriteLine("  " + v);
                }

                if (ViolationCount > Options.ViolationsListed)
                {
                    w.WriteLine("  … and " + (ViolationCount - Options.ViolationsListed) + " more (--flow NAME narrows the run)");
                }
            }

            if (Figures != null)
            {
                w.WriteLine();
                Figures.Print(w);
            }
        }

        private static string Row(string flow, string writes, string cuts, string torn, string doubles, string damaged, string variants, string violations, string time)
        {
            return string.Format(CultureInfo.InvariantCulture, "{0,-28} {1,7} {2,6} {3,7} {4,9} {5,8} {6,9} {7,11} {8,10}", flow, writes, cuts, torn, doubles, damaged, variants, violations, time);
        }

        private static string N(int n)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        private static string Ms(TimeSpan t)
        {
            return ((long)t.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";
        }
    }
}
