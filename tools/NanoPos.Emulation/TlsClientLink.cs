using System;
using System.IO;
using System.Net.Security;
using System.Runtime.ExceptionServices;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using NanoPos.Hal;

namespace NanoPos.Emulation
{
    /// <summary>
    /// A TLS client over another <see cref="INetworkLink"/> (the simulated terminal's in-memory link), as the board's
    /// Wi-Fi link does TLS over TCP: the host's certificate must carry the expected name and chain to the one pinned CA
    /// certificate (the PC's trusted roots are never consulted); TLS 1.2 or 1.3. Everything runs on the inner link's
    /// time, so on simulated time a handshake takes no time and an answer arrives exactly when it would without TLS.
    /// </summary>
    /// <remarks>
    /// <para>The <see cref="SslStream"/> reads on its own thread (<see cref="TlsPump"/>): <see cref="Receive"/> takes the
    /// ciphertext that has arrived on the inner link, hands it over and waits until the thread has used all of it, then
    /// returns what was decrypted. A record only partly arrived when the timeout passes stays with the thread, half
    /// read, until the rest comes: the receive returns 0 and the link stays usable (a TLS record is never cut by a
    /// timeout).</para>
    /// <para>Send writes one record per request (one inner send). Its exceptions keep their meaning
    /// (<see cref="INetworkLink.Send"/>): the inner link's <see cref="InvalidOperationException"/> (nothing left) stays
    /// one, anything that may have left part of a record is an <see cref="IOException"/> and loses the link. Fault
    /// injection on the inner link counts ciphertext bytes.</para>
    /// <para>One thread uses the link (the firmware's), as with every link.</para>
    /// <para>Probe (<see cref="ILinkProbe"/>): the radio, name and TCP stages are the inner link's own probe when it has
    /// one (else a timed plain connect of the inner link), then a handshake on a fresh inner connection is timed as the
    /// TLS stage; a refused certificate fails that stage with the reason ("certificate not trusted", "certificate name
    /// mismatch").</para>
    /// </remarks>
    public sealed class TlsClientLink : INetworkLink, ILinkProbe, IDisposable
    {
        private readonly IClock _clock;
        private readonly byte[] _raw = new byte[16 * 1024 + 512];
        private TlsClientSession _session;
        private string _lastError = string.Empty;

        /// <summary>Creates the link; nothing connects until <see cref="Connect"/>.</summary>
        /// <param name="inner">The link that carries the ciphertext (it owns the connection and its faults).</param>
        /// <param name="clock">The clock of the inner link's waits (simulated time), for the deadlines of connect and receive.</param>
        /// <param name="serverName">The name the host's certificate must carry (a DNS name, or an IP address in its
        /// IP address list), as the board's host.tls.name or host.address.</param>
        /// <param name="authority">The CA certificate the host's certificate must chain to: the only one trusted.</param>
        public TlsClientLink(INetworkLink inner, IClock clock, string serverName, X509Certificate2 authority)
        {
            ArgumentNullException.ThrowIfNull(inner);
            ArgumentNullException.ThrowIfNull(clock);
            ArgumentException.ThrowIfNullOrEmpty(serverName);
            ArgumentNullException.ThrowIfNull(authority);
            Inner = inner;
            _clock = clock;
            ServerName = serverName;
            Authority = authority;
        }

        /// <summary>Gets the link that carries the ciphertext.</summary>
        public INetworkLink Inner { get; }

        /// <summary>Gets the name the host's certificate must carry.</summary>
        public string ServerName { get; }

        /// <summary>Gets the pinned CA certificate.</summary>
        public X509Certificate2 Authority { get; }

        /// <summary>Gets Connected while a TLS session is up and the inner link is connected; Disconnected otherwise.</summary>
        public LinkState State => _session != null && _session.Authenticated && Inner.State == LinkState.Connected ? LinkState.Connected : LinkState.Disconnected;

        /// <summary>Gets the inner link's signal strength in dBm (0: unknown).</summary>
        public int SignalStrengthDbm => Inner.SignalStrengthDbm;

        /// <summary>Gets the protocol of the last completed handshake (<see cref="SslProtocols.None"/> before the first).</summary>
        public SslProtocols Protocol { get; private set; }

        /// <summary>Gets the cipher suite of the last completed handshake.</summary>
        public TlsCipherSuite CipherSuite { get; private set; }

        /// <summary>Gets the number of completed handshakes (one per connection: the firmware connects per exchange).</summary>
        public int Handshakes { get; private set; }

        /// <summary>Gets why the last connection attempt failed or the link was lost ("" if never): a refused connection, a
        /// certificate that is not the pinned CA's or not for <see cref="ServerName"/>, a handshake cut short.</summary>
        public string LastError => _lastError;

