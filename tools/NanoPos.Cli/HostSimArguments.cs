using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NanoPos.HostSim;
using NanoPos.Iso8583;

namespace NanoPos.Cli
{
    /// <summary>
    /// The arguments of <c>nanopos host-sim</c>, parsed: the <see cref="HostSimOptions"/> the simulator starts with, and
    /// the flags that only the command reads (the fault plan's path, the CA file, <c>--bench</c>, <c>--verbose</c>).
    /// Parsing reads no file: the command loads the fault plan, so that a usage error (exit 2) is told apart from a
    /// file that cannot be read (exit 1).
    /// </summary>
    internal sealed class HostSimArguments
    {
        /// <summary>The port the simulator listens on when <c>--port</c> is not given.</summary>
        public const int DefaultPort = 5800;

        private HostSimArguments()
        {
        }

        /// <summary>Gets the simulator's options, or null when <c>--help</c> was asked for.</summary>
        public HostSimOptions Options { get; private set; }

        /// <summary>Gets whether <c>--help</c> (or <c>-h</c>) was asked for: print <see cref="WriteUsage"/> and do nothing else.</summary>
        public bool Help => Options == null;

        /// <summary>Gets the fault plan's path (<c>--faults</c>), or null for none; <see cref="HostSimOptions.Faults"/> is not filled from it here.</summary>
        public string FaultsPath { get; private set; }

        /// <summary>Gets where the CA certificate is to be written (<c>--tls-ca-out</c>), or null.</summary>
        public string TlsCaOut { get; private set; }

        /// <summary>Gets whether connections opening and closing are printed too (<c>--verbose</c>).</summary>
        public bool Verbose { get; private set; }

        /// <summary>Gets whether the throughput measurement runs instead of the simulator (<c>--bench</c>).</summary>
        public bool Bench { get; private set; }

        /// <summary>Gets the number of timed sales per ledger size and round (<c>--bench-sales</c>, default 2000).</summary>
        public int BenchSales { get; private set; } = 2000;

        /// <summary>Gets the number of measurement rounds (<c>--bench-rounds</c>, default 5).</summary>
        public int BenchRounds { get; private set; } = 5;

        /// <summary>Gets the folder the benchmark's ledger files go to (<c>--bench-dir</c>), or null for the temp folder.</summary>
        public string BenchDirectory { get; private set; }

        /// <summary>Parses the arguments that follow <c>host-sim</c>.</summary>
        /// <param name="args">The arguments.</param>
        /// <returns>The parsed arguments; their <see cref="Options"/> are null when <c>--help</c> or <c>-h</c> came first.</returns>
        /// <exception cref="ArgumentException">An unknown option, a missing or bad value: the message says which, without echoing a card number, PIN or key.</exception>
        public static HostSimArguments Parse(string[] args)
        {
            var parsed = new HostSimArguments();
            var options = new HostSimOptions { Port = DefaultPort, BlockedPans = new List<string>(), Server = new HostServerOptions() };
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--port":
                        options.Port = Number(args, ref i, 0, 65535);
                        break;
                    case "--seed":
                        options.Seed = Number(args, ref i, int.MinValue, int.MaxValue);
                        break;
                    case "--faults":
                        parsed.FaultsPath = Value(args, ref i);
                        break;
                    case "--ledger":
                        options.LedgerPath = Value(args, ref i);
                        break;
                    case "--blocked-pan":
                        options.BlockedPans.Add(BlockedPan(Value(args, ref i)));
                        break;
                    case "--card-pin":
                        AddCardPin(options, Value(args, ref i));
                        break;
                    case "--tmk":
                        options.MasterKey = MasterKey(Value(args, ref i));
                        break;
                    case "--mac-optional":
                        options.RequireMac = false;
                        break;
                    case "--tls":
                        options.Tls = true;
                        break;
                    case "--tls-name":
                        options.TlsServerName = Value(args, ref i);
                        break;
                    case "--tls-ca-out":
                        parsed.TlsCaOut = Value(args, ref i);
                        break;
                    case "--max-connections":
                        options.Server.MaxConnections = Number(args, ref i, 1, 100_000);
                        break;
                    case "--idle-timeout":
                        options.Server.IdleTimeoutMs = Number(args, ref i, 1, 86_400) * 1000;
                        break;
                    case "--bench":
                        parsed.Bench = true;
                        break;
                    case "--bench-sales":
                        parsed.BenchSales = Number(args, ref i, 10, 1_000_000);
                        break;
                    case "--bench-rounds":
                        parsed.BenchRounds = Number(args, ref i, 1, 100);
                        break;
                    case "--bench-dir":
                        parsed.BenchDirectory = Value(args, ref i);
                        break;
                    case "--verbose":
                        parsed.Verbose = true;
                        break;
                    case "--help":
                    case "-h":
                        return parsed;
                    default:
                        throw new ArgumentException("unknown option '" + args[i] + "'.");
                }
            }

            if (!options.Tls && (options.TlsServerName != null || parsed.TlsCaOut != null))
            {
                throw new ArgumentException("--tls-name and --tls-ca-out need --tls.");
            }

