using System;
using System.Net.Security;
using System.Net.Sockets;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// One open connection to the acquirer host: a TCP socket and, when configured, the TLS session over it. Does the
    /// bounded reads and writes of <see cref="WifiTcpLink"/> and closes both; the link turns its exceptions into a lost
    /// link.
    /// </summary>
    /// <remarks>
    /// <para><b>Send</b> waits (Socket.Poll) for the socket to be writable before each piece of at most
    /// <see cref="SendPieceBytes"/> bytes, so the time can run out only between pieces.</para>
    /// <para><b>Receive</b> polls with the timeout and takes what has arrived. Over TLS the bytes on the socket may be
    /// only part of a record: a read that then times out (SocketException TimedOut) delivers nothing yet and keeps the
    /// session.</para>
    /// </remarks>
    internal sealed class HostConnection
    {
        /// <summary>The largest piece handed to the socket or the TLS session at once.</summary>
        public const int SendPieceBytes = 512;

        private readonly Socket _socket;
        private readonly SslStream _tls;

        /// <summary>Wraps a connected socket and its TLS session.</summary>
        /// <param name="socket">The connected socket.</param>
        /// <param name="tls">The authenticated TLS session over it, or null for plain TCP.</param>
        public HostConnection(Socket socket, SslStream tls)
        {
            _socket = socket;
            _tls = tls;
        }

        /// <summary>
        /// Sends bytes, piece by piece, while the socket accepts them within the timeout.
        /// </summary>
        /// <param name="buffer">The buffer holding the bytes.</param>
        /// <param name="offset">The index of the first byte to send.</param>
        /// <param name="count">The number of bytes to send.</param>
        /// <param name="timeoutMs">The longest wait in ms, at least 1.</param>
        /// <returns>The number of bytes accepted; fewer than count when the time ran out between pieces.</returns>
        /// <exception cref="Exception">Any socket or TLS error: the connection is unusable.</exception>
        public int Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            long deadline = Environment.TickCount64 + timeoutMs;
            int sent = 0;
            while (sent < count)
            {
                int remaining = LinkCalls.RemainingMs(deadline, Environment.TickCount64);
                if (remaining == 0 || !_socket.Poll(LinkCalls.ToPollMicroseconds(remaining), SelectMode.SelectWrite))
                {
                    break;
                }

                int piece = count - sent < SendPieceBytes ? count - sent : SendPieceBytes;
                if (_tls != null)
                {
                    _tls.WriteTimeout = remaining;
                    _tls.Write(buffer, offset + sent, piece);
                }
                else
                {
                    _socket.SendTimeout = remaining;
                    piece = _socket.Send(buffer, offset + sent, piece, SocketFlags.None);
                }

                sent += piece;
            }

            return sent;
        }

        /// <summary>
        /// Receives the bytes that have arrived, waiting up to the timeout for the first.
        /// </summary>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index of the first byte to fill.</param>
        /// <param name="count">The most bytes to receive, at least 1.</param>
        /// <param name="timeoutMs">The longest wait in ms; 0 takes only what has arrived.</param>
        /// <returns>The number of bytes received; 0 when none arrived in time; -1 when the host closed its side.</returns>
        /// <exception cref="Exception">Any socket or TLS error: the connection is unusable.</exception>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            long deadline = Environment.TickCount64 + timeoutMs;
            if (_tls == null || !_tls.DataAvailable)
            {
                if (!_socket.Poll(LinkCalls.ToPollMicroseconds(timeoutMs), SelectMode.SelectRead))
                {
                    return 0;
                }
            }

            int received;
            if (_tls != null)
            {
                received = ReadTls(buffer, offset, count, LinkCalls.RemainingMs(deadline, Environment.TickCount64));
                if (received < 0)
                {
                    return 0;
                }
            }
            else
            {
                // Readable with nothing to read means the host closed its side.
                int available = _socket.Available;
                received = available <= 0 ? 0 : _socket.Receive(buffer, offset, available < count ? available : count, SocketFlags.None);
            }

            return received <= 0 ? -1 : received;
        }

        /// <summary>Closes the TLS session and the socket, ignoring errors (both may already be broken).</summary>
        public void Close()
        {
            CloseQuietly(_tls, _socket);
        }

        /// <summary>Closes a TLS session and its socket, ignoring errors (both may already be broken).</summary>
        /// <param name="tls">The TLS session, or null.</param>
        /// <param name="socket">The socket, or null.</param>
        public static void CloseQuietly(SslStream tls, Socket socket)
        {
            try
            {
                if (tls != null)
                {
                    tls.Dispose();
                }
            }
            catch (Exception)
            {
                // Closing is best effort; the socket is closed next either way.
            }

            try
            {
                if (socket != null)
                {
                    socket.Close();
                }
            }
            catch (Exception)
            {
                // Already closed or broken: nothing more to release.
            }
        }

        private int ReadTls(byte[] buffer, int offset, int count, int timeoutMs)
        {
            _tls.ReadTimeout = timeoutMs < 1 ? 1 : timeoutMs;
            try
            {
                return _tls.Read(buffer, offset, count);
            }
            catch (SocketException e)
            {
                // Only part of a TLS record (or a record without data) arrived in time: nothing to deliver yet.
                if (e.ErrorCode == (int)SocketError.TimedOut)
                {
                    return -1;
                }

                throw;
            }
        }
    }
}
