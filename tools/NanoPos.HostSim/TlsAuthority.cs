using System;
using System.Collections.Generic;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NanoPos.HostSim
{
    /// <summary>
    /// A throwaway certificate authority and the server certificate it signs, made at start with .NET's own
    /// <see cref="CertificateRequest"/>: what <c>host-sim --tls</c> serves, and what the emulator and scripted runs pin.
    /// ECDSA P-256 (which the ESP32's mbedTLS verifies), a CA valid for 10 years from yesterday and a server
    /// certificate valid for 1 year, both backdated a day so a terminal clock a little behind still accepts them.
    /// </summary>
    /// <remarks>
    /// The CA's private key lives only in this object and is dropped with it: the authority signs exactly one server
    /// certificate, so a copy of the CA certificate pinned on a terminal trusts this simulator run and nothing else.
    /// </remarks>
    public sealed class TlsAuthority : IDisposable
    {
        /// <summary>The server name the certificate carries when none is given.</summary>
        public const string DefaultServerName = "acquirer.nanopos.test";

        private TlsAuthority(X509Certificate2 authority, X509Certificate2 server, string serverName)
        {
            Authority = authority;
            Server = server;
            ServerName = serverName;
        }

        /// <summary>Gets the CA certificate, public part only: what a terminal pins.</summary>
        public X509Certificate2 Authority { get; }

        /// <summary>Gets the server certificate with its private key, for <c>SslStream.AuthenticateAsServer</c>.</summary>
        public X509Certificate2 Server { get; }

        /// <summary>Gets the DNS name in the server certificate (also valid: "localhost", 127.0.0.1 and ::1).</summary>
        public string ServerName { get; }

        /// <summary>Gets the CA certificate as PEM text, the format of the terminal's "ca" record.</summary>
        public string AuthorityPem => Authority.ExportCertificatePem() + "\n";

        /// <summary>Makes a new CA and a server certificate for <paramref name="serverName"/> signed by it.</summary>
        /// <param name="serverName">The DNS name of the server, or null for <see cref="DefaultServerName"/>.</param>
        /// <returns>The authority; dispose it when the server stops.</returns>
        public static TlsAuthority Create(string serverName = null)
        {
            serverName ??= DefaultServerName;
            DateTimeOffset now = DateTimeOffset.UtcNow;
            using ECDsa caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var caRequest = new CertificateRequest("CN=nanoPos host-sim CA " + now.ToString("yyyyMMddHHmmss"), caKey, HashAlgorithmName.SHA256);
            caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
            caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
            using X509Certificate2 caWithKey = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));

            using ECDsa serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var serverRequest = new CertificateRequest("CN=" + serverName, serverKey, HashAlgorithmName.SHA256);
            serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
            serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            var names = new SubjectAlternativeNameBuilder();
            foreach (string name in new HashSet<string>(StringComparer.OrdinalIgnoreCase) { serverName, "localhost" })
            {
                names.AddDnsName(name);
            }

            names.AddIpAddress(IPAddress.Loopback);
            names.AddIpAddress(IPAddress.IPv6Loopback);
            serverRequest.CertificateExtensions.Add(names.Build());
            byte[] serial = new byte[16];
            RandomNumberGenerator.Fill(serial);
            serial[0] &= 0x7F;
            using X509Certificate2 signed = serverRequest.Create(caWithKey, now.AddDays(-1), now.AddYears(1), serial);
            using X509Certificate2 withKey = signed.CopyWithPrivateKey(serverKey);

            // SslStream on Linux wants a server certificate whose key came from a PKCS#12 import, not an ephemeral key.
            X509Certificate2 server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
            X509Certificate2 authority = X509CertificateLoader.LoadCertificate(caWithKey.RawData);
            return new TlsAuthority(authority, server, serverName);
        }

        /// <summary>Drops both certificates and the server's private key.</summary>
        public void Dispose()
        {
            Server.Dispose();
            Authority.Dispose();
        }
    }
}
