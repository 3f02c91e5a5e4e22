using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Sockets;
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
        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes, and what stops it (Ctrl+C or SIGTERM unless a token is given).</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            var options = new HostSimOptionSet();
            var verb = new VerbCommand(
                "host-sim",
                "[--port N] [--faults FILE] [--ledger FILE] [--seed N] [--blocked-pan PAN]... [--tmk HEX32] [--card-pin PAN=PIN]... [--mac-optional] "
                + "[--tls [--tls-name NAME] [--tls-ca-out FILE]] [--max-connections N] [--idle-timeout S] [--verbose] | --bench [--bench-sales N] [--bench-rounds N] [--bench-dir DIR]",
                "Run the acquirer host simulator on 127.0.0.1 (or --listen ADDRESS; default port " + HostSimArguments.DefaultPort + ") until Ctrl+C; a MAC is required unless "
                + "--mac-optional; --bench measures its approved sales per second with 0, 5,000 and 50,000 entries in the ledger file.\n\n"
                + "Exit 0 after Ctrl+C or SIGTERM, 1 when it cannot start (port in use, bad fault plan or ledger file, CA file not writable), 2 on bad usage.");
            options.AddTo(verb);
            verb.SetAction(parsed =>
            {
                HostSimArguments arguments;
                try
                {
                    arguments = options.Read(parsed);
                }
                catch (ArgumentException e)
                {
                    return UsageError(context.Error, e.Message);
                }

                return context.UntilStopped(stop => Serve(arguments, context.Output, context.Error, stop));
            });
            return verb;
        }

        /// <summary>Runs the command with the arguments that follow "host-sim" until <paramref name="stop"/> is cancelled (tests, embedding).</summary>
        /// <param name="args">The arguments.</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <param name="stop">Stops the simulator.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken stop)
        {
            return Program.Run(Program.Verb("host-sim", args), new CliContext(output, error) { Stop = stop });
        }

        private static int Serve(HostSimArguments arguments, TextWriter output, TextWriter error, CancellationToken stop)
        {
            TextWriter log = TextWriter.Synchronized(output);
            HostSimOptions options = arguments.Options;
            if (arguments.FaultsPath != null)
            {
                try
                {
                    options.Faults = FaultPlan.Load(arguments.FaultsPath);
                }
                catch (ArgumentException e)
                {
                    // A path the file system refuses outright (an empty one) is a mistyped option, not an unreadable file.
                    return UsageError(error, "--faults: " + e.Message);
                }
                catch (Exception e) when (e is FaultPlanFormatException || e is IOException || e is UnauthorizedAccessException)
                {
                    error.WriteLine("nanopos host-sim: " + arguments.FaultsPath + ": " + e.Message);
                    return 1;
                }

                // The seed printed at start is the one in use: the plan's, unless --seed overrode it.
                options.Seed ??= options.Faults.Seed;
            }

            if (arguments.Bench)
            {
                return Bench(log, arguments);
            }

            HostSimulator sim;
            try
            {
                sim = HostSimulator.Start(options, (_, e) => Print(log, e, arguments.Verbose));
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                error.WriteLine("nanopos host-sim: port " + options.Port + " on " + options.Server.Address + " is already in use (another host-sim or another program listens there); stop it or pick another port with --port.");
                return 1;
            }
            catch (SocketException e)
            {
                error.WriteLine("nanopos host-sim: cannot listen on " + options.Server.Address + ":" + options.Port + ": " + e.Message);
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
                if (arguments.TlsCaOut != null)
                {
                    try
                    {
                        File.WriteAllText(arguments.TlsCaOut, sim.Tls.AuthorityPem);
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                    {
                        error.WriteLine("nanopos host-sim: cannot write the CA certificate to " + arguments.TlsCaOut + ": " + e.Message);
                        return 1;
                    }
                }

                Describe(log, sim, options, arguments);
                stop.WaitHandle.WaitOne();
                sim.StopAsync().GetAwaiter().GetResult();
                string entries = sim.Ledger.Count + (sim.Ledger.Count == 1 ? " entry" : " entries");
                log.WriteLine(options.LedgerPath != null
                    ? "stopped; ledger log " + sim.LedgerWriter.Path + " holds " + entries + (sim.LedgerWriter.LastError != null ? "; last write error: " + sim.LedgerWriter.LastError.Message : string.Empty)
                    : "stopped; ledger was in memory only (" + entries + ")");
            }

            return 0;
        }

        private static int UsageError(TextWriter error, string message)
        {
            error.WriteLine("nanopos host-sim: " + message);
            error.WriteLine("See 'nanopos host-sim --help' for every option.");
            return Program.UsageError;
        }

        private static int Bench(TextWriter log, HostSimArguments arguments)
        {
            string directory = Path.GetFullPath(arguments.BenchDirectory ?? Path.GetTempPath());
            IReadOnlyList<LedgerBenchmarkRow> rows = LedgerBenchmark.Run(directory, LedgerBenchmark.DefaultSizes, arguments.BenchSales, arguments.BenchRounds, log.WriteLine);
            log.WriteLine();
            log.Write(LedgerBenchmark.Format(rows, directory, arguments.BenchRounds));
            return 0;
        }

        private static void Describe(TextWriter log, HostSimulator sim, HostSimOptions options, HostSimArguments arguments)
        {
            string faultsPath = arguments.FaultsPath;
            log.WriteLine("nanopos host-sim: listening on " + options.Server.Address + ":" + sim.Port + (sim.Tls != null ? " over TLS 1.2/1.3" : string.Empty) + " (CUP profile: 2-byte length + 5-byte TPDU; answers swap the TPDU addresses)");
            if (sim.Tls != null)
            {
                log.WriteLine("tls: server certificate for " + sim.Tls.ServerName + " (also localhost, 127.0.0.1), signed by a CA made now; CA SHA-256 fingerprint "
                    + sim.Tls.Authority.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256));
                log.WriteLine(arguments.TlsCaOut != null
                    ? "tls: CA certificate (PEM) written to " + Path.GetFullPath(arguments.TlsCaOut) + ": pin it on the terminal (it changes at every start)"
                    : "tls: add --tls-ca-out FILE to write the CA certificate for the terminal to pin");
            }

            string cardPins = options.CardPins.Count == 0 ? string.Empty : "; own PINs for " + string.Join(", ", options.CardPins.Keys.Select(FieldMasker.MaskPan));
            string check = sim.Security.MasterKeyCheckValueHex;
            log.WriteLine("keys: TMK check value " + check + (check == HostSecurity.DemoMasterKeyCheckValue ? " (the demo TMK)" : string.Empty)
                + "; working keys new at each sign-on, in memory only; " + MacPolicy(sim.Security.RequireMac)
                + "; PIN " + DecisionRules.DefaultPin + " for every card" + cardPins);
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

        // Said at every start: when a terminal's requests come back A0, whether a MAC is required is the first thing to know.
        private static string MacPolicy(bool required)
        {
            return required
                ? "MAC required (any request but a sign-on without one is answered A0; --mac-optional accepts them)"
                : "MAC optional (--mac-optional): a request without one is decided, a MAC sent is still verified";
        }

        private static void Print(TextWriter log, HostSimEvent e, bool verbose)
        {
            bool connectionNoise = e.Kind == HostSimEventKind.ConnectionOpened || e.Kind == HostSimEventKind.ConnectionClosed || e.Kind == HostSimEventKind.Listening;
            if (!connectionNoise || verbose)
            {
                // The request's amount is minor units on the wire; the log shows it as money.
                string line = e.ToString();
                log.WriteLine(e.Amount == null ? line : line.Replace(" amt " + e.Amount, " amt " + Money.FromField(e.Amount), StringComparison.Ordinal));
            }
        }
    }
}
