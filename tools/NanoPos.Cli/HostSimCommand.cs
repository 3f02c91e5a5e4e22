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
    /// request (time, connection, MTIs, masked card, amount, STAN, terminal, response code, fault, ledger effect).
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
            bool verbose = false;
            string faultsPath = null;
            try
            {
                options = Parse(args, ref verbose, ref faultsPath);
            }
            catch (ArgumentException e)
            {
                error.WriteLine("nanopos host-sim: " + e.Message);
                Usage(error);
                return 2;
            }
            catch (Exception e) when (e is FaultPlanFormatException || e is IOException || e is UnauthorizedAccessException)
            {
                error.WriteLine("nanopos host-sim: " + faultsPath + ": " + e.Message);
                return 1;
            }

            if (options == null)
            {
                Usage(output);
                return 0;
            }

            HostSimulator sim;
            try
            {
                sim = HostSimulator.Start(options, (_, e) => Print(log, e, verbose));
            }
            catch (SocketException e)
            {
                error.WriteLine("nanopos host-sim: cannot listen on 127.0.0.1:" + options.Port + ": " + e.Message);
                return 1;
            }
            catch (FormatException e)
            {
                error.WriteLine("nanopos host-sim: " + options.LedgerPath + " is not a ledger file: " + e.Message);
                return 1;
            }

            using (sim)
            {
                Describe(log, sim, options, faultsPath);
                stop.WaitHandle.WaitOne();
                sim.StopAsync().GetAwaiter().GetResult();
                string entries = sim.Ledger.Count + (sim.Ledger.Count == 1 ? " entry" : " entries");
                log.WriteLine(options.LedgerPath != null
                    ? "stopped; ledger written to " + sim.LedgerWriter.Path + " (" + entries + ")"
                    : "stopped; ledger was in memory only (" + entries + ")");
            }

            return 0;
        }

        private static HostSimOptions Parse(string[] args, ref bool verbose, ref string faultsPath)
        {
            var options = new HostSimOptions { Port = 5800, BlockedPans = new List<string>() };
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
                        faultsPath = Value(args, ref i);
                        options.Faults = FaultPlan.Load(faultsPath);
                        break;
                    case "--ledger":
                        options.LedgerPath = Value(args, ref i);
                        break;
                    case "--blocked-pan":
                        string pan = Value(args, ref i);
                        if (pan.Length == 0 || !pan.All(char.IsAsciiDigit))
                        {
                            throw new ArgumentException("--blocked-pan needs a card number (digits), not '" + pan + "'.");
                        }

                        options.BlockedPans.Add(pan);
                        break;
                    case "--verbose":
                        verbose = true;
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
                ? "ledger: in memory only (add --ledger FILE to keep it as JSON)"
                : "ledger: " + sim.LedgerWriter.Path + " (" + (sim.Ledger.Count == 0 ? "new" : "loaded " + sim.Ledger.Count + " entries") + "), written after every change and on exit");
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
            w.WriteLine("usage: nanopos host-sim [--port N] [--faults FILE] [--ledger FILE] [--seed N] [--blocked-pan PAN]... [--verbose]");
            w.WriteLine("  --port N           TCP port on 127.0.0.1 (default 5800; 0 picks a free one).");
            w.WriteLine("  --faults FILE      Fault plan (JSON; see tools/NanoPos.HostSim/README.md).");
            w.WriteLine("  --ledger FILE      Ledger as JSON: loaded if it exists, written after every change and on exit.");
            w.WriteLine("  --seed N           Seed of authorization codes and fault probabilities (default: the plan's, or 0).");
            w.WriteLine("  --blocked-pan PAN  A card declined with 14 (repeatable).");
            w.WriteLine("  --verbose          Also print connections opening and closing.");
        }
    }
}
