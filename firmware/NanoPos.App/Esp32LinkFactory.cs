using NanoPos.Hal;
using NanoPos.Hal.Esp32;
using NanoPos.Terminal;

namespace NanoPos.App
{
    /// <summary>
    /// Builds the Wi-Fi/TCP link (TLS when configured) from the configuration: wifi.ssid and wifi.password, host.address
    /// and host.port, and with host.tls=on the acquirer's CA certificate from the record "ca" (PEM or DER).
    /// </summary>
    public sealed class Esp32LinkFactory : ILinkFactory
    {
        /// <summary>The record holding the acquirer's CA certificate (PEM text or DER), provisioned with the configuration.</summary>
        public const string CaRecordName = "ca";

        private const int MaxCaBytes = 2048;

        private readonly IRecordStore _store;
        private readonly Esp32Clock _clock;

        /// <summary>Creates the factory.</summary>
        /// <param name="store">The record store holding the CA certificate.</param>
        /// <param name="clock">The clock whose time sync starts after the first connection.</param>
        public Esp32LinkFactory(IRecordStore store, Esp32Clock clock)
        {
            _store = store;
            _clock = clock;
        }

        /// <summary>Creates the link of a configuration.</summary>
        /// <param name="config">The configuration.</param>
        /// <returns>The link, which starts SNTP after its first connection.</returns>
        /// <exception cref="ConfigException">wifi.ssid is missing, or TLS is on without a CA certificate record.</exception>
        public INetworkLink Create(TerminalConfig config)
        {
            if (config.WifiSsid == null)
            {
                throw new ConfigException(false, "wifi.ssid", "wifi.ssid is required on the device.");
            }

            string password = config.WifiPassword == null ? string.Empty : config.WifiPassword;
            WifiLinkSettings settings;
            if (config.UseTls)
            {
                byte[] buffer = new byte[MaxCaBytes];
                int length = _store.Read(CaRecordName, buffer, 0, buffer.Length);
                if (length <= 0)
                {
                    throw new ConfigException(false, "host.tls", "host.tls is on but there is no CA certificate record \"ca\".");
                }

                byte[] ca = new byte[length];
                System.Array.Copy(buffer, ca, length);
                settings = new WifiLinkSettings(config.WifiSsid, password, config.HostAddress, config.HostPort, ca, config.TlsHostName);
            }
            else
            {
                settings = new WifiLinkSettings(config.WifiSsid, password, config.HostAddress, config.HostPort);
            }

            return new TimeSyncLink(new WifiTcpLink(settings), _clock);
        }
    }
}
