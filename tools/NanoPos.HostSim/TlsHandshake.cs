using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace NanoPos.HostSim
{
    /// <summary>The server side of a TLS handshake on an accepted connection, bounded in time, failing in one line.</summary>
    internal static class TlsHandshake
    {
        /// <summary>
        /// Runs the handshake (TLS 1.2 or 1.3, no client certificate) within <paramref name="timeoutMs"/>. A failure — a
        /// plain-TCP peer, a client that does not trust the certificate, a stall — is reported in one line, without a
        /// stack trace or anything the peer sent, and closes this connection only.
        /// </summary>
        /// <param name="plain">The accepted connection's stream (closed with the TLS stream, or on failure).</param>
        /// <param name="certificate">The server certificate and its chain.</param>
        /// <param name="timeoutMs">The longest the handshake may take, in milliseconds.</param>
        /// <param name="stop">Cancelled when the server stops (then this throws OperationCanceledException).</param>
        /// <param name="failed">Receives the one-line reason when the handshake fails.</param>
        /// <returns>The TLS stream, or null when the handshake failed.</returns>
        public static async Task<Stream> AcceptAsync(NetworkStream plain, SslStreamCertificateContext certificate, int timeoutMs, CancellationToken stop, Action<string> failed)
        {
            var tls = new SslStream(plain, leaveInnerStreamOpen: false);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop);
            deadline.CancelAfter(timeoutMs);
            try
            {
                var options = new SslServerAuthenticationOptions
                {
                    ServerCertificateContext = certificate,
                    EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                    ClientCertificateRequired = false,
                };
                await tls.AuthenticateAsServerAsync(options, deadline.Token).ConfigureAwait(false);
                return tls;
            }
            catch (Exception e) when (!stop.IsCancellationRequested && (e is AuthenticationException || e is IOException || e is SocketException || e is OperationCanceledException || e is ObjectDisposedException))
            {
                failed(e is OperationCanceledException ? "no handshake within " + timeoutMs + " ms" : OneLine(e));
                await tls.DisposeAsync().ConfigureAwait(false);
                return null;
            }
        }

        // The exception's message and its causes' on one line.
        private static string OneLine(Exception e)
        {
            var text = new StringBuilder(e.Message);
            for (Exception inner = e.InnerException; inner != null; inner = inner.InnerException)
            {
                text.Append(" (").Append(inner.Message).Append(')');
            }

            return text.ToString().ReplaceLineEndings(" ");
        }
    }
}
