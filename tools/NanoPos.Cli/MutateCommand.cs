using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using NanoPos.Iso8583;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos mutate [--frames N] [--seed S]</c>: the randomized robustness run of the ISO 8583 codec.
    /// Damages valid frames of both profiles and unpacks them; every failure must be an
    /// <see cref="IsoFormatException"/>. Exit 0 with no crash, 1 with any, 2 on bad usage.
    /// </summary>
    public static class MutateCommand
    {
        /// <summary>The default number of mutated frames.</summary>
        public const int DefaultFrames = 100_000;

        /// <summary>The default seed, so two runs without --seed are the same run.</summary>
        public const int DefaultSeed = 8583;

        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            Option<int> frames = CliOption.Number("--frames", "N", "How many damaged frames to unpack.", DefaultFrames, minimum: 1);
            Option<int> seed = CliOption.Number("--seed", "S", "The random seed; the same seed gives the same frames.", DefaultSeed);
            Option<string> junit = CliOption.Text("--junit", "FILE", "Also write the result as JUnit XML to FILE: one test case per valid frame the mutations started from, failed when one of them crashed the codec.");
            var verb = new VerbCommand(
                "mutate",
                "[--frames N] [--seed S] [--junit FILE]",
                "Unpack N (default 100000) randomly damaged ISO 8583 frames; every failure must be a typed IsoFormatException.\n\n"
                + "Exit 0 with no crash, 1 with any (printed), 2 on bad usage.")
            {
                frames, seed, junit,
            };
            verb.SetAction(parsed => Run(parsed.GetValue(frames), parsed.GetValue(seed), parsed.GetValue(junit), context));
            return verb;
        }

        private static int Run(int frames, int seed, string junit, CliContext context)
        {
            TextWriter output = context.Output;
            var mutator = new FrameMutator(seed);
            MutationReport report = null;
            context.WithProgress("nanopos mutate", "frames", frames, progress =>
            {
                report = mutator.Run(frames, sofar => progress.Report(sofar.Frames, sofar.CrashCount + (sofar.CrashCount == 1 ? " crash" : " crashes")));
                return 0;
            });
            double seconds = report.Elapsed.TotalSeconds;
            output.WriteLine($"nanopos mutate: {report.Frames:N0} mutated frames from {mutator.SeedCount} valid frames (CUP terminal and ASCII 1987 profiles, every MTI), seed {seed}, {seconds:F2} s ({report.Frames / Math.Max(seconds, 1e-9):N0} frames/s)");
            output.WriteLine($"  still valid (unpacked, repacked to the same message)  {report.Valid,9:N0}");
            output.WriteLine($"  refused with IsoFormatException                       {report.Refused,9:N0}");
            foreach (var pair in report.ErrorsByReason)
            {
                output.WriteLine($"    {MessagePrinter.ReasonName(pair.Key),-22}{pair.Value,39:N0}");
            }

            output.WriteLine($"  crashes (any other exception or a bad repack)         {report.CrashCount,9:N0}");
            foreach (string crash in report.Crashes)
            {
                output.WriteLine("  CRASH " + crash);
            }

            if (junit != null)
            {
                JUnitXml.Save(JUnitXml.Build("nanopos mutate", Cases(report, seed)), junit);
                output.WriteLine("JUnit XML: " + junit);
            }

            return report.CrashCount == 0 ? 0 : 1;
        }

        // One case per valid frame the mutations started from; the time is shared out by the frames each got.
        private static List<JUnitCase> Cases(MutationReport report, int seed)
        {
            var cases = new List<JUnitCase>();
            foreach (MutationSeedTally tally in report.Seeds)
            {
                cases.Add(new JUnitCase
                {
                    Suite = "mutate (" + report.Frames.ToString("N0", CultureInfo.InvariantCulture) + " frames, seed " + seed.ToString(CultureInfo.InvariantCulture) + ")",
                    ClassName = "NanoPos.Iso8583." + tally.Profile.Replace(' ', '_'),
                    Name = tally.Mti + " #" + tally.Index.ToString(CultureInfo.InvariantCulture),
                    Seconds = report.Frames == 0 ? 0 : report.Elapsed.TotalSeconds * tally.Frames / report.Frames,
                    Failure = tally.Crashes == 0 ? null : tally.Crashes + (tally.Crashes == 1 ? " crash" : " crashes") + " of " + tally.Frames + " mutated frames",
                    FailureDetail = tally.FirstCrash,
                    Output = tally.Frames + " mutated frames: " + tally.Valid + " still valid, " + tally.Refused + " refused with IsoFormatException, " + tally.Crashes + " crashes",
                });
            }

            return cases;
        }
    }
}
