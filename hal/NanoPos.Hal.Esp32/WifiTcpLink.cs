using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// The <see cref="INetworkLink"/> of the ESP32: Wi-Fi through the nanoFramework Wi-Fi helper, a TCP socket to
    /// the acquirer host and, when configured, TLS 1.2 whose server certificate must chain to the acquirer's CA.
    /// </summary>
    /// <remarks>
    /// <para><b>Connect</b> brings Wi-Fi up if needed, then opens TCP (and TLS) within the one timeout. The first
    /// call uses WifiNetworkHelper.ConnectDhcp, which stores the network in the device configuration only when it is
    /// not connected to it already; later calls wait with WifiNetworkHelper.Reconnect for the radio's automatic
    /// reconnection (no flash write), falling back to ConnectDhcp after a failed wait. With TLS the helper also
    /// waits for a valid date (SNTP), because certificate validity cannot be checked on an unset clock: the first
    /// connection after power-on may take several seconds. TCP, name resolution and the TLS handshake run on a
    /// worker thread that is abandoned when the time is up (see <see cref="TcpConnectAttempt"/>).</para>
    /// <para><b>Send</b> waits for the socket to be writable before each piece of at most 512 bytes; fewer bytes than
    /// asked are returned when the time runs out between pieces. A socket error, or a piece that stalls half-way,
    /// loses the link (<see cref="IOException"/>): a half-sent piece cannot be resumed, least of all inside TLS.</para>
    /// <para><b>Receive</b> polls the socket with the timeout and returns what has arrived. Over TLS, bytes on the
    /// socket may be only part of a record; a read that then times out returns 0 and keeps the session.</para>
    /// <para><b>Loss and reconnection.</b> Any error while connected closes the socket and the TLS session and sets
    /// <see cref="LinkState.Disconnected"/>; <see cref="Connect"/> then starts afresh (Wi-Fi check, new socket).</para>
    /// <para><b>Signal strength.</b> The nanoFramework Wi-Fi API reports RSSI only per scanned network, not for the
    /// current connection. <see cref="SignalStrengthDbm"/> gives the RSSI of the configured network from the last
    /// scan started by <see cref="StartSignalScan"/> (while connected), or 0 (unknown) before any scan. A scan
    /// takes the radio off the channel briefly: start it from the health screen, never during a payment.</para>
    /// <para>One thread uses the link (the engine's); the state may be read from any thread.</para>
    /// </remarks>
    public sealed class WifiTcpLink : INetworkLink
    {
        private const int SendPieceBytes = 512;

        private readonly WifiLinkSettings _settings;
        private readonly WifiJoiner _wifi;
        private LinkState _state = LinkState.Disconnected;
        private Socket _socket;
        private SslStream _tls;
        private X509Certificate _ca;
        private int _connections;
        private string _lastError = string.Empty;

        /// <summary>Creates a disconnected link.</summary>
        /// <param name="settings">The network, host and TLS settings.</param>
        /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
        public WifiTcpLink(WifiLinkSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            _settings = settings;
            _wifi = new WifiJoiner(settings.Ssid, settings.Password, settings.UseTls);
        }

        /// <summary>Gets the current state of the link.</summary>
        public LinkState State
        {
            get { return _state; }
        }

        /// <summary>Gets the RSSI in dBm of the configured network from the last scan while connected, or 0 (unknown).</summary>
        public int SignalStrengthDbm
        {
            get { return _state == LinkState.Connected ? _wifi.RssiDbm : 0; }
        }

        /// <summary>Gets the number of connections opened so far.</summary>
        public int Connections
        {
            get { return _connections; }
        }

        /// <summary>Gets why the last connection attempt failed or the link was lost, for the health report ("" if never).</summary>
        public string LastError
        {
            get { return _lastError; }
        }

        /// <summary>
        /// Connects Wi-Fi (if needed) and the host within the timeout.
        /// </summary>
        /// <param name="timeoutMs">The longest wait in ms for the whole connection, at least 1.</param>
        /// <returns>True when connected; false when it failed or did not finish in time (see <see cref="LastError"/>).</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is less than 1.</exception>
        public bool Connect(int timeoutMs)
        {
            LinkCalls.CheckConnect(timeoutMs);
            if (_state == LinkState.Connected)
            {
                return true;
            }

            _state = LinkState.Connecting;
            long deadline = Environment.TickCount64 + timeoutMs;
            TcpConnectAttempt attempt = null;
            try
            {
                if (!_wifi.Join(LinkCalls.RemainingMs(deadline, Environment.TickCount64)))
                {
                    return Fail("Wi-Fi not connected: " + _wifi.LastStatus);
                }

                X509Certificate ca = _settings.UseTls ? CaCertificate() : null;
                attempt = new TcpConnectAttempt(_settings.Host, _settings.Port, ca, _settings.TlsHostName);
                attempt.Start();
                if (!attempt.Wait(LinkCalls.RemainingMs(deadline, Environment.TickCount64)))
                {
                    attempt.Abandon();
                    return Fail("No connection to " + _settings.Host + " within " + timeoutMs + " ms.");
                }

                if (attempt.Error != null)
                {
                    return Fail("Connecting to " + _settings.Host + " failed: " + attempt.Error.Message);
                }

                _socket = attempt.Socket;
                _tls = attempt.Tls;
                _state = LinkState.Connected;
                _connections++;
                return true;
            }
            catch (Exception e)
            {
                if (attempt != null)
                {
                    attempt.Abandon();
                }

                return Fail("Connecting failed: " + e.Message);
            }
        }

        /// <summary>Closes the connection (unsent bytes are dropped); Wi-Fi stays up. Safe in any state.</summary>
        public void Disconnect()
        {
            CloseConnection();
        }

        /// <summary>
        /// Sends bytes within the timeout (see the class remarks).
        /// </summary>
        /// <param name="buffer">The buffer holding the bytes.</param>
        /// <param name="offset">The index of the first byte to send.</param>
        /// <param name="count">The number of bytes to send.</param>
        /// <param name="timeoutMs">The longest wait in ms, at least 1.</param>
        /// <returns>The number of bytes accepted; fewer than count when the time ran out between pieces.</returns>
        /// <exception cref="ArgumentException">The range lies outside the buffer or the timeout is less than 1.</exception>
        /// <exception cref="InvalidOperationException">The link is not connected.</exception>
        /// <exception cref="IOException">The connection was lost.</exception>
        public int Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            LinkCalls.CheckSend(buffer, offset, count, timeoutMs);
            RequireConnected();
            long deadline = Environment.TickCount64 + timeoutMs;
            int sent = 0;
            try
            {
                while (sent < count)
                {
                    int remaining = LinkCalls.RemainingMs(deadline, Environment.TickCount64);
                    if (remaining == 0 || !_socket.Poll(LinkCalls.ToPollMicroseconds(remaining), SelectMode.SelectWrite))
                    {
                        break;
                    }

                    int piece = count - sent < SendPieceBytes ? count - sent : SendPieceBytes;
                    if (_tls != null)
                    {
                        _tls.WriteTimeout = remaining;
                        _tls.Write(buffer, offset + sent, piece);
                    }
                    else
                    {
                        _socket.SendTimeout = remaining;
                        piece = _socket.Send(buffer, offset + sent, piece, SocketFlags.None);
                    }

                    sent += piece;
                }

                return sent;
            }
            catch (Exception e)
            {
                throw Lose("The link was lost while sending: " + e.Message, e);
            }
        }

        /// <summary>
        /// Receives the bytes that have arrived, waiting up to the timeout for the first.
        /// </summary>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index of the first byte to fill.</param>
        /// <param name="count">The most bytes to receive, at least 1.</param>
        /// <param name="timeoutMs">The longest wait in ms; 0 takes only what has arrived.</param>
        /// <returns>The number of bytes received, or 0 when none arrived in time.</returns>
        /// <exception cref="ArgumentException">The range lies outside the buffer, count is less than 1 or the timeout is negative.</exception>
        /// <exception cref="InvalidOperationException">The link is not connected.</exception>
        /// <exception cref="IOException">The connection was lost or closed by the host.</exception>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            LinkCalls.CheckReceive(buffer, offset, count, timeoutMs);
            RequireConnected();
            long deadline = Environment.TickCount64 + timeoutMs;
            int received;
            try
            {
                if (_tls == null || !_tls.DataAvailable)
                {
                    if (!_socket.Poll(LinkCalls.ToPollMicroseconds(timeoutMs), SelectMode.SelectRead))
                    {
                        return 0;
                    }
                }

                if (_tls != null)
                {
                    received = ReadTls(buffer, offset, count, LinkCalls.RemainingMs(deadline, Environment.TickCount64));
                    if (received < 0)
                    {
                        return 0;
                    }
                }
                else
                {
                    // Readable with nothing to read means the host closed its side.
                    int available = _socket.Available;
                    received = available <= 0 ? 0 : _socket.Receive(buffer, offset, available < count ? available : count, SocketFlags.None);
                }
            }
            catch (Exception e)
            {
                throw Lose("The link was lost while receiving: " + e.Message, e);
            }

            if (received <= 0)
            {
                throw Lose("The host closed the connection.", null);
            }

            return received;
        }

        /// <summary>
        /// Starts a Wi-Fi scan whose result updates <see cref="SignalStrengthDbm"/> a few seconds later. Do not call it
        /// during a payment: the radio leaves the channel while scanning.
        /// </summary>
        public void StartSignalScan()
        {
            _wifi.StartScan();
        }

        private int ReadTls(byte[] buffer, int offset, int count, int timeoutMs)
        {
            _tls.ReadTimeout = timeoutMs < 1 ? 1 : timeoutMs;
            try
            {
                return _tls.Read(buffer, offset, count);
            }
            catch (SocketException e)
            {
                // Only part of a TLS record (or a record without data) arrived in time: nothing to deliver yet.
                if (e.ErrorCode == (int)SocketError.TimedOut)
                {
                    return -1;
                }

                throw;
            }
        }

        private X509Certificate CaCertificate()
        {
            if (_ca == null)
            {
                _ca = CaCertificateLoader.Load(_settings.GetCaCertificate());
            }

            return _ca;
        }

        private void RequireConnected()
        {
            if (_state != LinkState.Connected)
            {
                throw new InvalidOperationException("The link is not connected.");
            }
        }

        private bool Fail(string reason)
        {
            _lastError = reason;
            CloseConnection();
            return false;
        }

        private IOException Lose(string reason, Exception cause)
        {
            _lastError = reason;
            CloseConnection();
            return cause == null ? new IOException(reason) : new IOException(reason, cause);
        }

        private void CloseConnection()
        {
            TcpConnectAttempt.CloseQuietly(_tls, _socket);
            _tls = null;
            _socket = null;
            _state = LinkState.Disconnected;
        }
    }
}
