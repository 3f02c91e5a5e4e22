using System;
using System.Collections.Generic;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using NanoPos.Hal.Simulated;
using NanoPos.HostSim;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The acquirer's TLS termination in front of an unchanged in-process host (<see cref="SimulatedAcquirer"/>): it
    /// takes the terminal's ciphertext from the <see cref="InMemoryLink"/>, shakes hands with the server certificate of a
    /// <see cref="TlsAuthority"/>, hands the decrypted requests to the host, and encrypts its answers. The host's
    /// refusals, delays, silences and closes keep their simulated times (see <see cref="TlsHostSession"/>).
    /// </summary>
    /// <remarks>
    /// Every call returns only when the TLS side and the host have used all the input and wait for more, so answers are
    /// queued on the link before the terminal's send returns, as without TLS. A connection that is not TLS (a terminal
    /// with host.tls=off) or whose handshake fails is closed by the host, as a TLS port does. Fault:
    /// <see cref="ServeUntrustedCertificate"/> presents a certificate the terminal's pinned CA did not sign.
    /// </remarks>
    public sealed class TlsHostEndpoint : IHostEndpoint
    {
        private readonly object _gate = new object();
        private readonly IHostEndpoint _host;
        private readonly Dictionary<InMemoryLink, TlsHostSession> _sessions = new Dictionary<InMemoryLink, TlsHostSession>();
        private readonly SslServerAuthenticationOptions _options;
        private SslServerAuthenticationOptions _untrustedOptions;
        private bool _serveUntrusted;
        private int _completed;
        private int _failed;
        private long _plaintextBytes;
        private SslProtocols _protocol;
        private TlsCipherSuite _cipherSuite;
        private string _lastFailure = string.Empty;

        /// <summary>Creates the termination.</summary>
        /// <param name="host">The host behind it, which sees plaintext only.</param>
        /// <param name="authority">The authority whose server certificate is presented (the terminal pins its CA).</param>
        public TlsHostEndpoint(IHostEndpoint host, TlsAuthority authority)
        {
            ArgumentNullException.ThrowIfNull(host);
            ArgumentNullException.ThrowIfNull(authority);
            _host = host;
            Authority = authority;

            _options = OptionsFor(authority);
        }

        /// <summary>Gets the authority whose server certificate this endpoint presents.</summary>
        public TlsAuthority Authority { get; }

        /// <summary>Gets the number of handshakes completed so far.</summary>
        public int HandshakesCompleted
        {
            get
            {
                lock (_gate)
                {
                    return _completed;
                }
            }
        }

        /// <summary>Gets the number of connections whose handshake failed (a refused certificate, a client that is not TLS).</summary>
        public int HandshakesFailed
        {
            get
            {
                lock (_gate)
                {
                    return _failed;
                }
            }
        }

        /// <summary>Gets the protocol of the last completed handshake (<see cref="SslProtocols.None"/> before the first).</summary>
        public SslProtocols LastProtocol
        {
            get
            {
                lock (_gate)
                {
                    return _protocol;
                }
            }
        }

        /// <summary>Gets the cipher suite of the last completed handshake.</summary>
        public TlsCipherSuite LastCipherSuite
        {
            get
            {
                lock (_gate)
                {
                    return _cipherSuite;
                }
            }
        }

        /// <summary>Gets the number of decrypted bytes handed to the host so far.</summary>
        public long PlaintextBytes
        {
            get
            {
                lock (_gate)
                {
                    return _plaintextBytes;
                }
            }
        }

        /// <summary>Gets why the last failed session ended ("" if none failed).</summary>
        public string LastFailure
        {
            get
            {
                lock (_gate)
                {
                    return _lastFailure;
                }
            }
        }

        /// <summary>
        /// Makes the connections opened from now on present a server certificate for the same names signed by another CA
        /// (made at the first call, kept for the endpoint's life), as an impostor or a host whose certificate was replaced
        /// without the terminal's CA: the terminal refuses the handshake. False serves the genuine certificate again.
        /// </summary>
        /// <param name="untrusted">True to present the certificate the pinned CA did not sign.</param>
        public void ServeUntrustedCertificate(bool untrusted)
        {
            if (untrusted && _untrustedOptions == null)
            {
                // A throwaway authority: its CA certificate is pinned nowhere, so nothing can trust what it signed.
                _untrustedOptions = OptionsFor(TlsAuthority.Create(Authority.ServerName));
            }

            lock (_gate)
            {
                _serveUntrusted = untrusted;
            }
        }

        /// <summary>Accepts the connection when the host behind does; the TLS side then waits for the ClientHello.</summary>
        /// <param name="link">The terminal's link.</param>
        /// <returns>True when accepted.</returns>
        public bool OnConnect(InMemoryLink link)
        {
            End(link);
            SslServerAuthenticationOptions options;
            lock (_gate)
            {
                options = _serveUntrusted ? _untrustedOptions : _options;
            }

            var session = new TlsHostSession(this, link, _host, options);
            if (!session.Open())
            {
                return false;
            }

            lock (_gate)
            {
                _sessions[link] = session;
            }

            return true;
        }

        /// <summary>Runs the connection's TLS side (and the host, with what it decrypts) over the terminal's bytes.</summary>
        /// <param name="link">The terminal's link.</param>
        /// <param name="data">The ciphertext.</param>
        /// <param name="offset">The first byte.</param>
        /// <param name="count">The number of bytes.</param>
        public void OnReceive(InMemoryLink link, byte[] data, int offset, int count)
        {
            TlsHostSession session;
            lock (_gate)
            {
                _sessions.TryGetValue(link, out session);
            }

            session?.Receive(data, offset, count);
        }

        /// <summary>Ends the connection's TLS side and the host's connection behind it.</summary>
        /// <param name="link">The terminal's link.</param>
        public void OnDisconnect(InMemoryLink link)
        {
            End(link);
        }

        internal void NoteHandshake(SslProtocols protocol, TlsCipherSuite cipherSuite)
        {
            lock (_gate)
            {
                _completed++;
                _protocol = protocol;
                _cipherSuite = cipherSuite;
            }
        }

        internal void NotePlaintext(int count)
        {
            lock (_gate)
            {
                _plaintextBytes += count;
            }
        }

        internal void NoteEnd(bool authenticated, Exception failure)
        {
            lock (_gate)
            {
                if (!authenticated)
                {
                    _failed++;
                }

                _lastFailure = failure == null ? "closed" : failure.GetType().Name + ": " + failure.Message;
            }
        }

        private static SslServerAuthenticationOptions OptionsFor(TlsAuthority authority)
        {
            // Offline: the chain is built once, from what is given, and nothing is fetched. Only the server certificate is
            // sent; the terminal has the CA.
            return new SslServerAuthenticationOptions
            {
                ServerCertificateContext = SslStreamCertificateContext.Create(authority.Server, new X509Certificate2Collection(), true),
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                ClientCertificateRequired = false,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            };
        }

        private void End(InMemoryLink link)
        {
            TlsHostSession session;
            lock (_gate)
            {
                if (!_sessions.Remove(link, out session))
                {
                    return;
                }
            }

            session.Close();
        }
    }
}
