using System;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// Opens TCP (and TLS) connections to the acquirer host on one long-lived worker thread, so that the caller can give
    /// up after its timeout.
    /// </summary>
    /// <remarks>
    /// <para>The nanoFramework socket API has no connect timeout: a blocking Connect waits for the TCP stack's own
    /// limit (tens of seconds), and name resolution and the TLS handshake block too. So the attempt runs on a worker
    /// thread, created on the first <see cref="Start"/> and then asleep on an event between attempts (a thread and an
    /// event per attempt cost heap, and overlapping abandoned attempts would each hold one of lwIP's few sockets;
    /// here at most one socket is ever being opened). When the caller's time is
    /// up it calls <see cref="Abandon"/>, which closes the socket the worker is blocked in, so the worker fails soon and
    /// releases everything itself.</para>
    /// <para><b>One attempt at a time.</b> Name resolution (Dns.GetHostEntry) cannot be interrupted: an abandoned
    /// attempt may keep the worker busy until the resolver's own timeout. Meanwhile <see cref="Start"/> refuses at once
    /// (<see cref="IsBusy"/>), so retries never pile up threads or sockets. The resolved address is kept and used again;
    /// it is resolved afresh only after a failed or abandoned attempt (the host may have moved).</para>
    /// <para>Whatever the outcome, a socket or TLS session is either handed over (<see cref="TakeConnection"/>) or
    /// closed by exactly one side. Every wait of the caller is bounded; only the idle worker waits without a limit.</para>
    /// <para><b>Stage times.</b> The worker notes when each stage of an attempt ended (<see cref="ResolvedAtMs"/>,
    /// <see cref="ConnectedAtMs"/>, <see cref="HandshakeDoneAtMs"/>, on <see cref="Environment.TickCount64"/>), so the link
    /// probe (<see cref="LinkProbeRunner"/>) can time and bound each stage and name the one that failed.</para>
    /// </remarks>
    internal sealed class TcpConnector
    {
        private const int StageResolved = 1;
        private const int StageConnected = 2;
        private const int StageHandshakeDone = 3;

        private readonly object _sync = new object();
        private readonly AutoResetEvent _request = new AutoResetEvent(false);
        private readonly AutoResetEvent _finished = new AutoResetEvent(false);
        private readonly HostAddressCache _address;
        private readonly int _port;
        private readonly string _tlsHostName;
        private Thread _worker;
        private X509Certificate _ca;
        private Socket _socket;
        private SslStream _tls;
        private Exception _error;
        private bool _pending;
        private bool _running;
        private bool _abandoned;
        private long _startedAtMs;
        private long _resolvedAtMs = -1;
        private long _connectedAtMs = -1;
        private long _handshakeDoneAtMs = -1;

        /// <summary>Creates the connector; the worker thread starts with the first attempt.</summary>
        /// <param name="host">A dotted IPv4 address or a DNS name.</param>
        /// <param name="port">The TCP port.</param>
        /// <param name="tlsHostName">The name the server certificate must carry (TLS only).</param>
        public TcpConnector(string host, int port, string tlsHostName)
        {
            _address = new HostAddressCache(host);
            _port = port;
            _tlsHostName = tlsHostName;
        }

        /// <summary>Gets a value indicating whether an attempt is queued or running (also an abandoned one).</summary>
        public bool IsBusy
        {
            get
            {
                lock (_sync)
                {
                    return _pending || _running;
                }
            }
        }

        /// <summary>Gets the failure of the last finished attempt, or null when it connected.</summary>
        public Exception Error
        {
            get
            {
                lock (_sync)
                {
                    return _error;
                }
            }
        }

        /// <summary>Gets the tick (ms) at which the last attempt was started.</summary>
        public long StartedAtMs
        {
            get
            {
                lock (_sync)
                {
                    return _startedAtMs;
                }
            }
        }

        /// <summary>Gets the tick (ms) at which the last attempt had the host's address, or -1 before.</summary>
        public long ResolvedAtMs
        {
            get
            {
                lock (_sync)
                {
                    return _resolvedAtMs;
                }
            }
        }

        /// <summary>Gets the tick (ms) at which the last attempt's TCP connection was open, or -1 before.</summary>
        public long ConnectedAtMs
        {
            get
            {
                lock (_sync)
                {
                    return _connectedAtMs;
                }
            }
        }

        /// <summary>Gets the tick (ms) at which the last attempt's TLS handshake was done, or -1 before (or without TLS).</summary>
        public long HandshakeDoneAtMs
        {
            get
            {
                lock (_sync)
                {
                    return _handshakeDoneAtMs;
                }
            }
        }

        /// <summary>Drops the kept address, so the next attempt resolves the name again (the probe times a real lookup).</summary>
        public void ForgetAddress()
        {
            _address.Forget();
        }

        /// <summary>Hands an attempt to the worker and returns at once.</summary>
        /// <param name="ca">The CA the server certificate must chain to, or null for plain TCP.</param>
        /// <returns>True when started; false when the worker is still busy with an earlier (abandoned) attempt.</returns>
        public bool Start(X509Certificate ca)
        {
            lock (_sync)
            {
                if (_pending || _running)
                {
                    return false;
                }

                CloseAll();
                _pending = true;
                _abandoned = false;
                _error = null;
                _ca = ca;
                _startedAtMs = Environment.TickCount64;
                _resolvedAtMs = -1;
                _connectedAtMs = -1;
                _handshakeDoneAtMs = -1;
                if (_worker == null)
                {
                    _worker = new Thread(new ThreadStart(Work));
                    _worker.Start();
                }
            }

            _request.Set();
            return true;
        }

        /// <summary>Waits for the attempt in hand to finish (connected or failed).</summary>
        /// <param name="timeoutMs">The longest wait in ms.</param>
        /// <returns>True when it finished in time.</returns>
        public bool Wait(int timeoutMs)
        {
            long deadline = Environment.TickCount64 + timeoutMs;
            while (true)
            {
                if (!IsBusy)
                {
                    return true;
                }

                int remaining = LinkCalls.RemainingMs(deadline, Environment.TickCount64);
                if (remaining == 0)
                {
                    return false;
                }

                // A signal left over from an earlier attempt only makes the loop look again.
                _finished.WaitOne(remaining, false);
            }
        }

        /// <summary>
        /// Gives the attempt in hand up: closes what it opened (which also unblocks the worker); the worker closes
        /// anything it creates afterwards. Safe at any time; does nothing once the connection was taken.
        /// </summary>
        public void Abandon()
        {
            lock (_sync)
            {
                _abandoned = true;
                _address.Forget();
                CloseAll();
            }
        }

        /// <summary>Takes the connection of a successful attempt; the connector forgets it.</summary>
        /// <returns>The connection, or null when the last attempt failed, was abandoned or is still running.</returns>
        public HostConnection TakeConnection()
        {
            lock (_sync)
            {
                if (_pending || _running || _abandoned || _error != null || _socket == null)
                {
                    return null;
                }

                HostConnection connection = new HostConnection(_socket, _tls);
                _socket = null;
                _tls = null;
                return connection;
            }
        }

        private void Work()
        {
            while (true)
            {
                _request.WaitOne();
                X509Certificate ca;
                bool abandoned;
                lock (_sync)
                {
                    if (!_pending)
                    {
                        continue;
                    }

                    _pending = false;
                    _running = true;
                    ca = _ca;
                    abandoned = _abandoned;
                }

                Exception error = null;
                try
                {
                    if (!abandoned)
                    {
                        Connect(ca);
                    }
                }
                catch (Exception e)
                {
                    error = e;
                }

                lock (_sync)
                {
                    if (error != null || _abandoned)
                    {
                        _error = error;
                        _address.Forget();
                        CloseAll();
                    }

                    _running = false;
                }

                _finished.Set();
            }
        }

        private void Connect(X509Certificate ca)
        {
            IPAddress address = _address.Get();
            Stamp(StageResolved);
            Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            if (!Adopt(socket, null))
            {
                return;
            }

            socket.Connect(new IPEndPoint(address, _port));
            Stamp(StageConnected);
            try
            {
                // ISO 8583 requests are small and latency matters more than packing: send each at once.
                socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.NoDelay, true);
            }
            catch (Exception)
            {
                // Not every network stack supports the option; the link works without it.
            }

            if (ca != null)
            {
                SslStream tls = new SslStream(socket);

                // Required, not optional: a host whose certificate does not chain to the acquirer's CA is refused.
                tls.SslVerification = SslVerification.CertificateRequired;
                if (!Adopt(socket, tls))
                {
                    return;
                }

                tls.AuthenticateAsClient(_tlsHostName, null, ca, SslProtocols.Tls12);
                Stamp(StageHandshakeDone);
            }
        }

        // Notes the end of a stage under the lock: a long is not written atomically on a 32-bit CPU.
        private void Stamp(int stage)
        {
            long now = Environment.TickCount64;
            lock (_sync)
            {
                if (stage == StageResolved)
                {
                    _resolvedAtMs = now;
                }
                else if (stage == StageConnected)
                {
                    _connectedAtMs = now;
                }
                else
                {
                    _handshakeDoneAtMs = now;
                }
            }
        }

        // Publishes what the worker opened, so that Abandon can close it; false (and closed) when already abandoned.
        private bool Adopt(Socket socket, SslStream tls)
        {
            lock (_sync)
            {
                _socket = socket;
                _tls = tls;
                if (_abandoned)
                {
                    CloseAll();
                    return false;
                }

                return true;
            }
        }

        private void CloseAll()
        {
            HostConnection.CloseQuietly(_tls, _socket);
            _tls = null;
            _socket = null;
        }
    }
}
