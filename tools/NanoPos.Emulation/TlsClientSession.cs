using System;
using System.IO;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using NanoPos.Hal;

namespace NanoPos.Emulation
{
    /// <summary>
    /// One connection of a <see cref="TlsClientLink"/>: the client handshake and then the read loop on the pump's thread,
    /// the plaintext it decrypted, waiting for <see cref="TakePlain"/>, and the write side that puts the records on the
    /// inner link and keeps what it threw (SslStream wraps it, and its kind decides whether anything left).
    /// </summary>
    internal sealed class TlsClientSession
    {
        private readonly object _gate = new object();
        private readonly SslClientAuthenticationOptions _options;
        private readonly INetworkLink _inner;
        private int _writeTimeoutMs = 1;
        private byte[] _plain = new byte[4096];
        private int _plainLength;
        private volatile bool _authenticated;
        private SslPolicyErrors _refused;

        internal TlsClientSession(INetworkLink inner, string serverName, X509Certificate2 authority)
        {
            _inner = inner;
            // Exactly the pinned CA is trusted, whatever the PC's store holds; the host sends its own certificate, and no
            // certificate is fetched from anywhere (a board cannot either).
            var chain = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
                DisableCertificateDownloads = true,
            };
            chain.CustomTrustStore.Add(authority);
            _options = new SslClientAuthenticationOptions
            {
                TargetHost = serverName,
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                CertificateChainPolicy = chain,
                RemoteCertificateValidationCallback = Validate,
            };
            Pump = new TlsPump("nanoPos TLS client", WriteCipher, Run);
        }

        internal TlsPump Pump { get; }

        /// <summary>Gets whether the handshake finished (set before the thread's first read for data, so before quiet).</summary>
        internal bool Authenticated => _authenticated;

        internal SslProtocols Protocol { get; private set; }

        internal TlsCipherSuite CipherSuite { get; private set; }

        /// <summary>Gets what the inner link threw during the last write, or null.</summary>
        internal Exception WriteFault { get; private set; }

        /// <summary>Gets whether the last write put any byte on the inner link.</summary>
        internal bool WroteAny { get; private set; }

        /// <summary>Starts a write (a send, or the handshake's next flight): its timeout, and no fault yet.</summary>
        /// <param name="timeoutMs">The longest wait in ms for the inner link to take a record, at least 1.</param>
        internal void StartWrite(int timeoutMs)
        {
            _writeTimeoutMs = timeoutMs;
            WriteFault = null;
            WroteAny = false;
        }

        /// <summary>Moves decrypted bytes to the caller.</summary>
        /// <returns>The number moved, 0 when none is waiting.</returns>
        internal int TakePlain(byte[] buffer, int offset, int count)
        {
            lock (_gate)
            {
                int n = Math.Min(count, _plainLength);
                Array.Copy(_plain, 0, buffer, offset, n);
                Array.Copy(_plain, n, _plain, 0, _plainLength - n);
                _plainLength -= n;
                return n;
            }
        }

        /// <summary>Says why the session ended: the certificate's fault, or the exception's message.</summary>
        internal string Why()
        {
            if (_refused != SslPolicyErrors.None)
            {
                return "the host's certificate was refused (" + _refused + ")";
            }

            Exception failure = Pump.Failure;
            if (failure == null)
            {
                return "closed by the host";
            }

            return failure.InnerException == null ? failure.Message : failure.Message + " " + failure.InnerException.Message;
        }

        private void WriteCipher(byte[] buffer, int offset, int count)
        {
            // On the thread that writes: the pump's during the handshake, the firmware's after it.
            try
            {
                int sent = 0;
                while (sent < count)
                {
                    int n = _inner.Send(buffer, offset + sent, count - sent, _writeTimeoutMs);
                    if (n == 0)
                    {
                        throw WroteAny
                            ? new IOException("The link took part of a TLS record before its timeout: the stream is broken.")
                            : new InvalidOperationException("The link took nothing before its timeout.");
                    }

                    sent += n;
                    WroteAny = true;
                }
            }
            catch (Exception e)
            {
                WriteFault = e;
                throw;
            }
        }

        private bool Validate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
        {
            // SslStream has checked the name (RemoteCertificateNameMismatch) and the chain to the pinned CA only.
            _refused = errors;
            return errors == SslPolicyErrors.None;
        }

        private void Run(SslStream ssl)
        {
            ssl.AuthenticateAsClient(_options);
            Protocol = ssl.SslProtocol;
            CipherSuite = ssl.NegotiatedCipherSuite;
            _authenticated = true;
            var buffer = new byte[16 * 1024];
            int n;
            while ((n = ssl.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (_gate)
                {
                    if (_plainLength + n > _plain.Length)
                    {
                        Array.Resize(ref _plain, Math.Max(_plain.Length * 2, _plainLength + n));
                    }

                    Array.Copy(buffer, 0, _plain, _plainLength, n);
                    _plainLength += n;
                }
            }
        }
    }
}
