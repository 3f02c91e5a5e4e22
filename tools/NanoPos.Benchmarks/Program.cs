using System;
using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NanoPos.Cli;
using NanoPos.Iso8583;

namespace NanoPos.Benchmarks
{
    /// <summary>
    /// Entry point. <c>--alloc</c> runs a quick hand measurement of the bytes allocated per call
    /// (GC.GetAllocatedBytesForCurrentThread) next to the size of the values unpack returns; any other
    /// arguments go to BenchmarkDotNet (for example <c>--filter * --job short</c>).
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the benchmarks or the allocation check.</summary>
        public static int Main(string[] args)
        {
            if (args.Length == 1 && args[0] == "--alloc")
            {
                return AllocationCheck();
            }

            // Results go under artifacts/ with the other host outputs, not into the current folder.
            IConfig config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(RepositoryRoot(), "artifacts", "benchmarks"));
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
            return 0;
        }

        private static string RepositoryRoot()
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "nanoPos.sln")))
                {
                    return d.FullName;
                }
            }

            return Directory.GetCurrentDirectory();
        }

        private static int AllocationCheck()
        {
            var codec = new FrameCodec(CupTerminalProfile.Instance);
            var buffer = new byte[512];
            var tpduOut = new byte[Tpdu.Length];
            var into = new IsoMessage();
            byte[] request = Tpdu.Create(3, 0);
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
                Console.WriteLine($"{Mti.Format(message.Mti)} ({frame.Length}-byte frame): pack allocates {pack} B/op; unpack allocates {unpack} B/op, the returned values take {values} B");
                ok &= pack == 0 && unpack == values;
            }

            Console.WriteLine(ok ? "OK: pack allocates nothing, unpack only the values it returns." : "NOT OK: see the figures above.");
            return ok ? 0 : 1;
        }
    }
}
