using System;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// One TCP (and TLS) connection attempt run on its own thread, so that the caller can give up after its timeout.
    /// </summary>
    /// <remarks>
    /// The nanoFramework socket API has no connect timeout: a blocking Connect waits for the TCP stack's own limit
    /// (tens of seconds), and name resolution and the TLS handshake block too. The attempt therefore runs on a worker
    /// thread; when the caller's time is up it calls <see cref="Abandon"/>, which closes the socket the worker is
    /// blocked in, so the worker fails soon and releases everything itself. Whatever the outcome, a socket or TLS
    /// session is either handed over (success, not abandoned) or closed by exactly one side.
    /// </remarks>
    internal sealed class TcpConnectAttempt
    {
        private readonly object _sync = new object();
        private readonly ManualResetEvent _done = new ManualResetEvent(false);
        private readonly string _host;
        private readonly int _port;
        private readonly X509Certificate _ca;
        private readonly string _tlsHostName;
        private Socket _socket;
        private SslStream _tls;
        private Exception _error;
        private bool _abandoned;

        /// <summary>Creates an attempt; <see cref="Start"/> runs it.</summary>
        /// <param name="host">A dotted IPv4 address or a DNS name.</param>
        /// <param name="port">The TCP port.</param>
        /// <param name="ca">The CA the server certificate must chain to, or null for plain TCP.</param>
        /// <param name="tlsHostName">The name the server certificate must carry (TLS only).</param>
        public TcpConnectAttempt(string host, int port, X509Certificate ca, string tlsHostName)
        {
            _host = host;
            _port = port;
            _ca = ca;
            _tlsHostName = tlsHostName;
        }

        /// <summary>Gets the failure of a finished attempt, or null when it connected.</summary>
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

        /// <summary>Gets the connected socket of a successful attempt.</summary>
        public Socket Socket
        {
            get { return _socket; }
        }

        /// <summary>Gets the TLS session of a successful attempt, or null for plain TCP.</summary>
        public SslStream Tls
        {
            get { return _tls; }
        }

        /// <summary>Starts the worker thread.</summary>
        public void Start()
        {
            new Thread(Run).Start();
        }

        /// <summary>Waits for the attempt to finish.</summary>
        /// <param name="timeoutMs">The longest wait in ms, at least 1.</param>
        /// <returns>True when it finished (connected or failed) in time.</returns>
        public bool Wait(int timeoutMs)
        {
            return _done.WaitOne(timeoutMs < 1 ? 1 : timeoutMs, false);
        }

        /// <summary>
        /// Gives the attempt up: closes what it opened (which also unblocks the worker); safe at any time, also after
        /// a failure, and the worker closes anything it creates afterwards.
        /// </summary>
        public void Abandon()
        {
            lock (_sync)
            {
                _abandoned = true;
                CloseAll();
            }
        }

        private void Run()
        {
            try
            {
                IPAddress address = Resolve(_host);
                Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                if (!Adopt(socket, null))
                {
                    return;
                }

                socket.Connect(new IPEndPoint(address, _port));
                try
                {
                    // ISO 8583 requests are small and latency matters more than packing: send each at once.
                    socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.NoDelay, true);
                }
                catch (Exception)
                {
                    // Not every network stack supports the option; the link works without it.
                }

                if (_ca != null)
                {
                    SslStream tls = new SslStream(socket);

                    // Required, not optional: a host whose certificate does not chain to the acquirer's CA is refused.
                    tls.SslVerification = SslVerification.CertificateRequired;
                    if (!Adopt(socket, tls))
                    {
                        return;
                    }

                    tls.AuthenticateAsClient(_tlsHostName, null, _ca, SslProtocols.Tls12);
                }
            }
            catch (Exception e)
            {
                lock (_sync)
                {
                    _error = e;
                    CloseAll();
                }
            }
            finally
            {
                lock (_sync)
                {
                    if (_abandoned)
                    {
                        CloseAll();
                    }
                }

                _done.Set();
            }
        }

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
            CloseQuietly(_tls, _socket);
            _tls = null;
            _socket = null;
        }

        /// <summary>Closes a TLS session and its socket, ignoring errors (both may already be broken).</summary>
        /// <param name="tls">The TLS session, or null.</param>
        /// <param name="socket">The socket, or null.</param>
        public static void CloseQuietly(SslStream tls, Socket socket)
        {
            try
            {
                if (tls != null)
                {
                    tls.Dispose();
                }
            }
            catch (Exception)
            {
                // Closing is best effort; the socket is closed next either way.
            }

            try
            {
                if (socket != null)
                {
                    socket.Close();
                }
            }
            catch (Exception)
            {
                // Already closed or broken: nothing more to release.
            }
        }

        private static IPAddress Resolve(string host)
        {
            for (int i = 0; i < host.Length; i++)
            {
                char c = host[i];
                if (c != '.' && (c < '0' || c > '9'))
                {
                    IPAddress[] addresses = Dns.GetHostEntry(host).AddressList;
                    if (addresses == null || addresses.Length == 0)
                    {
                        throw new SocketException(SocketError.HostNotFound);
                    }

                    return addresses[0];
                }
            }

            return IPAddress.Parse(host);
        }
    }
}