        /// <summary>Connects the inner link, then shakes hands within the same timeout.</summary>
        /// <param name="timeoutMs">The longest wait in ms of the inner link's time, at least 1.</param>
        /// <returns>True when the TLS session is up; false when the inner link did not connect, the host's certificate
        /// was refused, or the handshake did not finish in time (the inner link is then disconnected).</returns>
        public bool Connect(int timeoutMs)
        {
            LinkCalls.CheckConnect(timeoutMs);
            if (State == LinkState.Connected)
            {
                return true;
            }

            EndSession();
            long deadline = _clock.MonotonicMs + timeoutMs;
            try
            {
                if (!Inner.Connect(timeoutMs))
                {
                    _lastError = "No connection to the host.";
                    return false;
                }
            }
            catch (IOException e)
            {
                _lastError = "No connection to the host: " + e.Message;
                return false;
            }

            string why = Handshake(deadline, timeoutMs, out _);
            return why == null || Fail(why);
        }

        /// <summary>
        /// Checks the path stage by stage (see the class remarks); each stage may take up to <paramref name="timeoutMs"/>
        /// of the inner link's time. The link is disconnected afterwards; a failure is also <see cref="LastError"/>.
        /// </summary>
        /// <param name="timeoutMs">The longest wait in ms for each stage, at least 1.</param>
        /// <param name="result">Receives the figures; reset first.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is less than 1.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
        public void Probe(int timeoutMs, LinkProbeResult result)
        {
            LinkCalls.CheckConnect(timeoutMs);
            ArgumentNullException.ThrowIfNull(result);
            Disconnect();
            if (Inner is ILinkProbe inner)
            {
                // The inner probe closes its connection; the handshake below needs one of its own (its TCP time is not counted).
                inner.Probe(timeoutMs, result);
                result.UsesTls = true;
                if (!result.Passed)
                {
                    _lastError = "Probe: " + result.Error;
                    return;
                }

                if (!ConnectInner(timeoutMs))
                {
                    ProbeFailed(result, LinkProbeStage.Tcp, "no connection after the probe");
                    return;
                }
            }
            else
            {
                result.Reset();
                result.UsesTls = true;
                long started = _clock.MonotonicMs;
                if (!ConnectInner(timeoutMs))
                {
                    ProbeFailed(result, LinkProbeStage.Tcp, "connect failed");
                    return;
                }

                result.TcpConnectMs = _clock.MonotonicMs - started;
            }

            long shaking = _clock.MonotonicMs;
            string why = Handshake(shaking + timeoutMs, timeoutMs, out string reason);
            if (why != null)
            {
                _lastError = why;
                ProbeFailed(result, LinkProbeStage.Tls, reason);
                return;
            }

            result.TlsHandshakeMs = _clock.MonotonicMs - shaking;
            Disconnect();
        }

        /// <summary>Ends the TLS session and closes the inner link. Safe in any state.</summary>
        public void Disconnect()
        {
            EndSession();
            Inner.Disconnect();
        }

        /// <summary>Closes the link (<see cref="Disconnect"/>).</summary>
        public void Dispose() => Disconnect();

        /// <summary>Encrypts the bytes into one TLS record and sends it on the inner link in one write.</summary>
        /// <param name="buffer">The buffer holding the bytes.</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The number of bytes (up to 16 KB make one record).</param>
        /// <param name="timeoutMs">The longest wait in ms for the inner link to take the record, at least 1.</param>
        /// <returns><paramref name="count"/>: a record leaves whole or the link is lost.</returns>
        /// <exception cref="ArgumentException">The range lies outside the buffer or the timeout is less than 1.</exception>
        /// <exception cref="InvalidOperationException">The link is not connected, or the inner link found so before
        /// writing: nothing was sent.</exception>
        /// <exception cref="IOException">The connection failed during the write: the record may have left.</exception>
        public int Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            LinkCalls.CheckSend(buffer, offset, count, timeoutMs);
            TlsClientSession session = RequireConnected();
            if (count == 0)
            {
                return 0;
            }

            session.StartWrite(timeoutMs);
            try
            {
                session.Pump.Stream.Write(buffer, offset, count);
            }
            catch (Exception e)
            {
                // SslStream wraps what the inner link threw; the session kept it, and its kind says whether anything left.
                Exception cause = session.WriteFault ?? e;
                if (cause is InvalidOperationException && !session.WroteAny)
                {
                    _lastError = "The link was lost before the send: nothing was sent.";
                    Disconnect();
                    throw new InvalidOperationException(_lastError, cause);
                }

                if (cause is IOException || cause is InvalidOperationException || cause is AuthenticationException || cause is ObjectDisposedException)
                {
                    throw Lose("The link was lost while sending: " + cause.Message, cause);
                }

                // Not the link's failure (a power cut of the simulation): it goes up unchanged.
                ExceptionDispatchInfo.Capture(cause).Throw();
            }

            return count;
        }

