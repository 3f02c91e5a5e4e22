using System;
using System.IO;
using System.Net.Security;
using System.Security.Authentication;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Emulation
{
    /// <summary>
    /// One terminal connection at a <see cref="TlsHostEndpoint"/>: the server handshake and read loop on the pump's thread,
    /// and a plaintext connection to the unchanged host behind it (an <see cref="InMemoryLink"/> on a private "probe"
    /// clock). Each decrypted request goes to the host on that link; the answers the host queues there come back out in
    /// due order, and how far the probe clock had to move for each is its delay, which the encrypted answer gets on the
    /// terminal's link. So the host's delays, closes and silences keep their simulated times exactly.
    /// </summary>
    internal sealed class TlsHostSession
    {
        // Only the probe's monotonic time means anything; its wall time is put back after each drain so that long runs
        // (each drain ends by letting int.MaxValue ms pass) never leave DateTime's range.
        private static readonly DateTime ProbeWallTime = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        private readonly TlsHostEndpoint _endpoint;
        private readonly InMemoryLink _link;
        private readonly SslServerAuthenticationOptions _options;
        private readonly ManualClock _probe = new ManualClock(ProbeWallTime, true);
        private readonly InMemoryLink _plain;
        private readonly byte[] _answer = new byte[16 * 1024];
        private long _delayMs;
        private volatile bool _closing;
        private volatile bool _authenticated;

        internal TlsHostSession(TlsHostEndpoint endpoint, InMemoryLink link, IHostEndpoint host, SslServerAuthenticationOptions options)
        {
            _endpoint = endpoint;
            _link = link;
            _options = options;
            _plain = new InMemoryLink(_probe, host);
            Pump = new TlsPump("nanoPos TLS host", Deliver, Run);
        }

        internal TlsPump Pump { get; }

        /// <summary>Connects to the host behind (which may refuse, as in a maintenance window) and waits for the ClientHello.</summary>
        /// <returns>True when the host accepted the connection.</returns>
        internal bool Open()
        {
            if (!_plain.Connect(1))
            {
                return false;
            }

            if (!Pump.Start())
            {
                Close();
                return false;
            }

            return true;
        }

        /// <summary>Ciphertext from the terminal: runs the TLS side and the host until both wait for more.</summary>
        internal void Receive(byte[] data, int offset, int count)
        {
            if (_closing)
            {
                // The host has hung up (its close is on its way to the terminal): bytes still in flight are ignored,
                // as the host ignores a connection it closed.
                return;
            }

            bool quiet = Pump.FeedAndSettle(data, offset, count);
            if (!_closing && (!quiet || Pump.HasEnded))
            {
                // A failed handshake, a broken record or an alert: a TLS server drops the connection.
                _closing = true;
                _endpoint.NoteEnd(_authenticated, quiet ? Pump.Failure : new TimeoutException("The TLS side did not settle."));
                Pump.Close();
                _plain.Disconnect();
                _link.CloseFromHost(0);
            }
        }

        /// <summary>The terminal closed the connection: the TLS thread ends and the host forgets its connection.</summary>
        internal void Close()
        {
            _closing = true;
            Pump.Close();
            _plain.Disconnect();
        }

        private void Deliver(byte[] buffer, int offset, int count)
        {
            // On the pump's thread, only while the terminal's thread waits for it to settle (TlsPump): the link is ours.
            _link.Deliver(buffer, offset, count, _delayMs);
        }

        private void Run(SslStream ssl)
        {
            ssl.AuthenticateAsServer(_options);
            _authenticated = true;
            _endpoint.NoteHandshake(ssl.SslProtocol, ssl.NegotiatedCipherSuite);
            var request = new byte[16 * 1024];
            int n;
            while ((n = ssl.Read(request, 0, request.Length)) > 0)
            {
                Forward(ssl, request, n);
            }
        }

        private void Forward(SslStream ssl, byte[] request, int count)
        {
            if (_closing || _plain.State != LinkState.Connected)
            {
                return;
            }

            _endpoint.NotePlaintext(count);
            long start = _probe.MonotonicMs;
            _plain.Send(request, 0, count, 1);
            try
            {
                while (true)
                {
                    int n;
                    try
                    {
                        n = _plain.Receive(_answer, 0, _answer.Length, int.MaxValue);
                    }
                    catch (IOException)
                    {
                        // The host closed the connection (a fault, a frame it could not read, maintenance): the terminal
                        // sees the close at the same delay. Later arrivals died with the connection, as they would have.
                        _closing = true;
                        _link.CloseFromHost(_probe.MonotonicMs - start);
                        return;
                    }

                    if (n == 0)
                    {
                        return;
                    }

                    _delayMs = _probe.MonotonicMs - start;
                    ssl.Write(_answer, 0, n);
                }
            }
            finally
            {
                _delayMs = 0;
                _probe.SetWallTime(ProbeWallTime, true);
            }
        }
    }
}
