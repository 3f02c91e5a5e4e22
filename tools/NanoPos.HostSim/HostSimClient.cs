using System;
using System.Diagnostics;
using System.Net.Sockets;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// A minimal terminal-side client for tests and tools: sends framed requests with the same codec and reads
    /// answers with a deadline on every read, so nothing waits forever. Not thread-safe; one request at a time.
    /// </summary>
    public sealed class HostSimClient : IDisposable
    {
        private readonly Socket _socket;
        private readonly FrameCodec _codec;
        private readonly MessageProfile _profile;

        private HostSimClient(Socket socket, MessageProfile profile)
        {
            _socket = socket;
            _profile = profile;
            _codec = new FrameCodec(profile);
        }

        /// <summary>Gets or sets the TPDU sent with each request (default 60 0003 0000: destination 3, source 0).</summary>
        public byte[] Tpdu { get; set; } = NanoPos.Iso8583.Tpdu.Create(3, 0);

        /// <summary>Connects to a host simulator.</summary>
        /// <param name="port">The TCP port.</param>
        /// <param name="timeoutMs">How long connecting may take, in milliseconds.</param>
        /// <param name="host">The host name or address (default 127.0.0.1).</param>
        /// <param name="profile">The protocol profile (null: the CUP terminal profile).</param>
        /// <returns>The connected client.</returns>
        /// <exception cref="SocketException">The connection was refused or timed out.</exception>
        public static HostSimClient Connect(int port, int timeoutMs = 2000, string host = "127.0.0.1", MessageProfile profile = null)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                if (!socket.ConnectAsync(host, port).Wait(timeoutMs))
                {
                    throw new SocketException((int)SocketError.TimedOut);
                }
            }
            catch (AggregateException e) when (e.InnerException is SocketException inner)
            {
                socket.Dispose();
                throw inner;
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            return new HostSimClient(socket, profile ?? CupTerminalProfile.Instance);
        }

        /// <summary>Packs and sends one request with <see cref="Tpdu"/>.</summary>
        /// <param name="request">The request.</param>
        /// <exception cref="IsoFormatException">The request does not pack.</exception>
        public void Send(IsoMessage request)
        {
            byte[] buffer = new byte[65_542];
            int length = _codec.Pack(request, _profile.TpduLength > 0 ? Tpdu : null, buffer, 0);
            SendRaw(buffer.AsSpan(0, length).ToArray());
        }

        /// <summary>Sends raw bytes (a malformed frame, half a frame).</summary>
        /// <param name="bytes">The bytes.</param>
        public void SendRaw(byte[] bytes)
        {
            _socket.Send(bytes);
        }

        /// <summary>Waits for one answer frame.</summary>
        /// <param name="timeoutMs">The longest wait for the whole frame, in milliseconds.</param>
        /// <returns>The message, a malformed frame, a timeout or a close; never throws for what the host sends.</returns>
        public ClientReply Receive(int timeoutMs)
        {
            var clock = Stopwatch.StartNew();
            byte[] header = new byte[_codec.HeaderLength];
            int got = ReadUntil(header, 0, header.Length, timeoutMs, clock);
            if (got != header.Length)
            {
                return new ClientReply(IsTimeout(got) ? ClientReplyKind.Timeout : ClientReplyKind.Closed, header.AsSpan(0, Decode(got)).ToArray(), null, null, null);
            }

            int announced = _codec.ReadLength(header, 0);
            byte[] frame = new byte[header.Length + announced];
            Array.Copy(header, frame, header.Length);
            got = ReadUntil(frame, header.Length, announced, timeoutMs, clock);
            if (got != announced)
            {
                int partial = header.Length + Decode(got);
                return new ClientReply(IsTimeout(got) ? ClientReplyKind.Timeout : ClientReplyKind.Closed, frame.AsSpan(0, partial).ToArray(), null, null, null);
            }

            var message = new IsoMessage();
            byte[] tpdu = _profile.TpduLength > 0 ? new byte[_profile.TpduLength] : null;
            try
            {
                _codec.Unpack(frame, 0, frame.Length, message, tpdu);
            }
            catch (IsoFormatException e)
            {
                return new ClientReply(ClientReplyKind.Malformed, frame, null, null, e);
            }

            return new ClientReply(ClientReplyKind.Message, frame, message, tpdu, null);
        }

        /// <summary>Sends a request and waits for its answer.</summary>
        /// <param name="request">The request.</param>
        /// <param name="timeoutMs">The longest wait for the answer, in milliseconds.</param>
        /// <returns>The answer.</returns>
        /// <exception cref="TimeoutException">No answer arrived in time.</exception>
        /// <exception cref="System.IO.IOException">The host closed the connection.</exception>
        /// <exception cref="IsoFormatException">The answer did not decode.</exception>
        public IsoMessage Exchange(IsoMessage request, int timeoutMs = 2000)
        {
            Send(request);
            ClientReply reply = Receive(timeoutMs);
            switch (reply.Kind)
            {
                case ClientReplyKind.Message:
                    return reply.Message;
                case ClientReplyKind.Malformed:
                    throw reply.Error;
                case ClientReplyKind.Timeout:
                    throw new TimeoutException("No answer within " + timeoutMs + " ms.");
                default:
                    throw new System.IO.IOException("The host closed the connection.");
            }
        }

        /// <summary>Closes the connection.</summary>
        public void Dispose()
        {
            _socket.Dispose();
        }

        private static bool IsTimeout(int got)
        {
            return got < 0;
        }

        private static int Decode(int got)
        {
            // A timeout is returned as -(count + 1), so a partial count survives.
            return got < 0 ? -got - 1 : got;
        }

        /// <summary>Reads up to count bytes before the deadline: the count read (less at end of stream), or -(read + 1) on timeout.</summary>
        private int ReadUntil(byte[] buffer, int offset, int count, int timeoutMs, Stopwatch clock)
        {
            int done = 0;
            while (done < count)
            {
                long left = timeoutMs - clock.ElapsedMilliseconds;
                if (left <= 0)
                {
                    return -(done + 1);
                }

                _socket.ReceiveTimeout = (int)Math.Max(left, 1);
                int n;
                try
                {
                    n = _socket.Receive(buffer, offset + done, count - done, SocketFlags.None);
                }
                catch (SocketException e) when (e.SocketErrorCode == SocketError.TimedOut || e.SocketErrorCode == SocketError.WouldBlock)
                {
                    return -(done + 1);
                }
                catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset || e.SocketErrorCode == SocketError.ConnectionAborted)
                {
                    return done;
                }

                if (n == 0)
                {
                    return done;
                }

                done += n;
            }

            return done;
        }
    }
}
