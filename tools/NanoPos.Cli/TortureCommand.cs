using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using NanoPos.Torture;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos torture [--seed N] [--flow NAME|all] [--quick] [--no-figures] [--verbose] [--violations N] [--list]</c>: the power-cut campaign
    /// (tools/NanoPos.Torture/README.md). Exit code 0 with no violation, 1 on any violation, 2 on bad usage.
    /// </summary>
    public static class TortureCommand
    {
        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes, and how progress is shown.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            Option<int> seed = CliOption.Number("--seed", "N", "The seed of every random choice (torn-write prefixes, the mixed flow's script, authorization codes).", CampaignOptions.DefaultSeed);
            Option<string> flow = CliOption.Text("--flow", "NAME", "Run one flow ('all' for every one; --list names them).");
            Option<bool> quick = CliOption.Flag("--quick", "The CI subset: every cut point, six torn prefixes per write, one second cut during recovery.");
            Option<bool> noFigures = CliOption.Flag("--no-figures", "Skip the steady-state figures after the campaign.");
            Option<bool> verbose = CliOption.Flag("--verbose", "Show each flow's summary and what each of its durable writes is.");
            Option<int> violations = CliOption.Number("--violations", "N", "How many violations are listed in full (all are counted).", new CampaignOptions().ViolationsListed, minimum: 0);
            Option<bool> list = CliOption.Flag("--list", "Print the flows' names and exit.");
            Option<string> junit = CliOption.Text("--junit", "FILE", "Also write the result as JUnit XML to FILE: one test case per flow, failed when it broke an invariant.");
            var verb = new VerbCommand(
                "torture",
                "[--seed N] [--flow NAME|all] [--quick] [--no-figures] [--verbose] [--violations N] [--junit FILE] [--list]",
                "Power-cut campaign: cut and tear every durable write of every flow, reboot, check the host ledger.\n\n"
                + "Exit 0 with no violation, 1 on any violation, 2 on bad usage.")
            {
                seed, flow, quick, noFigures, verbose, violations, junit, list,
            };
            verb.SetAction(parsed =>
            {
                if (parsed.GetValue(list))
                {
                    foreach (string name in Flows.Names)
                    {
                        context.Output.WriteLine(name);
                    }

                    return 0;
                }

                var options = new CampaignOptions
                {
                    Seed = parsed.GetValue(seed),
                    Flow = parsed.GetValue(flow) ?? "all",
                    Quick = parsed.GetValue(quick),
                    Figures = !parsed.GetValue(noFigures),
                    Verbose = parsed.GetValue(verbose),
                    ViolationsListed = parsed.GetValue(violations),
                };
                return Run(options, parsed.GetValue(junit), context);
            });
            return verb;
        }

        /// <summary>Runs the campaign with the arguments that follow "torture" and prints the report.</summary>
        /// <param name="args">The arguments.</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <returns>0 with no violation, 1 on any violation, 2 on bad usage.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            return Program.Run(Program.Verb("torture", args), output, error);
        }

        private static int Run(CampaignOptions options, string junit, CliContext context)
        {
            TextWriter output = context.Output;
            TextWriter error = context.Error;
            if (options.Flow != "all" && !Flows.Names.Contains(options.Flow))
            {
                error.WriteLine($"nanopos torture: unknown flow '{options.Flow}'; the flows are: {string.Join(", ", Flows.Names)}, all.");
                return 2;
            }

            int flows = options.Flow == "all" ? Flows.Names.Count : 1;
            CampaignReport report = null;
            context.WithProgress("nanopos torture", "flows", flows, progress =>
            {
                int done = 0;
                int violations = 0;
                report = Campaign.Run(options, flow =>
                {
                    done++;
                    violations += flow.Violations.Count;
                    progress.Report(done, flow.Flow + " done, " + violations + (violations == 1 ? " violation" : " violations") + " so far");
                });
                return 0;
            });
            report.Print(output);
            if (junit != null)
            {
                JUnitXml.Save(JUnitXml.Build("nanopos torture", Cases(report)), junit);
                output.WriteLine("JUnit XML: " + junit);
            }

            return report.ViolationCount == 0 ? 0 : 1;
        }

        /// <summary>The JUnit cases of a campaign: one per flow, its variants as output, its violations (as many as the report lists) as the failure.</summary>
        /// <param name="report">The campaign's report.</param>
        /// <returns>The cases, in the order the flows ran.</returns>
        public static List<JUnitCase> Cases(CampaignReport report)
        {
            CampaignOptions options = report.Options;
            string suite = "torture (" + (options.Quick ? "quick" : "full") + ", seed " + options.Seed.ToString(CultureInfo.InvariantCulture) + ")";
            var cases = new List<JUnitCase>();
            foreach (FlowReport flow in report.Flows)
            {
                IReadOnlyList<Violation> violations = flow.Violations;
                cases.Add(new JUnitCase
                {
                    Suite = suite,
                    ClassName = "NanoPos.Torture." + (options.Quick ? "Quick" : "Full"),
                    Name = flow.Flow,
                    Seconds = flow.Elapsed.TotalSeconds,
                    Failure = violations.Count == 0 ? null : violations.Count + (violations.Count == 1 ? " violation: " : " violations, the first: ") + violations[0],
                    FailureDetail = violations.Count == 0 ? null : string.Join("\n", violations.Take(options.ViolationsListed)),
                    Output = flow.Summary + "\nwrites " + flow.WritesByProfile + ", cuts " + flow.CutPoints + ", torn " + flow.TornVariants + ", 2nd cuts " + flow.DoubleCuts
                        + ", damaged " + flow.DamageVariants + ", variants " + flow.Variants + ", violations " + violations.Count,
                });
            }

            return cases;
        }
    }
}
