using System;
using System.IO;
using System.Threading.Tasks;

namespace NanoPos.HostSim
{
    /// <summary>
    /// The whole acquirer host simulator in one object, as the CLI, the tests and the emulator use it: ledger,
    /// decision rules, processor, fault injector and TCP server, started together and stopped together.
    /// </summary>
    public sealed class HostSimulator : IDisposable, IAsyncDisposable
    {
        private readonly LedgerFileWriter _writer;

        private HostSimulator(HostSimOptions options)
        {
            Ledger = options.LedgerPath != null && File.Exists(options.LedgerPath) ? LedgerFile.Load(options.LedgerPath) : new Ledger();
            Rules = new DecisionRules();
            foreach (string pan in options.BlockedPans ?? Array.Empty<string>())
            {
                Rules.Block(pan);
            }

            int seed = options.Seed ?? options.Faults?.Seed ?? 0;
            Faults = new FaultInjector(seed);
            if (options.Faults != null)
            {
                Faults.Load(options.Faults);
                Faults.Reseed(seed);
            }

            Processor = new RequestProcessor(Ledger, Rules, options.Time, seed);
            HostServerOptions server = options.Server ?? new HostServerOptions();
            server.Port = options.Port;
            Server = new HostServer(Processor, Faults, server);
            if (options.LedgerPath != null)
            {
                _writer = new LedgerFileWriter(Ledger, options.LedgerPath);
            }
        }

        /// <summary>Gets the ledger (query it; the processor fills it).</summary>
        public Ledger Ledger { get; }

        /// <summary>Gets the decision rules (block and unblock cards at any time).</summary>
        public DecisionRules Rules { get; }

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

        /// <summary>Builds the simulator and starts listening.</summary>
        /// <param name="options">The options (null: defaults, ephemeral port).</param>
        /// <param name="onEvent">Receives the server's events from the very first one (null: none).</param>
        /// <returns>The running simulator.</returns>
        /// <exception cref="FormatException">The ledger file exists but is not a ledger.</exception>
        /// <exception cref="System.Net.Sockets.SocketException">The port is taken.</exception>
        public static HostSimulator Start(HostSimOptions options = null, EventHandler<HostSimEvent> onEvent = null)
        {
            var simulator = new HostSimulator(options ?? new HostSimOptions());
            if (onEvent != null)
            {
                simulator.Server.Event += onEvent;
            }

            simulator.Server.Start();
            return simulator;
        }

        /// <summary>Stops the server and writes the ledger file a last time.</summary>
        /// <returns>A task that completes when stopped.</returns>
        public async Task StopAsync()
        {
            await Server.StopAsync().ConfigureAwait(false);
            _writer?.Dispose();
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
