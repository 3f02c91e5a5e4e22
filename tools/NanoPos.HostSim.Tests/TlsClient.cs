using System;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using NanoPos.Iso8583;

namespace NanoPos.HostSim.Tests
{
    /// <summary>
    /// A terminal-side TLS client for tests: trusts exactly one CA certificate (pinned, as the terminal's "ca" record
    /// does), checks the server name, then exchanges raw frames. Every read has a deadline.
    /// </summary>
    internal sealed class TlsClient : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly SslStream _tls;
        private readonly FrameCodec _frames = new FrameCodec(CupTerminalProfile.Instance);

        private TlsClient(TcpClient tcp, SslStream tls)
        {
            _tcp = tcp;
            _tls = tls;
        }

        public SslProtocols Protocol => _tls.SslProtocol;

        /// <summary>Connects to 127.0.0.1 and completes the handshake, trusting only <paramref name="pinned"/> (null: the system's roots).</summary>
        public static TlsClient Connect(int port, X509Certificate2 pinned, string serverName)
        {
            var tcp = new TcpClient();
            try
            {
                tcp.ConnectAsync("127.0.0.1", port).Wait(RunningHost.Timeout);
                tcp.ReceiveTimeout = RunningHost.Timeout;
                tcp.SendTimeout = RunningHost.Timeout;
                var tls = new SslStream(tcp.GetStream(), false);
                var options = new SslClientAuthenticationOptions
                {
                    TargetHost = serverName,
                    EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                };
                if (pinned != null)
                {
                    options.RemoteCertificateValidationCallback = (_, certificate, _, errors) => IsSignedBy(certificate, pinned, errors);
                }

                if (!tls.AuthenticateAsClientAsync(options).Wait(RunningHost.Timeout))
                {
                    throw new TimeoutException("no TLS handshake within " + RunningHost.Timeout + " ms");
                }

                return new TlsClient(tcp, tls);
            }
            catch
            {
                tcp.Dispose();
                throw;
            }
        }

        /// <summary>Sends a frame and reads the answer frame.</summary>
        public byte[] Exchange(byte[] frame)
        {
            _tls.Write(frame);
            _tls.Flush();
            byte[] header = new byte[_frames.HeaderLength];
            _tls.ReadExactly(header);
            byte[] answer = new byte[header.Length + _frames.ReadLength(header, 0)];
            header.CopyTo(answer, 0);
            _tls.ReadExactly(answer, header.Length, answer.Length - header.Length);
            return answer;
        }

        public void Dispose()
        {
            _tls.Dispose();
            _tcp.Dispose();
        }

        // Pinning: the chain must end at exactly this CA, and the name must match (no other error is forgiven).
        private static bool IsSignedBy(X509Certificate certificate, X509Certificate2 authority, SslPolicyErrors errors)
        {
            if (certificate == null || (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
            {
                return false;
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(authority);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            using var leaf = new X509Certificate2(certificate);
            return chain.Build(leaf) && chain.ChainElements[^1].Certificate.Thumbprint == authority.Thumbprint;
        }
    }
}
