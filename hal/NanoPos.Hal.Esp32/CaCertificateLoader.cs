using System.Security.Cryptography.X509Certificates;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// Turns the provisioned CA certificate bytes into the certificate object the TLS handshake takes.
    /// </summary>
    /// <remarks>
    /// Provisioning may deliver PEM text or DER. PEM goes through the string constructor, which keeps the string
    /// terminator that the TLS library's PEM parser needs (PEM bytes handed in as a byte array fail to parse on
    /// nanoFramework); DER goes in as bytes.
    /// </remarks>
    internal static class CaCertificateLoader
    {
        private const string PemMarker = "-----BEGIN";

        /// <summary>Parses the certificate.</summary>
        /// <param name="raw">PEM (ASCII) or DER bytes.</param>
        /// <returns>The certificate.</returns>
        public static X509Certificate Load(byte[] raw)
        {
            return IsPem(raw) ? new X509Certificate(Ascii(raw)) : new X509Certificate(raw);
        }

        private static bool IsPem(byte[] raw)
        {
            if (raw.Length < PemMarker.Length)
            {
                return false;
            }

            for (int i = 0; i < PemMarker.Length; i++)
            {
                if (raw[i] != (byte)PemMarker[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static string Ascii(byte[] raw)
        {
            char[] chars = new char[raw.Length];
            for (int i = 0; i < raw.Length; i++)
            {
                chars[i] = (char)raw[i];
            }

            return new string(chars);
        }
    }
}
