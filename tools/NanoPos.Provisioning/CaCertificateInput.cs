using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using NanoPos.Hal;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// The acquirer's CA certificate for the record "ca", checked as the board will read it: the board's loader
    /// (hal/NanoPos.Hal.Esp32/CaCertificateLoader.cs) takes the bytes as PEM when they start with "-----BEGIN" and as DER
    /// otherwise, and the App reads at most <see cref="RecordFileFormat.MaxRecordBytes"/> bytes of it. The bytes are
    /// written unchanged.
    /// </summary>
    internal static class CaCertificateInput
    {
        private const string PemMarker = "-----BEGIN";
        private const string CertificateMarker = "-----BEGIN CERTIFICATE-----";

        /// <summary>Reads and checks the certificate file.</summary>
        /// <param name="path">The value of --ca.</param>
        /// <param name="now">The time to judge the validity period by.</param>
        /// <param name="errors">Where the errors go.</param>
        /// <param name="notes">Where remarks that do not stop provisioning go.</param>
        /// <returns>The file's bytes, or null after an error.</returns>
        internal static byte[] Read(string path, DateTimeOffset now, List<string> errors, List<string> notes)
        {
            string flag = ProvisionOptions.CaFlag;
            byte[] raw;
            try
            {
                raw = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                errors.Add(flag + " " + path + " cannot be read: " + e.Message);
                return null;
            }

            return Check(raw, flag + " " + path, now, errors, notes);
        }

        /// <summary>Checks certificate bytes as the board will read them.</summary>
        /// <param name="raw">The bytes of the record "ca".</param>
        /// <param name="label">What the messages name: the flag and file, or the record.</param>
        /// <param name="now">The time to judge the validity period by.</param>
        /// <param name="errors">Where the errors go.</param>
        /// <param name="notes">Where remarks that do not stop provisioning go.</param>
        /// <returns>The bytes, or null after an error.</returns>
        internal static byte[] Check(byte[] raw, string label, DateTimeOffset now, List<string> errors, List<string> notes)
        {
            if (raw.Length == 0 || raw.Length > RecordFileFormat.MaxRecordBytes)
            {
                errors.Add(label + " has " + raw.Length + " bytes; the board reads a certificate of 1 to " + RecordFileFormat.MaxRecordBytes
                    + " bytes (one certificate, not a bundle; DER is a quarter smaller than PEM).");
                return null;
            }

            X509Certificate2 certificate;
            try
            {
                certificate = IsPem(raw) ? FromPem(label, raw, errors) : X509CertificateLoader.LoadCertificate(raw);
            }
            catch (CryptographicException e)
            {
                errors.Add(label + " is not a certificate the board can read: " + (IsPem(raw) ? "PEM" : "not PEM (it does not start with -----BEGIN), and as DER")
                    + " it fails to parse (" + e.Message.Trim() + ").");
                return null;
            }

            if (certificate == null)
            {
                return null;
            }

            using (certificate)
            {
                if (now < certificate.NotBefore || now > certificate.NotAfter)
                {
                    errors.Add(label + " is valid from " + certificate.NotBefore.ToUniversalTime().ToString("yyyy-MM-dd HH:mm") + " to "
                        + certificate.NotAfter.ToUniversalTime().ToString("yyyy-MM-dd HH:mm") + " UTC, not now: the board's TLS handshake would refuse the host.");
                    return null;
                }

                bool isAuthority = false;
                foreach (X509Extension extension in certificate.Extensions)
                {
                    if (extension is X509BasicConstraintsExtension constraints && constraints.CertificateAuthority)
                    {
                        isAuthority = true;
                    }
                }

                if (!isAuthority)
                {
                    notes.Add(label + " (" + certificate.Subject + ") is not marked as a CA: the board pins it as the trust anchor anyway; make sure the host's chain ends in it.");
                }
            }

            return raw;
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

        private static X509Certificate2 FromPem(string label, byte[] raw, List<string> errors)
        {
            string text = Encoding.ASCII.GetString(raw);
            int count = 0;
            int blocks = 0;
            for (int at = text.IndexOf(PemMarker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(PemMarker, at + 1, StringComparison.Ordinal))
            {
                blocks++;
                if (string.CompareOrdinal(text, at, CertificateMarker, 0, CertificateMarker.Length) == 0)
                {
                    count++;
                }
            }

            if (blocks != count)
            {
                errors.Add(label + " holds a PEM block that is not a certificate (a key?): give the CA certificate alone.");
                return null;
            }

            if (count != 1)
            {
                errors.Add(label + " holds " + count + " certificates; the board pins exactly one (the root, or the one the host's chain ends in).");
                return null;
            }

            return X509Certificate2.CreateFromPem(text);
        }
    }
}