            parsed.Options = options;
            return parsed;
        }

        /// <summary>Writes the usage text.</summary>
        /// <param name="w">Where to write it.</param>
        public static void WriteUsage(TextWriter w)
        {
            w.WriteLine("usage: nanopos host-sim [--port N] [--faults FILE] [--ledger FILE] [--seed N] [--blocked-pan PAN]...");
            w.WriteLine("                        [--tmk HEX32] [--card-pin PAN=PIN]... [--mac-optional]");
            w.WriteLine("                        [--tls [--tls-name NAME] [--tls-ca-out FILE]]");
            w.WriteLine("                        [--max-connections N] [--idle-timeout S] [--verbose]");
            w.WriteLine("       nanopos host-sim --bench [--bench-sales N] [--bench-rounds N] [--bench-dir DIR]");
            w.WriteLine("  --port N             TCP port on 127.0.0.1 (default " + DefaultPort + "; 0 picks a free one); a port in use is an error (exit 1).");
            w.WriteLine("  --faults FILE        Fault plan (JSON; see tools/NanoPos.HostSim/README.md).");
            w.WriteLine("  --ledger FILE        Ledger as an append-only log: replayed if it exists, one line per decided request, fsynced");
            w.WriteLine("                       before the answer; compacted when half of it is superseded.");
            w.WriteLine("  --seed N             Seed of authorization codes and fault probabilities (default: the plan's, or 0).");
            w.WriteLine("  --blocked-pan PAN    A card declined with 14 (repeatable).");
            w.WriteLine("  --tmk HEX32          Terminal master key, 32 hex digits (default the demo TMK " + HostSecurity.DemoMasterKeyHex + ",");
            w.WriteLine("                       check value " + HostSecurity.DemoMasterKeyCheckValue + "); each sign-on's working keys go out under it.");
            w.WriteLine("  --card-pin PAN=PIN   The PIN of a card (repeatable; every other card's PIN is " + DecisionRules.DefaultPin + ").");
            w.WriteLine("  --mac-optional       Accept requests without a MAC (field 64), for an old terminal that sends none. Without it,");
            w.WriteLine("                       as at a real acquirer, any request but a sign-on that lacks one is answered A0. A MAC that");
            w.WriteLine("                       is sent is verified either way (wrong: A0), and the answer to a MACed request carries one.");
            w.WriteLine("  --tls                Serve TLS 1.2/1.3 with a certificate authority made at start (plain TCP without it).");
            w.WriteLine("  --tls-name NAME      DNS name in the server certificate (default " + TlsAuthority.DefaultServerName + ").");
            w.WriteLine("  --tls-ca-out FILE    Write the CA certificate (PEM) there, for the terminal to pin.");
            w.WriteLine("  --max-connections N  Connections open at once (default " + HostServerOptions.DefaultMaxConnections + "); more are closed at once, with a log line.");
            w.WriteLine("  --idle-timeout S     Close a connection silent for S seconds (default " + (HostServerOptions.DefaultIdleTimeoutMs / 1000) + ").");
            w.WriteLine("  --verbose            Also print connections opening and closing.");
            w.WriteLine("  --bench              Measure approved sales per second over TCP with 0, 5,000 and 50,000 entries in the ledger");
            w.WriteLine("                       file, print the table and exit; --bench-sales N timed sales per size and round (default 2000),");
            w.WriteLine("                       --bench-rounds N rounds, median and best shown (default 5), --bench-dir DIR where the files go");
            w.WriteLine("                       (default: the temp folder; the disk decides the figures).");
        }

        private static string BlockedPan(string pan)
        {
            if (pan.Length == 0 || !pan.All(char.IsAsciiDigit))
            {
                // Masked: a mistyped card number is still a card number.
                throw new ArgumentException("--blocked-pan needs a card number (digits only), not '" + FieldMasker.MaskPan(pan) + "'.");
            }

            return pan;
        }

        private static byte[] MasterKey(string hex)
        {
            try
            {
                return HostSecurity.ParseMasterKey(hex);
            }
            catch (FormatException e)
            {
                // The parser's message never repeats the digits, so it is safe to pass on.
                throw new ArgumentException("--tmk: " + e.Message);
            }
        }

        // PAN=PIN. Neither is echoed on a mistake: the card number masked, the PIN never.
        private static void AddCardPin(HostSimOptions options, string text)
        {
            int equals = text.IndexOf('=');
            string pan = equals > 0 ? text[..equals] : string.Empty;
            string pin = equals > 0 ? text[(equals + 1)..] : string.Empty;
            if (pan.Length == 0 || !pan.All(char.IsAsciiDigit))
            {
                throw new ArgumentException("--card-pin needs PAN=PIN with a card number of digits only (got '" + FieldMasker.MaskPan(pan) + "=…').");
            }

            if (!DecisionRules.IsValidPin(pin))
            {
                throw new ArgumentException("--card-pin for " + FieldMasker.MaskPan(pan) + ": the PIN must be 4 to 12 digits.");
            }

            options.CardPins[pan] = pin;
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
    }
}
