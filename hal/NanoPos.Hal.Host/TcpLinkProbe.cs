using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

namespace NanoPos.Hal.Host
{
    /// <summary>
    /// The stage-by-stage probe of <see cref="TcpNetworkLink"/> (<see cref="ILinkProbe"/>) and the server certificate
    /// check both the probe and the link's connect use: name lookup through <see cref="Dns"/> (none for an IP literal),
    /// TCP connect, TLS handshake, each timed with a <see cref="Stopwatch"/> and bounded by the per-stage timeout. The
    /// connection is the probe's own and is closed before it returns.
    /// </summary>
    internal static class TcpLinkProbe
    {
        /// <summary>Runs the stages; the caller has reset <paramref name="result"/> and set what it knows (TLS or not).</summary>
        /// <param name="host">The host name or address.</param>
        /// <param name="port">The TCP port.</param>
        /// <param name="tlsHostName">The name the certificate must carry, or null for plain TCP.</param>
        /// <param name="ca">The pinned CA, or null for the PC's roots (TLS only).</param>
        /// <param name="refused">True when refusals are injected: the TCP stage fails without touching the network.</param>
        /// <param name="timeoutMs">The longest wait in ms for each stage.</param>
        /// <param name="result">Receives the figures.</param>
        public static void Run(string host, int port, string tlsHostName, X509Certificate2 ca, bool refused, int timeoutMs, LinkProbeResult result)
        {
            IPAddress[] addresses = Lookup(host, timeoutMs, result);
            if (addresses == null)
            {
                return;
            }

            if (refused)
            {
                result.Fail(LinkProbeStage.Tcp, "connection refused");
                return;
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            Stream stream = null;
            try
            {
                if (!ConnectTcp(socket, addresses, port, timeoutMs, result) || tlsHostName == null)
                {
                    return;
                }

                stream = new NetworkStream(socket, false);
                Handshake(stream, tlsHostName, ca, timeoutMs, result);
            }
            finally
            {
                stream?.Dispose();
                socket.Dispose();
            }
        }

        /// <summary>
        /// Checks the host's certificate: with a pinned CA, the name must match and the chain must end at exactly that CA
        /// (whatever the PC's store holds; intermediates come from the host); without one, the PC's own verdict.
        /// </summary>
        /// <returns>What is wrong with it, or <see cref="SslPolicyErrors.None"/> when it is accepted.</returns>
        public static SslPolicyErrors Check(X509Certificate2 ca, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
        {
            if (ca == null)
            {
                return errors;
            }

            if (certificate == null)
            {
                return SslPolicyErrors.RemoteCertificateNotAvailable;
            }

            if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
            {
                return SslPolicyErrors.RemoteCertificateNameMismatch;
            }

            using var custom = new X509Chain();
            custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            custom.ChainPolicy.CustomTrustStore.Add(ca);
            custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (chain != null)
            {
                foreach (X509ChainElement element in chain.ChainElements)
                {
                    custom.ChainPolicy.ExtraStore.Add(element.Certificate);
                }
            }

            using var server = new X509Certificate2(certificate);
            return custom.Build(server) ? SslPolicyErrors.None : SslPolicyErrors.RemoteCertificateChainErrors;
        }

        private static IPAddress[] Lookup(string host, int timeoutMs, LinkProbeResult result)
        {
            if (IPAddress.TryParse(host, out IPAddress literal))
            {
                // An address given as digits needs no lookup: the stage does not exist (NameLookupMs stays -1).
                return new[] { literal };
            }

            var watch = Stopwatch.StartNew();
            Task<IPAddress[]> lookup = Dns.GetHostAddressesAsync(host);
            try
            {
                // The resolver cannot always be cancelled: give up waiting and let it finish on its own.
                if (!lookup.Wait(timeoutMs))
                {
                    Observe(lookup);
                    result.Fail(LinkProbeStage.Name, "name lookup timed out");
                    return null;
                }
            }
            catch (AggregateException e)
            {
                result.Fail(LinkProbeStage.Name, NameError(e.InnerException));
                return null;
            }

            if (lookup.Result.Length == 0)
            {
                result.Fail(LinkProbeStage.Name, "name not found");
                return null;
            }

            result.NameLookupMs = watch.ElapsedMilliseconds;
            return lookup.Result;
        }

        private static bool ConnectTcp(Socket socket, IPAddress[] addresses, int port, int timeoutMs, LinkProbeResult result)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                using var cancel = new CancellationTokenSource(timeoutMs);
                socket.ConnectAsync(addresses, port, cancel.Token).AsTask().GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                result.Fail(LinkProbeStage.Tcp, "no answer within " + timeoutMs + " ms");
                return false;
            }
            catch (SocketException e)
            {
                result.Fail(LinkProbeStage.Tcp, TcpError(e.SocketErrorCode));
                return false;
            }

            result.TcpConnectMs = watch.ElapsedMilliseconds;
            return true;
        }

        private static void Handshake(Stream stream, string tlsHostName, X509Certificate2 ca, int timeoutMs, LinkProbeResult result)
        {
            SslPolicyErrors refused = SslPolicyErrors.None;
            using var tls = new SslStream(stream, true, (sender, certificate, chain, errors) =>
            {
                refused = Check(ca, certificate, chain, errors);
                return refused == SslPolicyErrors.None;
            });
            var watch = Stopwatch.StartNew();
            try
            {
                using var cancel = new CancellationTokenSource(timeoutMs);
                tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = tlsHostName }, cancel.Token).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is AuthenticationException || e is IOException || e is OperationCanceledException)
            {
                result.Fail(LinkProbeStage.Tls, refused != SslPolicyErrors.None ? CertificateError(refused)
                    : e is OperationCanceledException ? "handshake timed out"
                    : e is IOException ? "closed by the host during the handshake"
                    : "handshake failed");
                return;
            }

            result.TlsHandshakeMs = watch.ElapsedMilliseconds;
        }

        private static string NameError(Exception e)
        {
            SocketException socket = e as SocketException;
            if (socket == null)
            {
                return "name lookup failed";
            }

            switch (socket.SocketErrorCode)
            {
                case SocketError.HostNotFound:
                case SocketError.NoData:
                    return "name not found";
                case SocketError.TryAgain:
                    return "name server not answering";
                default:
                    return "name lookup failed (" + socket.SocketErrorCode + ")";
            }
        }

        private static string TcpError(SocketError error)
        {
            switch (error)
            {
                case SocketError.ConnectionRefused:
                    return "connection refused";
                case SocketError.TimedOut:
                    return "connect timed out";
                case SocketError.HostUnreachable:
                    return "host unreachable";
                case SocketError.NetworkUnreachable:
                case SocketError.NetworkDown:
                    return "network unreachable";
                default:
                    return "connect failed (" + error + ")";
            }
        }

        private static string CertificateError(SslPolicyErrors errors)
        {
            if ((errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
            {
                return "no certificate from the host";
            }

            return (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0 ? "certificate name mismatch" : "certificate not trusted";
        }

        private static void Observe(Task task)
        {
            // A lookup given up on may still fail later; its exception is observed so it never surfaces elsewhere.
            task.ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
    }
}
