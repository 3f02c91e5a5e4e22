using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using NanoPos.HostSim;
using NanoPos.Iso8583;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos host-sim</c>: runs the acquirer host simulator on 127.0.0.1 until Ctrl+C, printing one line per
    /// request (time, connection, MTIs, masked card, amount, STAN, terminal, response code, fault, ledger effect);
    /// with <c>--bench</c>, measures its throughput with ledger files of 0, 5,000 and 50,000 entries instead.
    /// </summary>
    public static class HostSimCommand
    {
        /// <summary>Runs the command until Ctrl+C (SIGINT) or SIGTERM.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;

            // `kill` (SIGTERM) stops it the same way, so the ledger file is written on exit there too.
            using PosixSignalRegistration onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            try
            {
                return Run(args, output, error, stop.Token);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }

        /// <summary>Runs the command until <paramref name="stop"/> is cancelled (tests, embedding).</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken stop)
        {
            TextWriter log = TextWriter.Synchronized(output);
            HostSimOptions options;
            var flags = new Flags();
            try
            {
                options = Parse(args, flags);
            }
            catch (ArgumentException e)
            {
                error.WriteLine("nanopos host-sim: " + e.Message);
                Usage(error);
                return 2;
            }
            catch (Exception e) when (e is FaultPlanFormatException || e is IOException || e is UnauthorizedAccessException)
            {
                error.WriteLine("nanopos host-sim: " + flags.FaultsPath + ": " + e.Message);
                return 1;
            }

            if (options == null)
            {
                Usage(output);
                return 0;
            }

            if (flags.Bench)
            {
                return Bench(log, flags);
            }

            HostSimulator sim;
            try
            {
                sim = HostSimulator.Start(options, (_, e) => Print(log, e, flags.Verbose));
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                error.WriteLine("nanopos host-sim: port " + options.Port + " on 127.0.0.1 is already in use (another host-sim or another program listens there); stop it or pick another port with --port.");
                return 1;
            }
            catch (SocketException e)
            {
                error.WriteLine("nanopos host-sim: cannot listen on 127.0.0.1:" + options.Port + ": " + e.Message);
                return 1;
            }
            catch (FormatException e)
            {
                // The log reader's messages already start with the file's path.
                string full = Path.GetFullPath(options.LedgerPath);
                error.WriteLine("nanopos host-sim: cannot load the ledger: " + (e.Message.StartsWith(full, StringComparison.Ordinal) ? e.Message : full + ": " + e.Message));
                return 1;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                error.WriteLine("nanopos host-sim: cannot open the ledger " + options.LedgerPath + ": " + e.Message);
                return 1;
            }

            using (sim)
            {
                Describe(log, sim, options, flags.FaultsPath);
                stop.WaitHandle.WaitOne();
                sim.StopAsync().GetAwaiter().GetResult();
                string entries = sim.Ledger.Count + (sim.Ledger.Count == 1 ? " entry" : " entries");
                log.WriteLine(options.LedgerPath != null
                    ? "stopped; ledger log " + sim.LedgerWriter.Path + " holds " + entries + (sim.LedgerWriter.LastError != null ? "; last write error: " + sim.LedgerWriter.LastError.Message : string.Empty)
                    : "stopped; ledger was in memory only (" + entries + ")");
            }

            return 0;
        }

        private static int Bench(TextWriter log, Flags flags)
        {
            string directory = Path.GetFullPath(flags.BenchDirectory ?? Path.GetTempPath());
            IReadOnlyList<LedgerBenchmarkRow> rows = LedgerBenchmark.Run(directory, LedgerBenchmark.DefaultSizes, flags.BenchSales, flags.BenchRounds, log.WriteLine);
            log.WriteLine();
            log.Write(LedgerBenchmark.Format(rows, directory, flags.BenchRounds));
            return 0;
        }

        private static HostSimOptions Parse(string[] args, Flags flags)
        {
            var options = new HostSimOptions { Port = 5800, BlockedPans = new List<string>(), Server = new HostServerOptions() };
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                switch (name)
                {
                    case "--port":
                        options.Port = Number(args, ref i, 0, 65535);
                        break;
                    case "--seed":
                        options.Seed = Number(args, ref i, int.MinValue, int.MaxValue);
                        break;
                    case "--faults":
                        flags.FaultsPath = Value(args, ref i);
                        options.Faults = FaultPlan.Load(flags.FaultsPath);
                        break;
                    case "--ledger":
                        options.LedgerPath = Value(args, ref i);
                        break;
                    case "--blocked-pan":
                        string pan = Value(args, ref i);
                        if (pan.Length == 0 || !pan.All(char.IsAsciiDigit))
                        {
                            // Masked: a mistyped card number is still a card number.
                            throw new ArgumentException("--blocked-pan needs a card number (digits only), not '" + FieldMasker.MaskPan(pan) + "'.");
                        }

                        options.BlockedPans.Add(pan);
                        break;
                    case "--max-connections":
                        options.Server.MaxConnections = Number(args, ref i, 1, 100_000);
                        break;
                    case "--idle-timeout":
                        options.Server.IdleTimeoutMs = Number(args, ref i, 1, 86_400) * 1000;
                        break;
                    case "--bench":
                        flags.Bench = true;
                        break;
                    case "--bench-sales":
                        flags.BenchSales = Number(args, ref i, 10, 1_000_000);
                        break;
                    case "--bench-rounds":
                        flags.BenchRounds = Number(args, ref i, 1, 100);
                        break;
                    case "--bench-dir":
                        flags.BenchDirectory = Value(args, ref i);
                        break;
                    case "--verbose":
                        flags.Verbose = true;
                        break;
                    case "--help":
                    case "-h":
                        return null;
                    default:
                        throw new ArgumentException("unknown option '" + name + "'.");
                }
            }

            if (options.Faults != null && options.Seed == null)
            {
                options.Seed = options.Faults.Seed;
            }

            return options;
        }

        private static string Value(string[] args, ref int i)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException(args[i] + " needs a value.");
            }

            return args[++i];
        }

        private static int Number(string[] args, ref int i, int minimum, int maximum)
        {
            string name = args[i];
            string text = Value(args, ref i);
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) || value < minimum || value > maximum)
            {
                throw new ArgumentException(name + " needs a number from " + minimum + " to " + maximum + ", not '" + text + "'.");
            }

            return value;
        }

        private static void Describe(TextWriter log, HostSimulator sim, HostSimOptions options, string faultsPath)
        {
            log.WriteLine("nanopos host-sim: listening on 127.0.0.1:" + sim.Port + " (CUP profile: 2-byte length + 5-byte TPDU; answers swap the TPDU addresses)");
            log.WriteLine(faultsPath == null
                ? "faults: none (add --faults FILE; see tools/NanoPos.HostSim/examples/faults.json)"
                : "faults: " + faultsPath + " (" + sim.Faults.Rules.Count + " rules, seed " + (options.Seed ?? 0) + ", maintenance " + FaultPlan.NameOf(sim.Faults.Maintenance) + ")");
            if (options.BlockedPans.Count > 0)
            {
                log.WriteLine("blocked cards (answered 14): " + string.Join(", ", options.BlockedPans.Select(FieldMasker.MaskPan)));
            }

            log.WriteLine(options.LedgerPath == null
                ? "ledger: in memory only (add --ledger FILE to keep it as an append-only log)"
                : "ledger: " + sim.LedgerWriter.Path + " (" + (sim.Ledger.Count == 0 ? "new" : "loaded " + sim.Ledger.Count + " entries") + "), append-only log: one line per decided request, fsynced before its answer");
            foreach (string warning in options.LedgerPath == null ? new List<string>() : sim.LedgerWriter.Warnings)
            {
                log.WriteLine("ledger warning: " + warning);
            }

            log.WriteLine("connections: at most " + sim.Server.Options.MaxConnections + " open at once; idle ones closed after " + (sim.Server.Options.IdleTimeoutMs / 1000) + " s");
            log.WriteLine("Ctrl+C stops.");
        }

        private static void Print(TextWriter log, HostSimEvent e, bool verbose)
        {
            bool connectionNoise = e.Kind == HostSimEventKind.ConnectionOpened || e.Kind == HostSimEventKind.ConnectionClosed || e.Kind == HostSimEventKind.Listening;
            if (!connectionNoise || verbose)
            {
                log.WriteLine(e.ToString());
            }
        }

        private static void Usage(TextWriter w)
        {
            w.WriteLine("usage: nanopos host-sim [--port N] [--faults FILE] [--ledger FILE] [--seed N] [--blocked-pan PAN]...");
            w.WriteLine("                        [--max-connections N] [--idle-timeout S] [--verbose]");
            w.WriteLine("       nanopos host-sim --bench [--bench-sales N] [--bench-rounds N] [--bench-dir DIR]");
            w.WriteLine("  --port N             TCP port on 127.0.0.1 (default 5800; 0 picks a free one); a port in use is an error (exit 1).");
            w.WriteLine("  --faults FILE        Fault plan (JSON; see tools/NanoPos.HostSim/README.md).");
            w.WriteLine("  --ledger FILE        Ledger as an append-only log: replayed if it exists, one line per decided request, fsynced");
            w.WriteLine("                       before the answer; compacted when half of it is superseded.");
            w.WriteLine("  --seed N             Seed of authorization codes and fault probabilities (default: the plan's, or 0).");
            w.WriteLine("  --blocked-pan PAN    A card declined with 14 (repeatable).");
            w.WriteLine("  --max-connections N  Connections open at once (default " + HostServerOptions.DefaultMaxConnections + "); more are closed at once, with a log line.");
            w.WriteLine("  --idle-timeout S     Close a connection silent for S seconds (default " + (HostServerOptions.DefaultIdleTimeoutMs / 1000) + ").");
            w.WriteLine("  --verbose            Also print connections opening and closing.");
            w.WriteLine("  --bench              Measure approved sales per second over TCP with 0, 5,000 and 50,000 entries in the ledger");
            w.WriteLine("                       file, print the table and exit; --bench-sales N timed sales per size and round (default 2000),");
            w.WriteLine("                       --bench-rounds N rounds, median and best shown (default 5), --bench-dir DIR where the files go");
            w.WriteLine("                       (default: the temp folder; the disk decides the figures).");
        }

        /// <summary>The options that are not <see cref="HostSimOptions"/>.</summary>
        private sealed class Flags
        {
            public bool Verbose { get; set; }

            public string FaultsPath { get; set; }

            public bool Bench { get; set; }

            public int BenchSales { get; set; } = 2000;

            public int BenchRounds { get; set; } = 5;

            public string BenchDirectory { get; set; }
        }
    }
}
