using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace NanoPos.HostSim
{
    /// <summary>
    /// The whole acquirer host simulator in one object, as the CLI, the tests and the emulator use it: ledger,
    /// decision rules, keys, processor, fault injector and TCP (or TLS) server, started together and stopped together.
    /// </summary>
    public sealed class HostSimulator : IDisposable, IAsyncDisposable
    {
        private readonly string _ledgerPath;
        private LedgerFileWriter _writer;

        private HostSimulator(HostSimOptions options)
        {
            // Filled from the file only after the port is bound (see Start): a second simulator started on a busy port
            // must fail before it touches the first one's ledger.
            Ledger = new Ledger();
            _ledgerPath = options.LedgerPath;
            Rules = new DecisionRules();
            foreach (string pan in options.BlockedPans ?? Array.Empty<string>())
            {
                Rules.Block(pan);
            }

            foreach (KeyValuePair<string, string> card in options.CardPins ?? new Dictionary<string, string>())
            {
                Rules.SetPin(card.Key, card.Value);
            }

            Security = new HostSecurity(options.MasterKey) { RequireMac = options.RequireMac };

            int seed = options.Seed ?? options.Faults?.Seed ?? 0;
            Faults = new FaultInjector(seed);
            if (options.Faults != null)
            {
                Faults.Load(options.Faults);
                Faults.Reseed(seed);
            }

            Processor = new RequestProcessor(Ledger, Rules, options.Time, seed, Security);
            HostServerOptions server = options.Server ?? new HostServerOptions();
            server.Port = options.Port;
            if (options.Tls)
            {
                // A new authority per start: a terminal that pinned an earlier run's CA is refused, on purpose.
                Tls = TlsAuthority.Create(options.TlsServerName);
                server.TlsCertificate = Tls.Server;
            }

            Server = new HostServer(Processor, Faults, server);
        }

        /// <summary>Gets the ledger (query it; the processor fills it).</summary>
        public Ledger Ledger { get; }

        /// <summary>Gets the decision rules (block and unblock cards at any time).</summary>
        public DecisionRules Rules { get; }

        /// <summary>Gets the keys: the TMK, the working keys issued at sign-on, and whether a MAC is required (change them at any time).</summary>
        public HostSecurity Security { get; }

        /// <summary>Gets the certificate authority and server certificate TLS is served with, or null for plain TCP.</summary>
        public TlsAuthority Tls { get; }

        /// <summary>Gets the processor.</summary>
        public RequestProcessor Processor { get; }

        /// <summary>Gets the fault injector (load plans, add rules, switch maintenance at any time).</summary>
        public FaultInjector Faults { get; }

        /// <summary>Gets the TCP server (subscribe to <see cref="HostServer.Event"/> for the log).</summary>
        public HostServer Server { get; }

        /// <summary>Gets the port the server listens on.</summary>
        public int Port => Server.Port;

        /// <summary>Gets the ledger file writer, or null when the ledger is in memory only.</summary>
        public LedgerFileWriter LedgerWriter => _writer;

        /// <summary>Builds the simulator: binds the port, opens the ledger file (if any), then accepts connections.</summary>
        /// <param name="options">The options (null: defaults, ephemeral port).</param>
        /// <param name="onEvent">Receives the server's events from the very first one (null: none).</param>
        /// <returns>The running simulator.</returns>
        /// <exception cref="System.Net.Sockets.SocketException">The port is in use (<see cref="System.Net.Sockets.SocketError.AddressAlreadyInUse"/>) or cannot be bound.</exception>
        /// <exception cref="FormatException">The ledger file exists but is not a ledger, or is damaged where a crash cannot explain it.</exception>
        /// <exception cref="IOException">The ledger file cannot be read or written, or another simulator writes it.</exception>
        /// <exception cref="ArgumentException">The master key is not 16 bytes, or a card PIN is not 4 to 12 digits.</exception>
        public static HostSimulator Start(HostSimOptions options = null, EventHandler<HostSimEvent> onEvent = null)
        {
            var simulator = new HostSimulator(options ?? new HostSimOptions());
            if (onEvent != null)
            {
                simulator.Server.Event += onEvent;
            }

            try
            {
                simulator.Server.Bind();
                if (simulator._ledgerPath != null)
                {
                    simulator._writer = LedgerFileWriter.Open(simulator._ledgerPath, simulator.Ledger);
                }

                simulator.Server.Start();
            }
            catch
            {
                simulator.Dispose();
                throw;
            }

            return simulator;
        }

        /// <summary>Stops the server, then fsyncs and closes the ledger file.</summary>
        /// <returns>A task that completes when stopped.</returns>
        public async Task StopAsync()
        {
            await Server.StopAsync().ConfigureAwait(false);
            _writer?.Dispose();
            Tls?.Dispose();
        }

        /// <summary>Stops the simulator.</summary>
        public void Dispose()
        {
            StopAsync().GetAwaiter().GetResult();
        }

        /// <summary>Stops the simulator.</summary>
        /// <returns>A task that completes when stopped.</returns>
        public async ValueTask DisposeAsync()
        {
            await StopAsync().ConfigureAwait(false);
        }
    }
}
