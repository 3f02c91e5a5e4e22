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
        /// <summary>Runs the campaign and prints the report.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            var options = new CampaignOptions();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--seed" when i + 1 < args.Length:
                        if (!int.TryParse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed))
                        {
                            error.WriteLine($"nanopos torture: --seed needs a whole number, not '{args[i]}'.");
                            return 2;
                        }

                        options.Seed = seed;
                        break;
                    case "--flow" when i + 1 < args.Length:
                        options.Flow = args[++i];
                        break;
                    case "--violations" when i + 1 < args.Length:
                        if (!int.TryParse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture, out int listed) || listed < 0)
                        {
                            error.WriteLine($"nanopos torture: --violations needs a count, not '{args[i]}'.");
                            return 2;
                        }

                        options.ViolationsListed = listed;
                        break;
                    case "--quick":
                        options.Quick = true;
                        break;
                    case "--verbose":
                        options.Verbose = true;
                        break;
                    case "--no-figures":
                        options.Figures = false;
                        break;
                    case "--list":
                        foreach (string name in Flows.Names)
                        {
                            output.WriteLine(name);
                        }

                        return 0;
                    default:
                        error.WriteLine($"nanopos torture: unexpected argument '{args[i]}'.");
                        error.WriteLine("usage: nanopos torture [--seed N] [--flow NAME|all] [--quick] [--no-figures] [--verbose] [--violations N] [--list]");
                        return 2;
                }
            }

            if (options.Flow != "all" && !Flows.Names.Contains(options.Flow))
            {
                error.WriteLine($"nanopos torture: unknown flow '{options.Flow}'; the flows are: {string.Join(", ", Flows.Names)}, all.");
                return 2;
            }

            CampaignReport report = Campaign.Run(options);
            report.Print(output);
            return report.ViolationCount == 0 ? 0 : 1;
        }
    }
}
