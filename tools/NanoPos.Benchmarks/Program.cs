using System;
using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using NanoPos.Cli;
using NanoPos.Iso8583;

namespace NanoPos.Benchmarks
{
    /// <summary>
    /// Entry point. <c>--alloc</c> runs a quick hand measurement of the bytes allocated per call
    /// (GC.GetAllocatedBytesForCurrentThread) next to the size of the values unpack returns; <c>--check</c>
    /// runs only the round-trip check of every compared codec; any other arguments go to BenchmarkDotNet (for
    /// example <c>--filter * --job short</c>), after that same check.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the benchmarks, the round-trip check or the allocation check.</summary>
        public static int Main(string[] args)
        {
            if (args.Length == 1 && args[0] == "--alloc")
            {
                return AllocationCheck();
            }

            // No figure is worth printing for a codec that does not give back what it packed.
            if (!RoundTripCheck.Run(Console.Out))
            {
                return 1;
            }

            if (args.Length == 1 && args[0] == "--check")
            {
                return 0;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, Config(args));
            return 0;
        }

        /// <summary>
        /// BenchmarkDotNet builds a second project that references this one and rebuilds the references. That
        /// build must write where this program's own build wrote (the repository's artifacts/, or the folder given
        /// with -p:ArtifactsPath=...), or a run would overwrite the outputs of whoever builds the repository at the
        /// same time. So the job passes the same ArtifactsPath on, and the reports go next to it.
        /// </summary>
        private static IConfig Config(string[] args)
        {
            string artifacts = ArtifactsRoot();
            if (artifacts == null)
            {
                return DefaultConfig.Instance.WithArtifactsPath(Path.Combine(Directory.GetCurrentDirectory(), "benchmark-results"));
            }

            // A job marked as default is the base of the job named on the command line; BenchmarkDotNet then
            // ignores --job, so the named job is chosen here.
            Job job = NamedJob(args)
                .WithArguments(new[] { new MsBuildArgument("/p:ArtifactsPath=" + artifacts) })
                .AsDefault();
            return DefaultConfig.Instance
                .AddJob(job)
                .WithArtifactsPath(Path.Combine(artifacts, "benchmarks"));
        }

        // The build lays this program out as <ArtifactsPath>/bin/NanoPos.Benchmarks/<configuration>/; null when
        // it was built some other way.
        private static string ArtifactsRoot()
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            DirectoryInfo project = configuration.Parent;
            DirectoryInfo bin = project == null ? null : project.Parent;
            if (bin == null || bin.Name != "bin" || project.Name != "NanoPos.Benchmarks" || bin.Parent == null)
            {
                return null;
            }

            return bin.Parent.FullName;
        }

        private static Job NamedJob(string[] args)
        {
            string name = "default";
            for (int i = 0; i < args.Length; i++)
            {
                if ((args[i] == "--job" || args[i] == "-j") && i + 1 < args.Length)
                {
                    name = args[i + 1];
                }
                else if (args[i].StartsWith("--job=", StringComparison.Ordinal))
                {
                    name = args[i].Substring("--job=".Length);
                }
            }

            switch (name.ToLowerInvariant())
            {
                case "dry":
                    return Job.Dry;
                case "short":
                    return Job.ShortRun;
                case "medium":
                    return Job.MediumRun;
                case "long":
                    return Job.LongRun;
                case "verylong":
                    return Job.VeryLongRun;
                default:
                    return Job.Default;
            }
        }

        private static int AllocationCheck()
        {
            bool ok = true;
            foreach (MessageProfile profile in new[] { CupTerminalProfile.Instance, Ascii1987Profile.Instance })
            {
                ok &= AllocationCheck(profile);
            }

            Console.WriteLine(ok ? "OK: pack allocates nothing, unpack only the values it returns." : "NOT OK: see the figures above.");
            return ok ? 0 : 1;
        }

        private static bool AllocationCheck(MessageProfile profile)
        {
            var codec = new FrameCodec(profile);
            var buffer = new byte[512];
            var tpduOut = profile.TpduLength == 0 ? null : new byte[profile.TpduLength];
            var into = new IsoMessage();
            byte[] request = profile.TpduLength == 0 ? null : Tpdu.Create(3, 0);
            IsoMessage[] messages = { SampleFrames.Sale(), SampleFrames.SaleResponse() };
            const int Rounds = 100000;
            bool ok = true;
            foreach (IsoMessage message in messages)
            {
                byte[] frame = SampleMessages.Frame(codec, message, request);
                for (int i = 0; i < 1000; i++)
                {
                    codec.Pack(message, request, buffer, 0);
                    codec.Unpack(frame, 0, frame.Length, into, tpduOut);
                }

                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < Rounds; i++)
                {
                    codec.Pack(message, request, buffer, 0);
                }

                long pack = (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
                before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < Rounds; i++)
                {
                    codec.Unpack(frame, 0, frame.Length, into, tpduOut);
                }

                long unpack = (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
                long values = SampleMessages.ValueBytes(into);
                Console.WriteLine($"{profile.Name} {Mti.Format(message.Mti)} ({frame.Length}-byte frame): pack allocates {pack} B/op; unpack allocates {unpack} B/op, the returned values take {values} B");
                ok &= pack == 0 && unpack == values;
            }

            return ok;
        }
    }
}
