using NanoPos.Hal;
using NanoPos.Hal.Esp32;
using NanoPos.Terminal;

namespace NanoPos.App
{
    /// <summary>
    /// Builds the Wi-Fi/TCP link (TLS when configured) from the configuration: wifi.ssid and wifi.password, host.address
    /// and host.port, and with host.tls=on the acquirer's CA certificate from the record "ca" (PEM or DER).
    /// </summary>
    /// <remarks>
    /// <para>The Wi-Fi password is not read here: the settings get <see cref="TerminalConfig.WifiPassword"/>, the
    /// source over its record wrapped under the device key, and the link's joiner unwraps it right before it joins
    /// (once per boot). A damaged record is reported by the link ("Wi-Fi setup failed: The stored wifi.password ...:
    /// provision wifi.password again."), not here, so it never stops the boot.</para>
    /// <para>The record store keeps records of at most <see cref="RecordFileFormat.MaxRecordBytes"/> (2048) bytes, so that is
    /// also the largest CA certificate: one root (or the one intermediate the host's chain ends in) fits, as PEM up to
    /// about a 4096-bit key with short names, as DER (a quarter smaller) in nearly every case; a bundle of several
    /// certificates does not. A "ca" record that is too long, damaged or empty is a configuration error naming "ca"
    /// (LittleFsRecordStore refuses to write a longer record, and reports a longer file as damaged).</para>
    /// </remarks>
    public sealed class Esp32LinkFactory : ILinkFactory
    {
        /// <summary>The record holding the acquirer's CA certificate (PEM text or DER), provisioned with the configuration.</summary>
        public const string CaRecordName = "ca";

        /// <summary>The longest CA certificate in bytes: the record store's limit.</summary>
        public const int MaxCaBytes = RecordFileFormat.MaxRecordBytes;

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
        /// <exception cref="ConfigException">wifi.ssid is missing, or TLS is on without a usable CA certificate record
        /// (none: key host.tls; empty, damaged or longer than <see cref="MaxCaBytes"/>: key ca).</exception>
        public INetworkLink Create(TerminalConfig config)
        {
            if (config.WifiSsid == null)
            {
                throw new ConfigException(false, "wifi.ssid", "wifi.ssid is required on the device.");
            }

            ISecretSource password = config.WifiPassword;
            if (password == null)
            {
                // PosTerminal.Boot protects the configuration's secrets before it asks for the link.
                throw new System.InvalidOperationException("The configuration's secrets were not protected before the link was made.");
            }

            WifiLinkSettings settings;
            if (config.UseTls)
            {
                byte[] buffer = new byte[MaxCaBytes];
                int length;
                try
                {
                    length = _store.Read(CaRecordName, buffer, 0, buffer.Length);
                }
                catch (System.ArgumentException)
                {
                    // A store refuses a record longer than the buffer; unmapped, boot would show only "Terminal error".
                    throw new ConfigException(false, CaRecordName, "The CA certificate record \"ca\" is longer than " + MaxCaBytes.ToString() + " bytes: provision one certificate (DER is smaller than PEM).");
                }
                catch (System.IO.IOException e)
                {
                    // LittleFsRecordStore reports a file too long to be a record, or one whose check sum fails, as damaged.
                    // The configuration was just read from the same store, so the medium works: re-provisioning "ca" helps.
                    throw new ConfigException(false, CaRecordName, "The CA certificate record \"ca\" cannot be read (damaged, or longer than " + MaxCaBytes.ToString() + " bytes): " + e.Message);
                }

                if (length < 0)
                {
                    throw new ConfigException(false, "host.tls", "host.tls is on but there is no CA certificate record \"ca\".");
                }

                if (length == 0)
                {
                    throw new ConfigException(false, CaRecordName, "The CA certificate record \"ca\" is empty.");
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
