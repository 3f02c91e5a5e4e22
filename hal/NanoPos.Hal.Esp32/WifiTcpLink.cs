using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// The <see cref="INetworkLink"/> of the ESP32: Wi-Fi through the nanoFramework Wi-Fi helper, a TCP socket to
    /// the acquirer host and, when configured, TLS 1.2 whose server certificate must chain to the acquirer's CA.
    /// </summary>
    /// <remarks>
    /// <para><b>Connect</b> brings Wi-Fi up if needed, then opens TCP (and TLS) within the one timeout. Wi-Fi settings
    /// are written to flash at most once per boot, and only when the stored ones differ from the provisioned ones; after
    /// that the link relies on the radio's own reconnection and only waits for an address (see <see cref="WifiJoiner"/>).
    /// With TLS it also waits for a valid date (SNTP), because certificate validity cannot be checked on an unset clock:
    /// the first connection after power-on may take several seconds. Name resolution, TCP and the TLS handshake run on
    /// one long-lived worker thread that is abandoned when the time is up; while an abandoned attempt still blocks it,
    /// Connect fails at once (see <see cref="TcpConnector"/>).</para>
    /// <para><b>Send</b> and <b>Receive</b> are those of <see cref="HostConnection"/>: pieces of at most 512 bytes, each
    /// after the socket is writable (a payment request is one piece, so one TLS record), and a receive that returns
    /// what has arrived. A socket error, or a piece that stalls half-way, loses the link (<see cref="IOException"/>:
    /// part of the request may have left): a half-sent piece cannot be resumed, least of all inside TLS. A send while
    /// the link is not connected throws <see cref="InvalidOperationException"/> before the socket is touched, so the
    /// engine knows that nothing left (<see cref="INetworkLink.Send"/>).</para>
    /// <para><b>Loss and reconnection.</b> Any error while connected closes the socket and the TLS session and sets
    /// <see cref="LinkState.Disconnected"/>; <see cref="Connect"/> then starts afresh (Wi-Fi check, new socket).</para>
    /// <para><b>Signal strength.</b> The nanoFramework Wi-Fi API reports RSSI only per scanned network, not for the
    /// current connection. <see cref="SignalStrengthDbm"/> gives the RSSI of the configured network from the last
    /// scan started by <see cref="StartSignalScan"/> (while connected), or 0 (unknown) before any scan. A scan
    /// takes the radio off the channel briefly: start it from the health screen, never during a payment.</para>
    /// <para><b>Probe</b> (<see cref="ILinkProbe"/>, for the technician's link self-test): Wi-Fi joined and its RSSI from
    /// the last scan, then a fresh name lookup, the TCP connect and the TLS handshake, each timed and bounded on its own
    /// (see <see cref="LinkProbeRunner"/>). Not run on a board here.</para>
    /// <para>One thread uses the link (the engine's); the state may be read from any thread.</para>
    /// </remarks>
    public sealed class WifiTcpLink : INetworkLink, ILinkProbe
    {
        private readonly WifiLinkSettings _settings;
        private readonly WifiJoiner _wifi;
        private readonly TcpConnector _connector;
        private readonly LinkProbeRunner _probe;
        private LinkState _state = LinkState.Disconnected;
        private HostConnection _connection;
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
            _connector = new TcpConnector(settings.Host, settings.Port, settings.TlsHostName);
            _probe = new LinkProbeRunner(_wifi, _connector, settings.Host);
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

        /// <summary>Gets how often the Wi-Fi settings were written to flash by this link: 0, or 1 after (re)provisioning.</summary>
        public int WifiSettingsWrites
        {
            get { return _wifi.SettingsWrites; }
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
            bool started = false;
            try
            {
                if (!_wifi.Join(LinkCalls.RemainingMs(deadline, Environment.TickCount64)))
                {
                    return Fail("Wi-Fi not connected: " + _wifi.LastStatus);
                }

                X509Certificate ca = _settings.UseTls ? CaCertificate() : null;
                if (!_connector.Start(ca))
                {
                    return Fail("An abandoned connection attempt to " + _settings.Host + " is still running (name resolution or connect); try again later.");
                }

                started = true;
                if (!_connector.Wait(LinkCalls.RemainingMs(deadline, Environment.TickCount64)))
                {
                    _connector.Abandon();
                    return Fail("No connection to " + _settings.Host + " within " + timeoutMs + " ms.");
                }

                HostConnection connection = _connector.TakeConnection();
                if (connection == null)
                {
                    Exception error = _connector.Error;
                    return Fail("Connecting to " + _settings.Host + " failed: " + (error == null ? "abandoned" : error.Message));
                }

                _connection = connection;
                _state = LinkState.Connected;
                _connections++;
                return true;
            }
            catch (Exception e)
            {
                if (started)
                {
                    _connector.Abandon();
                }

                return Fail("Connecting failed: " + e.Message);
            }
        }

        /// <summary>
        /// Checks the path stage by stage on a connection of its own, closed again before returning (see the class
        /// remarks). The link is disconnected afterwards; a failure is also <see cref="LastError"/>.
        /// </summary>
        /// <param name="timeoutMs">The longest wait in ms for each stage, at least 1.</param>
        /// <param name="result">Receives the figures; reset first.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is less than 1.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
        public void Probe(int timeoutMs, LinkProbeResult result)
        {
            LinkCalls.CheckConnect(timeoutMs);
            if (result == null)
            {
                throw new ArgumentNullException("result");
            }

            CloseConnection();
            result.Reset();
            X509Certificate ca = null;
            try
            {
                ca = _settings.UseTls ? CaCertificate() : null;
            }
            catch (Exception)
            {
                // A CA record that does not load fails where it would bite: the handshake.
                result.UsesTls = true;
                result.Fail(LinkProbeStage.Tls, "CA certificate unusable");
            }

            if (result.Passed)
            {
                _probe.Run(ca, timeoutMs, result);
            }

            if (!result.Passed)
            {
                _lastError = "Probe: " + result.Error;
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
        /// <exception cref="InvalidOperationException">The link is not connected: nothing was sent.</exception>
        /// <exception cref="IOException">The connection was lost during the write: some or all bytes may have left.</exception>
        public int Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            LinkCalls.CheckSend(buffer, offset, count, timeoutMs);
            RequireConnected();
            try
            {
                return _connection.Send(buffer, offset, count, timeoutMs);
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
            int received;
            try
            {
                received = _connection.Receive(buffer, offset, count, timeoutMs);
            }
            catch (Exception e)
            {
                throw Lose("The link was lost while receiving: " + e.Message, e);
            }

            if (received < 0)
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
            LinkCalls.RequireConnected(_connection == null ? LinkState.Disconnected : _state);
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
            HostConnection connection = _connection;
            _connection = null;
            if (connection != null)
            {
                connection.Close();
            }

            _state = LinkState.Disconnected;
        }
    }
}
