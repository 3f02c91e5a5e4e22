using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NanoPos.Hal.Host.Tests
{
    /// <summary>
    /// A throw-away certificate authority and a server certificate for "localhost" issued by it, made at run time so
    /// no key material lives in the repository.
    /// </summary>
    internal sealed class TestCertificates : IDisposable
    {
        public TestCertificates(string subjectName)
        {
            DateTimeOffset now = DateTimeOffset.UtcNow;
            using ECDsa caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var caRequest = new CertificateRequest("CN=" + subjectName + " Test CA", caKey, HashAlgorithmName.SHA256);
            caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            using X509Certificate2 caWithKey = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
            Authority = X509CertificateLoader.LoadCertificate(caWithKey.RawData);

            using ECDsa serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            serverRequest.CertificateExtensions.Add(names.Build());
            serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
            serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            byte[] serial = new byte[8];
            RandomNumberGenerator.Fill(serial);
            using X509Certificate2 issued = serverRequest.Create(caWithKey, now.AddDays(-1), now.AddDays(7), serial);
            using X509Certificate2 withKey = issued.CopyWithPrivateKey(serverKey);

            // Round trip through PKCS#12 so the key is usable by the TLS server on every operating system.
            Server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
        }

        /// <summary>Gets the CA certificate (public part only), what a terminal gets from provisioning.</summary>
        public X509Certificate2 Authority { get; }

        /// <summary>Gets the server certificate with its private key.</summary>
        public X509Certificate2 Server { get; }

        public void Dispose()
        {
            Authority.Dispose();
            Server.Dispose();
        }
    }
}
