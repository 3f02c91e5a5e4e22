using System;
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

        /// <summary>Runs the command.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            int frames = DefaultFrames;
            int seed = DefaultSeed;
            for (int i = 0; i < args.Length; i++)
            {
                string value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--frames" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out frames) && frames > 0:
                        i++;
                        break;
                    case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed):
                        i++;
                        break;
                    default:
                        error.WriteLine($"nanopos mutate: unexpected argument '{args[i]}'. Usage: nanopos mutate [--frames N (>0)] [--seed S]");
                        return 2;
                }
            }

            var mutator = new FrameMutator(seed);
            MutationReport report = mutator.Run(frames);
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

            return report.CrashCount == 0 ? 0 : 1;
        }
    }
}