        /// <summary>Receives decrypted bytes, waiting up to the timeout (inner link's time) for the first.</summary>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The first index to fill.</param>
        /// <param name="count">The most bytes to receive, at least 1.</param>
        /// <param name="timeoutMs">The longest wait in ms; 0 takes only what has arrived.</param>
        /// <returns>The number of bytes received, or 0 when none arrived in time (a record cut by the timeout waits, whole,
        /// for its rest: the link stays usable).</returns>
        /// <exception cref="ArgumentException">The range lies outside the buffer, count is less than 1 or the timeout is negative.</exception>
        /// <exception cref="InvalidOperationException">The link is not connected.</exception>
        /// <exception cref="IOException">The host closed the connection, ended the TLS session, or sent what does not decrypt.</exception>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            LinkCalls.CheckReceive(buffer, offset, count, timeoutMs);
            TlsClientSession session = RequireConnected();
            long deadline = _clock.MonotonicMs + timeoutMs;
            while (true)
            {
                // What was decrypted comes first, also when the session ended after it.
                int taken = session.TakePlain(buffer, offset, count);
                if (taken > 0)
                {
                    return taken;
                }

                if (session.Pump.HasEnded)
                {
                    throw Lose("The host ended the TLS session: " + session.Why(), session.Pump.Failure);
                }

                int n;
                try
                {
                    n = Inner.Receive(_raw, 0, _raw.Length, LinkCalls.RemainingMs(deadline, _clock.MonotonicMs));
                }
                catch (IOException e)
                {
                    throw Lose(e.Message, e);
                }
                catch (InvalidOperationException)
                {
                    EndSession();
                    throw;
                }

                if (n == 0)
                {
                    return 0;
                }

                if (!session.Pump.FeedAndSettle(_raw, 0, n))
                {
                    throw Lose("The TLS session hung.", null);
                }
            }
        }

        // Shakes hands over the connected inner link until the deadline. Returns null when the session is up; else the
        // reason for LastError, with the short form for a probe in reason.
        private string Handshake(long deadline, int timeoutMs, out string reason)
        {
            var session = new TlsClientSession(Inner, ServerName, Authority);
            session.StartWrite(timeoutMs);
            _session = session;
            reason = "handshake hung";
            if (!session.Pump.Start())
            {
                return "The TLS handshake hung.";
            }

            while (!session.Authenticated)
            {
                if (session.Pump.HasEnded)
                {
                    string why = session.Why();
                    reason = ShortReason(why);
                    return "The TLS handshake failed: " + why;
                }

                int n;
                try
                {
                    n = Inner.Receive(_raw, 0, _raw.Length, LinkCalls.RemainingMs(deadline, _clock.MonotonicMs));
                }
                catch (Exception e) when (e is IOException || e is InvalidOperationException)
                {
                    reason = "closed by the host during the handshake";
                    return "The host closed the connection during the TLS handshake.";
                }

                if (n == 0)
                {
                    reason = "handshake timed out";
                    return "The TLS handshake did not finish within " + timeoutMs + " ms.";
                }

                session.StartWrite(Math.Max(1, LinkCalls.RemainingMs(deadline, _clock.MonotonicMs)));
                if (!session.Pump.FeedAndSettle(_raw, 0, n))
                {
                    return "The TLS handshake hung.";
                }
            }

            Protocol = session.Protocol;
            CipherSuite = session.CipherSuite;
            Handshakes++;
            reason = null;
            return null;
        }

        // The session names a refused certificate by its SslPolicyErrors flags; the technician gets plain words.
        private static string ShortReason(string why)
        {
            if (why.Contains(nameof(SslPolicyErrors.RemoteCertificateNameMismatch), StringComparison.Ordinal))
            {
                return "certificate name mismatch";
            }

            if (why.Contains(nameof(SslPolicyErrors.RemoteCertificateChainErrors), StringComparison.Ordinal))
            {
                return "certificate not trusted";
            }

            if (why.Contains(nameof(SslPolicyErrors.RemoteCertificateNotAvailable), StringComparison.Ordinal))
            {
                return "no certificate from the host";
            }

            return "handshake failed";
        }

        private bool ConnectInner(int timeoutMs)
        {
            try
            {
                if (Inner.Connect(timeoutMs))
                {
                    return true;
                }
            }
            catch (IOException)
            {
                // As a refused connection: the inner link could not connect.
            }

            Inner.Disconnect();
            return false;
        }

        private void ProbeFailed(LinkProbeResult result, LinkProbeStage stage, string reason)
        {
            result.Fail(stage, reason);
            if (stage != LinkProbeStage.Tls)
            {
                _lastError = "Probe: " + reason;
            }

            Disconnect();
        }

        private TlsClientSession RequireConnected()
        {
            if (State != LinkState.Connected)
            {
                EndSession();
                LinkCalls.RequireConnected(LinkState.Disconnected);
            }

            return _session;
        }

        private bool Fail(string reason)
        {
            _lastError = reason;
            Disconnect();
            return false;
        }

        private IOException Lose(string reason, Exception cause)
        {
            _lastError = reason;
            Disconnect();
            return new IOException(reason, cause);
        }

        private void EndSession()
        {
            _session?.Pump.Close();
            _session = null;
        }
    }
}
