using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// The acquirer host's TCP side: listens (127.0.0.1 by default) on a port it does not share, serves up to
    /// <see cref="HostServerOptions.MaxConnections"/> connections at once (more are closed at once), each
    /// carrying any number of framed requests (2-byte length + 5-byte TPDU + message; the answer's TPDU has
    /// destination and source swapped), over plain TCP or, with <see cref="HostServerOptions.TlsCertificate"/>, TLS
    /// 1.2/1.3. Malformed, oversize and incomplete frames and failed handshakes are reported as events and close their
    /// connection; nothing a peer sends stops the server.
    /// </summary>
    /// <remarks>
    /// Maintenance "refuse" closes the listening socket (connections are refused) and every open connection;
    /// leaving it listens again on the same port. Decisions are made by a <see cref="RequestProcessor"/>,
    /// faults by a <see cref="FaultInjector"/>; both can be changed while the server runs.
    /// </remarks>
    public sealed partial class HostServer : IDisposable, IAsyncDisposable
    {
        private readonly object _gate = new object();
        private readonly ConcurrentDictionary<int, (ConnectionHandler Handler, Task Task)> _connections = new ConcurrentDictionary<int, (ConnectionHandler, Task)>();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private TcpListener _listener;
        private Task _acceptLoop = Task.CompletedTask;
        private int _accepted;
        private int _refused;
        private bool _started;
        private bool _stopped;

        /// <summary>Creates a server (it does not listen until <see cref="Start"/>).</summary>
        /// <param name="processor">Decides the requests.</param>
        /// <param name="faults">Decides the faults and holds the maintenance mode.</param>
        /// <param name="options">Address, port, limits and profile (null: defaults).</param>
        public HostServer(RequestProcessor processor, FaultInjector faults, HostServerOptions options = null)
        {
            ArgumentNullException.ThrowIfNull(processor);
            ArgumentNullException.ThrowIfNull(faults);
            Processor = processor;
            Faults = faults;
            Options = options ?? new HostServerOptions();
            Codec = new FrameCodec(Options.Profile);
            Reader = new FrameReader(Codec, Options.MaxFrameBytes, Options.IdleTimeoutMs, Options.FrameTimeoutMs);

            // Built once: the certificate's chain is then not rebuilt at every handshake. Offline: nothing to fetch.
            TlsContext = Options.TlsCertificate == null ? null : SslStreamCertificateContext.Create(Options.TlsCertificate, null, offline: true);
        }

        /// <summary>Raised for every request and connection event, on the connection's thread; handlers must be quick and thread-safe.</summary>
        public event EventHandler<HostSimEvent> Event;

        /// <summary>Gets the processor.</summary>
        public RequestProcessor Processor { get; }

        /// <summary>Gets the fault injector.</summary>
        public FaultInjector Faults { get; }

        /// <summary>Gets the options.</summary>
        public HostServerOptions Options { get; }

        /// <summary>Gets the port the server listens on (known after <see cref="Start"/>, also for port 0).</summary>
        public int Port { get; private set; }

        /// <summary>Gets whether the listening socket is open now (false before start, after stop, and in maintenance "refuse").</summary>
        public bool IsListening
        {
            get
            {
                lock (_gate)
                {
                    return _listener != null;
                }
            }
        }

        /// <summary>Gets how many connections were accepted since the start.</summary>
        public int ConnectionsAccepted => Volatile.Read(ref _accepted);

        /// <summary>Gets how many connections were closed at once because <see cref="HostServerOptions.MaxConnections"/> were open.</summary>
        public int ConnectionsRefused => Volatile.Read(ref _refused);

        /// <summary>Gets how many connections are open now.</summary>
        public int OpenConnections => _connections.Count;

        /// <summary>Gets whether connections are served over TLS (<see cref="HostServerOptions.TlsCertificate"/> is set).</summary>
        public bool IsTls => TlsContext != null;

        /// <summary>Gets the TLS server certificate context, or null for plain TCP.</summary>
        internal SslStreamCertificateContext TlsContext { get; }

        /// <summary>Gets the frame codec (header, TPDU, message).</summary>
        internal FrameCodec Codec { get; }

        /// <summary>Gets the bounded frame reader.</summary>
        internal FrameReader Reader { get; }

        /// <summary>
        /// Binds the port without accepting connections yet, so a caller can find a busy port before it does anything
        /// else (the simulator checks the port before it opens its ledger file). <see cref="Start"/> then accepts.
        /// </summary>
        /// <exception cref="InvalidOperationException">Already started.</exception>
        /// <exception cref="SocketException">The port is in use (<see cref="SocketError.AddressAlreadyInUse"/>) or cannot be bound.</exception>
        public void Bind()
        {
            lock (_gate)
            {
                if (_started || _stopped)
                {
                    throw new InvalidOperationException("Bind comes before Start, once.");
                }

                if (_listener == null)
                {
                    Port = Options.Port;
                    BindLocked();
                }
            }
        }

        /// <summary>Binds the port (unless <see cref="Bind"/> did) and starts accepting connections (unless maintenance is "refuse": then only the port is chosen).</summary>
        /// <exception cref="InvalidOperationException">Already started.</exception>
        /// <exception cref="SocketException">The port is in use, by another simulator or any program (<see cref="SocketError.AddressAlreadyInUse"/>), or cannot be bound.</exception>
        public void Start()
        {
            lock (_gate)
            {
                if (_started)
                {
                    throw new InvalidOperationException("The server was already started.");
                }

                _started = true;
                if (_listener == null)
                {
                    Port = Options.Port;
                    BindLocked();
                }

                if (Faults.Maintenance == MaintenanceMode.RefuseConnections)
                {
                    CloseListener();
                }
                else
                {
                    BeginAccepting();
                }
            }

            Faults.MaintenanceChanged += OnMaintenanceChanged;
        }

        /// <summary>Stops listening, closes every connection and waits (up to 5 s) for their handlers to end.</summary>
        /// <returns>A task that completes when the server has stopped.</returns>
        public async Task StopAsync()
        {
            lock (_gate)
            {
                if (_stopped)
                {
                    return;
                }

                _stopped = true;
                _stop.Cancel();
                CloseListener();
            }

            Faults.MaintenanceChanged -= OnMaintenanceChanged;
            foreach ((ConnectionHandler handler, Task _) in _connections.Values)
            {
                handler.Abort();
            }

            Task all = Task.WhenAll(_connections.Values.Select(c => c.Task).Append(_acceptLoop));
            await Task.WhenAny(all, Task.Delay(5000)).ConfigureAwait(false);
        }

        /// <summary>Stops the server.</summary>
        public void Dispose()
        {
            StopAsync().GetAwaiter().GetResult();
        }

        /// <summary>Stops the server.</summary>
        /// <returns>A task that completes when the server has stopped.</returns>
        public async ValueTask DisposeAsync()
        {
            await StopAsync().ConfigureAwait(false);
        }

        /// <summary>Raises <see cref="Event"/>; a throwing handler is ignored, so logging never breaks serving.</summary>
        internal void Raise(HostSimEvent e)
        {
            try
            {
                Event?.Invoke(this, e);
            }
            catch (Exception)
            {
                // A log handler's failure must not take a connection down.
            }
        }
    }
}
