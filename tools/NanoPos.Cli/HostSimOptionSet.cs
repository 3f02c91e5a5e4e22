using System;
using System.Collections.Generic;
using System.CommandLine;
using NanoPos.HostSim;

namespace NanoPos.Cli
{
    /// <summary>
    /// The options of <c>nanopos host-sim</c> as System.CommandLine options, and how their values become
    /// <see cref="HostSimArguments"/>. Numbers are range-checked by the parser; card numbers, PINs and keys are checked
    /// here, so that a mistake is reported without repeating the secret.
    /// </summary>
    internal sealed class HostSimOptionSet
    {
        private readonly Option<int> _port = CliOption.Number("--port", "N", "TCP port (0 picks a free one); a port in use is an error (exit 1).", HostSimArguments.DefaultPort, 0, 65535);
        private readonly Option<string> _listen = CliOption.Text("--listen", "ADDRESS", "The address to listen on (default 127.0.0.1, this computer only); 0.0.0.0 or the computer's LAN address lets a board on the LAN reach it.");
        private readonly Option<string> _faults = CliOption.Text("--faults", "FILE", "Fault plan (JSON; see tools/NanoPos.HostSim/README.md).");
        private readonly Option<string> _ledger = CliOption.Text("--ledger", "FILE", "Ledger as an append-only log: replayed if it exists, one line per decided request, fsynced before the answer; compacted when half of it is superseded.");
        private readonly Option<int?> _seed = CliOption.OptionalNumber("--seed", "N", "Seed of authorization codes and fault probabilities (default: the plan's, or 0).");
        private readonly Option<string[]> _blockedPans = CliOption.Repeated("--blocked-pan", "PAN", "A card declined with 14.");
        private readonly Option<string> _tmk = CliOption.Text("--tmk", "HEX32", "Terminal master key, 32 hex digits (default the demo TMK " + HostSecurity.DemoMasterKeyHex + ", check value " + HostSecurity.DemoMasterKeyCheckValue + "); each sign-on's working keys go out under it.");
        private readonly Option<string[]> _cardPins = CliOption.Repeated("--card-pin", "PAN=PIN", "The PIN of a card (every other card's PIN is " + DecisionRules.DefaultPin + ").");
        private readonly Option<bool> _macOptional = CliOption.Flag("--mac-optional", "Accept requests without a MAC (field 64), for an old terminal that sends none. Without it, as at a real acquirer, any request but a sign-on that lacks one is answered A0. A MAC that is sent is verified either way (wrong: A0), and the answer to a MACed request carries one.");
        private readonly Option<bool> _tls = CliOption.Flag("--tls", "Serve TLS 1.2/1.3 with a certificate authority made at start (plain TCP without it).");
        private readonly Option<string> _tlsName = CliOption.Text("--tls-name", "NAME", "DNS name in the server certificate (default " + TlsAuthority.DefaultServerName + "). Needs --tls.");
        private readonly Option<string> _tlsCaOut = CliOption.Text("--tls-ca-out", "FILE", "Write the CA certificate (PEM) there, for the terminal to pin. Needs --tls.");
        private readonly Option<int> _maxConnections = CliOption.Number("--max-connections", "N", "Connections open at once; more are closed at once, with a log line.", HostServerOptions.DefaultMaxConnections, 1, 100_000);
        private readonly Option<int> _idleTimeout = CliOption.Number("--idle-timeout", "S", "Close a connection silent for S seconds.", HostServerOptions.DefaultIdleTimeoutMs / 1000, 1, 86_400);
        private readonly Option<bool> _verbose = CliOption.Flag("--verbose", "Also print connections opening and closing.");
        private readonly Option<bool> _bench = CliOption.Flag("--bench", "Measure approved sales per second over TCP with 0, 5,000 and 50,000 entries in the ledger file, print the table and exit.");
        private readonly Option<int> _benchSales = CliOption.Number("--bench-sales", "N", "Timed sales per ledger size and round.", 2000, 10, 1_000_000);
        private readonly Option<int> _benchRounds = CliOption.Number("--bench-rounds", "N", "Measurement rounds; the median and the best are shown.", 5, 1, 100);
        private readonly Option<string> _benchDir = CliOption.Text("--bench-dir", "DIR", "Where the benchmark's ledger files go (default: the temp folder; the disk decides the figures).");

        /// <summary>Adds every option to the verb.</summary>
        /// <param name="verb">The <c>host-sim</c> command.</param>
        public void AddTo(Command verb)
        {
            foreach (Option option in new Option[] { _port, _listen, _faults, _ledger, _seed, _blockedPans, _tmk, _cardPins, _macOptional, _tls, _tlsName, _tlsCaOut, _maxConnections, _idleTimeout, _verbose, _bench, _benchSales, _benchRounds, _benchDir })
            {
                verb.Add(option);
            }
        }

        /// <summary>Reads the parsed values into the arguments the command runs with.</summary>
        /// <param name="parsed">The parse result.</param>
        /// <returns>The arguments.</returns>
        /// <exception cref="ArgumentException">A card number, PIN or key is malformed, or a TLS option lacks --tls; the message repeats no secret.</exception>
        public HostSimArguments Read(ParseResult parsed)
        {
            var options = new HostSimOptions
            {
                Port = parsed.GetValue(_port),
                Seed = parsed.GetValue(_seed),
                LedgerPath = parsed.GetValue(_ledger),
                BlockedPans = new List<string>(),
                RequireMac = !parsed.GetValue(_macOptional),
                Tls = parsed.GetValue(_tls),
                TlsServerName = parsed.GetValue(_tlsName),
                Server = new HostServerOptions { MaxConnections = parsed.GetValue(_maxConnections), IdleTimeoutMs = parsed.GetValue(_idleTimeout) * 1000 },
            };
            string listen = parsed.GetValue(_listen);
            if (listen != null)
            {
                if (!System.Net.IPAddress.TryParse(listen, out System.Net.IPAddress address) || listen.IndexOf('.') < 0 && listen.IndexOf(':') < 0)
                {
                    throw new ArgumentException("--listen must be an IP address such as 0.0.0.0 or 192.168.1.20, got '" + listen + "'.");
                }

                options.Server.Address = address;
            }

            foreach (string pan in parsed.GetValue(_blockedPans))
            {
                options.BlockedPans.Add(HostSimArguments.BlockedPan(pan));
            }

            foreach (string pair in parsed.GetValue(_cardPins))
            {
                HostSimArguments.AddCardPin(options, pair);
            }

            string tmk = parsed.GetValue(_tmk);
            if (tmk != null)
            {
                options.MasterKey = HostSimArguments.MasterKey(tmk);
            }

            string caOut = parsed.GetValue(_tlsCaOut);
            if (!options.Tls && (options.TlsServerName != null || caOut != null))
            {
                throw new ArgumentException("--tls-name and --tls-ca-out need --tls.");
            }

            return new HostSimArguments
            {
                Options = options,
                FaultsPath = parsed.GetValue(_faults),
                TlsCaOut = caOut,
                Verbose = parsed.GetValue(_verbose),
                Bench = parsed.GetValue(_bench),
                BenchSales = parsed.GetValue(_benchSales),
                BenchRounds = parsed.GetValue(_benchRounds),
                BenchDirectory = parsed.GetValue(_benchDir),
            };
        }
    }
}
