using System;
using System.Diagnostics;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading;

namespace NanoPos.Hal.Host
{
    /// <summary>
    /// An <see cref="INetworkLink"/> over a real TCP connection from the PC (to the host simulator, a test server or
    /// an acquirer's test host), with optional TLS and the fault injection of the in-memory link: refused
    /// connections, a link that drops after a number of sent bytes, and delayed delivery of what the host sends.
    /// </summary>
    /// <remarks>
    /// <para>A reader task per connection moves arriving bytes into a queue stamped with their delivery time (arrival
    /// plus the injected delay); <see cref="Receive"/> waits on that queue with its timeout, so a receive never blocks
    /// longer than asked and a TLS session is never left half-read by a timed-out read.</para>
    /// <para>Sends go to the operating system's socket buffer in one write, which takes a payment message at once. A
    /// send that cannot finish within its timeout (the host stopped reading and the buffers are full) loses the link
    /// with <see cref="IOException"/>, because a stream cannot tell how much of a cancelled write left; it never
    /// returns fewer bytes than asked. A send on a link that is not connected throws
    /// <see cref="InvalidOperationException"/> before touching the socket: nothing left.</para>
    /// <para>Differences from the in-memory link, which runs on simulated time: a refused connection fails at once
    /// (like a TCP reset) instead of letting the timeout pass; <see cref="SignalStrengthDbm"/> is always 0, since
    /// there is no radio to measure.</para>
    /// <para>TLS (off unless the TLS constructor is used): the host's certificate must carry the expected name and
    /// chain to the given CA certificate (or, without one, to the PC's trusted roots). One thread uses the link.</para>
    /// <para>Probe (<see cref="ILinkProbe"/>): no radio stage; the name lookup through the PC's resolver (none when the
    /// host is an IP literal), the TCP connect and, with TLS, the handshake, each timed and bounded on its own.</para>
    /// </remarks>
    public sealed class TcpNetworkLink : INetworkLink, ILinkProbe, IDisposable
    {
        private readonly string _host;
        private readonly int _port;
        private readonly bool _useTls;
        private readonly string _tlsHostName;
        private readonly X509Certificate2 _caCertificate;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private LinkState _state = LinkState.Disconnected;
        private TcpConnection _connection;
        private bool _refuseConnections;
        private long _dropAfterBytes = -1;
        private volatile int _deliveryDelayMs;
        private int _connections;
        private long _bytesSent;
        private string _lastError = string.Empty;

        /// <summary>Creates a plain TCP link (no TLS).</summary>
        /// <param name="host">The host name or address.</param>
        /// <param name="port">The TCP port, 1 to 65535.</param>
        public TcpNetworkLink(string host, int port)
            : this(host, port, false, null, null)
        {
        }

        /// <summary>Creates a TLS link.</summary>
        /// <param name="host">The host name or address.</param>
        /// <param name="port">The TCP port, 1 to 65535.</param>
        /// <param name="tlsHostName">The name the host's certificate must carry; null to use <paramref name="host"/>.</param>
        /// <param name="caCertificate">The CA the host's certificate must chain to; null to use the PC's trusted roots.</param>
        public TcpNetworkLink(string host, int port, string tlsHostName, X509Certificate2 caCertificate)
            : this(host, port, true, tlsHostName, caCertificate)
        {
        }

        private TcpNetworkLink(string host, int port, bool useTls, string tlsHostName, X509Certificate2 caCertificate)
        {
            ArgumentException.ThrowIfNullOrEmpty(host);
            ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
            _host = host;
            _port = port;
            _useTls = useTls;
            _tlsHostName = tlsHostName ?? host;
            _caCertificate = caCertificate;
        }

        /// <summary>Gets the current state of the link.</summary>
        public LinkState State => _state;

        /// <summary>Gets 0 (unknown): a PC's TCP link has no radio to measure.</summary>
        public int SignalStrengthDbm => 0;

        /// <summary>Gets the number of connections opened so far.</summary>
        public int Connections => _connections;

