using System;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// The stage-by-stage probe of <see cref="WifiTcpLink"/> (<see cref="ILinkProbe"/>): Wi-Fi through
    /// <see cref="WifiJoiner"/>, then one attempt of <see cref="TcpConnector"/> (name lookup, TCP connect, TLS handshake
    /// on its worker thread) whose stage end times it reads while it waits, so that each stage is timed and bounded by
    /// the per-stage timeout on its own and the failed one is named.
    /// </summary>
    /// <remarks>
    /// <para>The host's kept address is dropped first, so the lookup is a real one (a name given as digits has no lookup
    /// stage). The connection the attempt opens is closed at once. A stage that runs out of time abandons the attempt as
    /// <see cref="WifiTcpLink.Connect"/> does; an abandoned lookup may keep the worker busy until the resolver's own
    /// timeout, and a probe or connect meanwhile fails at once.</para>
    /// <para>The signal strength is the RSSI of the configured network from the last scan
    /// (<see cref="WifiTcpLink.StartSignalScan"/>), 0 before any: the runtime reports none for the current connection.</para>
    /// <para>Not run on a board here: the stage times and the error texts of the nanoFramework socket and TLS stack are
    /// unverified.</para>
    /// </remarks>
    internal sealed class LinkProbeRunner
    {
        // How long one wait for the worker lasts before the stage clocks are looked at again, in ms.
        private const int SliceMs = 50;

        private readonly WifiJoiner _wifi;
        private readonly TcpConnector _connector;
        private readonly bool _nameLookup;

        /// <summary>Creates the runner over the link's own helpers.</summary>
        /// <param name="wifi">The link's Wi-Fi joiner.</param>
        /// <param name="connector">The link's connector (one attempt at a time, shared with the link).</param>
        /// <param name="host">The host as configured: a dotted IPv4 address or a DNS name.</param>
        public LinkProbeRunner(WifiJoiner wifi, TcpConnector connector, string host)
        {
            _wifi = wifi;
            _connector = connector;
            _nameLookup = !IsDottedAddress(host);
        }

        /// <summary>Runs the stages; the link is disconnected and <paramref name="result"/> reset by the caller.</summary>
        /// <param name="ca">The pinned CA for TLS, or null for plain TCP.</param>
        /// <param name="timeoutMs">The longest wait in ms for each stage, at least 1.</param>
        /// <param name="result">Receives the figures.</param>
        public void Run(X509Certificate ca, int timeoutMs, LinkProbeResult result)
        {
            result.HasRadio = true;
            result.UsesTls = ca != null;
            bool joined = _wifi.Join(timeoutMs);
            result.RadioJoined = joined;
            result.SignalStrengthDbm = _wifi.RssiDbm;
            if (!joined)
            {
                result.Fail(LinkProbeStage.Radio, _wifi.LastStatus);
                return;
            }

            _connector.ForgetAddress();
            if (!_connector.Start(ca))
            {
                result.Fail(_nameLookup ? LinkProbeStage.Name : LinkProbeStage.Tcp, "an earlier attempt is still running");
                return;
            }

            if (!WaitStageByStage(ca != null, timeoutMs, result))
            {
                _connector.Abandon();
                return;
            }

            HostConnection connection = _connector.TakeConnection();
            if (connection == null)
            {
                Failed(ca != null, result);
                return;
            }

            connection.Close();
            Record(ca != null, result);
        }

        // Waits for the attempt, giving each stage its own timeout from the end of the one before. False (with the stage
        // failed) when a stage ran out of time; true when the attempt finished, well or not.
        private bool WaitStageByStage(bool tls, int timeoutMs, LinkProbeResult result)
        {
            while (!_connector.Wait(SliceMs))
            {
                long resolved = _connector.ResolvedAtMs;
                long connected = _connector.ConnectedAtMs;
                long stageStart = connected >= 0 ? connected : resolved >= 0 ? resolved : _connector.StartedAtMs;
                if (Environment.TickCount64 - stageStart < timeoutMs)
                {
                    continue;
                }

                if (connected >= 0 && tls)
                {
                    result.Fail(LinkProbeStage.Tls, "handshake timed out");
                }
                else if (resolved >= 0 || !_nameLookup)
                {
                    result.Fail(LinkProbeStage.Tcp, "connect timed out");
                }
                else
                {
                    result.Fail(LinkProbeStage.Name, "name lookup timed out");
                }

                return false;
            }

            return true;
        }

        private void Record(bool tls, LinkProbeResult result)
        {
            long resolved = _connector.ResolvedAtMs;
            long connected = _connector.ConnectedAtMs;
            if (_nameLookup)
            {
                result.NameLookupMs = resolved - _connector.StartedAtMs;
            }

            result.TcpConnectMs = connected - resolved;
            if (tls)
            {
                result.TlsHandshakeMs = _connector.HandshakeDoneAtMs - connected;
            }
        }

        // Names the stage that failed from how far the attempt got, and why in short text.
        private void Failed(bool tls, LinkProbeResult result)
        {
            Exception error = _connector.Error;
            int code = error is SocketException ? ((SocketException)error).ErrorCode : 0;
            if (_connector.ResolvedAtMs < 0)
            {
                result.Fail(LinkProbeStage.Name, code == (int)SocketError.HostNotFound || code == (int)SocketError.NoData ? "name not found"
                    : code == (int)SocketError.TryAgain ? "name server not answering" : "name lookup failed");
            }
            else if (_connector.ConnectedAtMs < 0)
            {
                result.Fail(LinkProbeStage.Tcp, code == (int)SocketError.ConnectionRefused ? "connection refused"
                    : code == (int)SocketError.TimedOut ? "connect timed out"
                    : code == (int)SocketError.HostUnreachable ? "host unreachable" : "connect failed");
            }
            else if (tls)
            {
                // mbedTLS reports a refused certificate and a broken handshake alike, by an error number only.
                result.Fail(LinkProbeStage.Tls, code != 0 ? "handshake failed, error " + code.ToString() : "handshake failed");
            }
            else
            {
                result.Fail(LinkProbeStage.Tcp, "connect failed");
            }
        }

        // The rule of HostAddressCache: digits and dots only is an address, anything else a name to look up.
        private static bool IsDottedAddress(string host)
        {
            for (int i = 0; i < host.Length; i++)
            {
                char c = host[i];
                if (c != '.' && (c < '0' || c > '9'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
