using System;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// Where a <see cref="WifiTcpLink"/> connects: the Wi-Fi network, the acquirer host and, for TLS, the CA
    /// certificate that the host's certificate must chain to. Filled by the composition root from the terminal's
    /// provisioning data; immutable.
    /// </summary>
    /// <remarks>
    /// The Wi-Fi password is not held here in clear: the settings carry its <see cref="ISecretSource"/> (on the
    /// terminal, the record wrapped under the device key), which the link's <c>WifiJoiner</c> reads right before it
    /// compares or writes the runtime's Wi-Fi configuration, once per boot. Nothing here prints or logs it.
    /// </remarks>
    public sealed class WifiLinkSettings
    {
        private readonly string _ssid;
        private readonly ISecretSource _password;
        private readonly string _host;
        private readonly int _port;
        private readonly bool _useTls;
        private readonly byte[] _caCertificate;
        private readonly string _tlsHostName;

        /// <summary>
        /// Creates settings for a plain TCP connection (no TLS), for a host on a private network or a test bench.
        /// </summary>
        /// <param name="ssid">The Wi-Fi network name.</param>
        /// <param name="password">Where the Wi-Fi password is read from right before joining (0 bytes: an open network).</param>
        /// <param name="host">The acquirer host: a dotted IPv4 address or a DNS name.</param>
        /// <param name="port">The TCP port, 1 to 65535.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The SSID or host is empty, or the port is out of range.</exception>
        public WifiLinkSettings(string ssid, ISecretSource password, string host, int port)
            : this(ssid, password, host, port, false, null, null)
        {
        }

        /// <summary>
        /// Creates settings for a plain TCP connection with a password given as text: for a test bench, whose password
        /// is no secret (the terminal uses the <see cref="ISecretSource"/> constructors).
        /// </summary>
        /// <param name="ssid">The Wi-Fi network name.</param>
        /// <param name="password">The Wi-Fi password ("" for an open network), printable ASCII.</param>
        /// <param name="host">The acquirer host: a dotted IPv4 address or a DNS name.</param>
        /// <param name="port">The TCP port, 1 to 65535.</param>
        /// <exception cref="ArgumentNullException">A string is null.</exception>
        /// <exception cref="ArgumentException">The SSID or host is empty, the port is out of range, or the password is longer than 64 characters or not ASCII.</exception>
        public WifiLinkSettings(string ssid, string password, string host, int port)
            : this(ssid, password == null ? null : new FixedSecret(password), host, port, false, null, null)
        {
        }

        /// <summary>
        /// Creates settings for a TLS connection (TLS 1.2) whose server certificate must chain to the given CA.
        /// </summary>
        /// <param name="ssid">The Wi-Fi network name.</param>
        /// <param name="password">Where the Wi-Fi password is read from right before joining (0 bytes: an open network).</param>
        /// <param name="host">The acquirer host: a dotted IPv4 address or a DNS name.</param>
        /// <param name="port">The TCP port, 1 to 65535.</param>
        /// <param name="caCertificate">The acquirer's CA certificate as provisioned: PEM text (ASCII bytes starting
        /// with "-----BEGIN") or DER. Copied.</param>
        /// <param name="tlsHostName">The name the server certificate must carry; null to use <paramref name="host"/>.</param>
        /// <exception cref="ArgumentNullException">An argument other than the TLS name is null.</exception>
        /// <exception cref="ArgumentException">The SSID or host is empty, the port is out of range or the certificate is empty.</exception>
        public WifiLinkSettings(string ssid, ISecretSource password, string host, int port, byte[] caCertificate, string tlsHostName)
            : this(ssid, password, host, port, true, caCertificate, tlsHostName)
        {
        }

        private WifiLinkSettings(string ssid, ISecretSource password, string host, int port, bool useTls, byte[] caCertificate, string tlsHostName)
        {
            if (ssid == null || password == null || host == null)
            {
                throw new ArgumentNullException(ssid == null ? "ssid" : password == null ? "password" : "host");
            }

            if (ssid.Length == 0 || host.Length == 0)
            {
                throw new ArgumentException("The SSID and the host must not be empty.");
            }

            if (port < 1 || port > 65535)
            {
                throw new ArgumentException("The port must be 1 to 65535.", "port");
            }

            if (useTls)
            {
                if (caCertificate == null)
                {
                    throw new ArgumentNullException("caCertificate");
                }

                if (caCertificate.Length == 0)
                {
                    throw new ArgumentException("The CA certificate is empty.", "caCertificate");
                }

                _caCertificate = new byte[caCertificate.Length];
                Array.Copy(caCertificate, _caCertificate, caCertificate.Length);
            }

            _ssid = ssid;
            _password = password;
            _host = host;
            _port = port;
            _useTls = useTls;
            _tlsHostName = tlsHostName == null ? host : tlsHostName;
        }

        /// <summary>Gets the Wi-Fi network name.</summary>
        public string Ssid
        {
            get { return _ssid; }
        }

        /// <summary>Gets where the Wi-Fi password is read from (by the joiner, right before it uses it).</summary>
        public ISecretSource Password
        {
            get { return _password; }
        }

        /// <summary>Gets the acquirer host (dotted IPv4 address or DNS name).</summary>
        public string Host
        {
            get { return _host; }
        }

        /// <summary>Gets the TCP port.</summary>
        public int Port
        {
            get { return _port; }
        }

        /// <summary>Gets a value indicating whether the connection uses TLS.</summary>
        public bool UseTls
        {
            get { return _useTls; }
        }

        /// <summary>Gets the name the server certificate must carry (the host unless given).</summary>
        public string TlsHostName
        {
            get { return _tlsHostName; }
        }

        /// <summary>
        /// Gets a copy of the CA certificate bytes, or null without TLS.
        /// </summary>
        /// <returns>The provisioned bytes.</returns>
        public byte[] GetCaCertificate()
        {
            if (_caCertificate == null)
            {
                return null;
            }

            byte[] copy = new byte[_caCertificate.Length];
            Array.Copy(_caCertificate, copy, copy.Length);
            return copy;
        }
    }
}