        /// <summary>Gets the bytes the terminal has sent so far.</summary>
        public long BytesSent => _bytesSent;

        /// <summary>Gets why the last connection attempt failed or the link was lost ("" if never).</summary>
        public string LastError => _lastError;

        /// <summary>Makes every connection attempt fail at once (no network), or lets them through again.</summary>
        /// <param name="refuse">True to refuse.</param>
        public void RefuseConnections(bool refuse) => _refuseConnections = refuse;

        /// <summary>
        /// Arms a dropped link: after <paramref name="bytes"/> more bytes are sent the connection is lost; the send
        /// that crosses the mark delivers only the bytes before it and throws <see cref="IOException"/>. A send that
        /// starts at the mark (0: the next send) finds the link already lost: it closes the connection without writing
        /// and throws <see cref="InvalidOperationException"/> (nothing left, see <see cref="INetworkLink.Send"/>).
        /// Fires once.
        /// </summary>
        /// <param name="bytes">The bytes that still get through, 0 or more.</param>
        public void DropAfterSentBytes(long bytes)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(bytes);
            _dropAfterBytes = bytes;
        }

        /// <summary>Delays every byte the host sends from now on by this long before the terminal may receive it.</summary>
        /// <param name="delayMs">The delay in ms, 0 or more (0 switches the delay off).</param>
        public void DelayDelivery(int delayMs)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(delayMs);
            _deliveryDelayMs = delayMs;
        }

        /// <summary>Connects (TCP, then TLS if configured) within the timeout.</summary>
        /// <param name="timeoutMs">The longest wait in ms, at least 1.</param>
        /// <returns>True when connected; false when refused, failed or too slow (see <see cref="LastError"/>).</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is less than 1.</exception>
        public bool Connect(int timeoutMs)
        {
            LinkCalls.CheckConnect(timeoutMs);
            if (_state == LinkState.Connected)
            {
                return true;
            }

            _state = LinkState.Connecting;
            if (_refuseConnections)
            {
                return Fail("Connection refused (injected fault).");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                using var cancel = new CancellationTokenSource(timeoutMs);
                socket.ConnectAsync(_host, _port, cancel.Token).AsTask().GetAwaiter().GetResult();
                Stream stream = new NetworkStream(socket, true);
                if (_useTls)
                {
                    var tls = new SslStream(stream, false, ValidateServer);
                    stream = tls;
                    var options = new SslClientAuthenticationOptions { TargetHost = _tlsHostName };
                    tls.AuthenticateAsClientAsync(options, cancel.Token).GetAwaiter().GetResult();
                }

                _connection = new TcpConnection(socket, stream, () => _clock.ElapsedMilliseconds, () => _deliveryDelayMs);
                _state = LinkState.Connected;
                _connections++;
                return true;
            }
            catch (Exception e)
            {
                socket.Dispose();
                return Fail(e is OperationCanceledException
                    ? "No connection to " + _host + ":" + _port + " within " + timeoutMs + " ms."
                    : "Connecting to " + _host + ":" + _port + " failed: " + e.Message);
            }
        }

        /// <summary>
        /// Checks the path stage by stage on its own connection, closed again before returning: name lookup (-1 for an IP
        /// literal), TCP connect, TLS handshake when configured. An injected refusal fails the TCP stage. The link is
        /// disconnected afterwards; a failure is also <see cref="LastError"/>.
        /// </summary>
        /// <param name="timeoutMs">The longest wait in ms for each stage, at least 1.</param>
        /// <param name="result">Receives the figures; reset first.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is less than 1.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
        public void Probe(int timeoutMs, LinkProbeResult result)
        {
            LinkCalls.CheckConnect(timeoutMs);
            ArgumentNullException.ThrowIfNull(result);
            Disconnect();
            result.Reset();
            result.UsesTls = _useTls;
            TcpLinkProbe.Run(_host, _port, _useTls ? _tlsHostName : null, _caCertificate, _refuseConnections, timeoutMs, result);
            if (result.Passed)
            {
                _connections++;
            }
            else
            {
                _lastError = "Probe of " + _host + ":" + _port + ": " + result.Error;
            }
        }

        /// <summary>Closes the connection and discards undelivered bytes. Safe in any state.</summary>
        public void Disconnect()
        {
            _connection?.Close();
            _connection = null;
            _state = LinkState.Disconnected;
        }

        /// <summary>Closes the connection.</summary>
        public void Dispose() => Disconnect();

        /// <summary>Sends bytes to the host (see the class remarks for timeouts and the drop fault).</summary>
        /// <param name="buffer">The buffer holding the bytes.</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The number of bytes.</param>
        /// <param name="timeoutMs">The longest wait in ms, at least 1.</param>
        /// <returns><paramref name="count"/>: every byte was accepted.</returns>
        /// <exception cref="ArgumentException">The range lies outside the buffer or the timeout is less than 1.</exception>
        /// <exception cref="InvalidOperationException">The link is not connected, or an armed drop reached its mark
        /// before this send: nothing was sent.</exception>
        /// <exception cref="IOException">The connection was lost during the write (or an armed drop fired in it).</exception>
        public int Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            LinkCalls.CheckSend(buffer, offset, count, timeoutMs);
            TcpConnection connection = RequireConnected();
            if (_dropAfterBytes == 0 && count > 0)
            {
                _dropAfterBytes = -1;
                _lastError = "The link dropped before a send (injected fault).";
                Disconnect();
                throw new InvalidOperationException(_lastError + " Nothing was sent.");
            }

            int accepted = count;
            bool drop = _dropAfterBytes >= 0 && _dropAfterBytes < count;
            if (drop)
            {
                accepted = (int)_dropAfterBytes;
            }
            else if (_dropAfterBytes >= 0)
            {
                _dropAfterBytes -= count;
            }

            try
            {
                connection.Write(buffer, offset, accepted, timeoutMs);
            }
            catch (Exception e)
            {
                throw Lose("The link was lost while sending: " + e.Message, e);
            }

            _bytesSent += accepted;
            if (drop)
            {
                _dropAfterBytes = -1;
                throw Lose("The link dropped after " + accepted + " of " + count + " bytes (injected fault).", null);
            }

            return accepted;
        }

        /// <summary>Receives delivered bytes, waiting up to the timeout for the first.</summary>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The first index to fill.</param>
        /// <param name="count">The most bytes to receive, at least 1.</param>
        /// <param name="timeoutMs">The longest wait in ms; 0 takes only what has been delivered.</param>
        /// <returns>The number of bytes received, or 0 when none arrived in time.</returns>
        /// <exception cref="ArgumentException">The range lies outside the buffer, count is less than 1 or the timeout is negative.</exception>
        /// <exception cref="InvalidOperationException">The link is not connected.</exception>
        /// <exception cref="IOException">The host closed the connection or it broke.</exception>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            LinkCalls.CheckReceive(buffer, offset, count, timeoutMs);
            TcpConnection connection = RequireConnected();
            int received = connection.Receive(buffer, offset, count, timeoutMs);
            if (received < 0)
            {
                throw Lose("The host closed the connection.", null);
            }

            return received;
        }

        private bool ValidateServer(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
        {
            // Trust exactly the acquirer's CA, whatever the PC's store holds (the same check as the probe's).
            return TcpLinkProbe.Check(_caCertificate, certificate, chain, errors) == SslPolicyErrors.None;
        }

        private TcpConnection RequireConnected()
        {
            LinkCalls.RequireConnected(_connection == null ? LinkState.Disconnected : _state);
            return _connection;
        }

        private bool Fail(string reason)
        {
            _lastError = reason;
            Disconnect();
            return false;
        }

        private IOException Lose(string reason, Exception cause)
        {
            _lastError = reason;
            Disconnect();
            return new IOException(reason, cause);
        }
    }
}
