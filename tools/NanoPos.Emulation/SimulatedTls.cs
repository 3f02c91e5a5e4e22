using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using NanoPos.Hal;
using NanoPos.HostSim;
using NanoPos.Terminal;

namespace NanoPos.Emulation
{
    /// <summary>
    /// TLS of the simulated terminal: the process's throwaway CA (one per process, shared by every simulated terminal),
    /// and the CA record the terminal pins, read the way the board's link factory (firmware/NanoPos.App/Esp32LinkFactory)
    /// reads it: the record "ca", PEM text or DER, at most one record's size.
    /// </summary>
    public static class SimulatedTls
    {
        /// <summary>The record holding the acquirer's CA certificate: the name Esp32LinkFactory.CaRecordName gives it on the board.</summary>
        public const string CaRecordName = "ca";

        /// <summary>The longest CA certificate in bytes: the record store's limit, as on the board.</summary>
        public const int MaxCaBytes = RecordFileFormat.MaxRecordBytes;

        private static readonly Lazy<TlsAuthority> Shared = new Lazy<TlsAuthority>(() => TlsAuthority.Create());

        /// <summary>
        /// Gets the authority of this process, made at first use (a new CA and server certificate, a few ms) and kept
        /// until the process ends: every simulated terminal of the process pins it and every simulated host presents it.
        /// </summary>
        public static TlsAuthority SharedAuthority => Shared.Value;

        /// <summary>Writes <paramref name="authority"/>'s CA certificate as PEM into the record "ca" (what provisioning does).</summary>
        /// <param name="store">The terminal's store.</param>
        /// <param name="authority">The authority to pin.</param>
        public static void WriteCaRecord(IRecordStore store, TlsAuthority authority)
        {
            ArgumentNullException.ThrowIfNull(store);
            ArgumentNullException.ThrowIfNull(authority);
            byte[] pem = Encoding.ASCII.GetBytes(authority.AuthorityPem);
            store.Write(CaRecordName, pem, 0, pem.Length);
        }

        /// <summary>
        /// Reads the pinned CA certificate from the record "ca", with the board's configuration errors: no record names
        /// the key host.tls; an empty, unreadable, too long or unparsable record names "ca".
        /// </summary>
        /// <param name="store">The terminal's store.</param>
        /// <returns>The CA certificate.</returns>
        /// <exception cref="ConfigException">There is no usable CA record.</exception>
        public static X509Certificate2 ReadCaRecord(IRecordStore store)
        {
            ArgumentNullException.ThrowIfNull(store);
            var buffer = new byte[MaxCaBytes];
            int length;
            try
            {
                length = store.Read(CaRecordName, buffer, 0, buffer.Length);
            }
            catch (ArgumentException)
            {
                throw new ConfigException(false, CaRecordName, "The CA certificate record \"ca\" is longer than " + MaxCaBytes + " bytes: provision one certificate (DER is smaller than PEM).");
            }
            catch (System.IO.IOException e)
            {
                throw new ConfigException(false, CaRecordName, "The CA certificate record \"ca\" cannot be read (damaged, or longer than " + MaxCaBytes + " bytes): " + e.Message);
            }

            if (length < 0)
            {
                throw new ConfigException(false, "host.tls", "host.tls is on but there is no CA certificate record \"ca\".");
            }

            if (length == 0)
            {
                throw new ConfigException(false, CaRecordName, "The CA certificate record \"ca\" is empty.");
            }

            try
            {
                // PEM text or DER, as the board's CaCertificateLoader takes them.
                string text = Encoding.ASCII.GetString(buffer, 0, length);
                return text.StartsWith("-----BEGIN", StringComparison.Ordinal)
                    ? X509Certificate2.CreateFromPem(text)
                    : X509CertificateLoader.LoadCertificate(buffer.AsSpan(0, length));
            }
            catch (CryptographicException e)
            {
                // The board finds out only at its first handshake; the simulation says so at boot, naming the record.
                throw new ConfigException(false, CaRecordName, "The CA certificate record \"ca\" is not a certificate: " + e.Message);
            }
        }

        /// <summary>Gives a certificate's SHA-256 fingerprint as upper-case hex (64 characters), over its DER bytes.</summary>
        /// <param name="certificate">The certificate.</param>
        /// <returns>The fingerprint.</returns>
        public static string Fingerprint(X509Certificate2 certificate)
        {
            ArgumentNullException.ThrowIfNull(certificate);
            return certificate.GetCertHashString(HashAlgorithmName.SHA256);
        }

        /// <summary>Gives the first 8 bytes of a SHA-256 fingerprint, colon-separated ("3F:A2:…"), for a panel.</summary>
        /// <param name="fingerprint">The full fingerprint from <see cref="Fingerprint"/>.</param>
        /// <returns>The short form, ending in an ellipsis.</returns>
        public static string ShortFingerprint(string fingerprint)
        {
            ArgumentNullException.ThrowIfNull(fingerprint);
            var s = new StringBuilder();
            for (int i = 0; i + 1 < fingerprint.Length && i < 16; i += 2)
            {
                s.Append(i == 0 ? string.Empty : ":").Append(fingerprint, i, 2);
            }

            return s.Append('…').ToString();
        }
    }
}
