using System;
using System.Collections;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// An <see cref="INetworkLink"/> to an in-process <see cref="IHostEndpoint"/>, on simulated time: waiting
    /// advances a <see cref="ManualClock"/> instead of sleeping, so a 30-second response timeout costs no real
    /// time and every run is deterministic. Faults: refused connections, a link that drops after a given
    /// number of sent bytes, answers delivered late, and connections closed by the host.
    /// </summary>
    /// <remarks>
    /// One connection at a time. Bytes the host delivers for a connection are discarded when that connection
    /// closes, as a socket's would be. Not thread-safe: the terminal and the endpoint run on one thread.
    /// </remarks>
    public sealed class InMemoryLink : INetworkLink
    {
        private readonly ManualClock _clock;
        private readonly IHostEndpoint _host;
        private readonly ArrayList _arrivals = new ArrayList(); // Arrival, ordered by due time
        private LinkState _state = LinkState.Disconnected;
        private bool _refuseConnections;
        private long _dropAfterBytes = -1;
        private int _connections;
        private long _bytesSent;

        /// <summary>Creates a link to a host endpoint.</summary>
        /// <param name="clock">The simulated clock that waiting advances.</param>
        /// <param name="host">The far end.</param>
        public InMemoryLink(ManualClock clock, IHostEndpoint host)
        {
            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            if (host == null)
            {
                throw new ArgumentNullException("host");
            }

            _clock = clock;
            _host = host;
        }

        /// <summary>Gets the current state of the link.</summary>
        public LinkState State
        {
            get { return _state; }
        }

        /// <summary>Gets a fixed, plausible signal strength (-60 dBm) while connected, 0 (unknown) otherwise.</summary>
        public int SignalStrengthDbm
        {
            get { return _state == LinkState.Connected ? -60 : 0; }
        }

        /// <summary>Gets the number of connections accepted so far.</summary>
        public int Connections
        {
            get { return _connections; }
        }

        /// <summary>Gets the bytes the terminal has sent so far.</summary>
        public long BytesSent
        {
            get { return _bytesSent; }
        }

        /// <summary>Makes every connection attempt fail (no network), or lets them through again.</summary>
        /// <param name="refuse">True to refuse.</param>
        public void RefuseConnections(bool refuse)
        {
            _refuseConnections = refuse;
        }

        /// <summary>
        /// Arms a dropped link: after <paramref name="bytes"/> more bytes are sent the connection is lost; the send
        /// that crosses the mark delivers only the bytes before it and throws <see cref="IOException"/> (some bytes may
        /// have left). A send that starts at the mark (0: the next send) finds the link already lost, as a link that
        /// knows its connection is gone: it throws <see cref="InvalidOperationException"/> and sends nothing
        /// (<see cref="INetworkLink.Send"/>). Fires once.
        /// </summary>
        /// <param name="bytes">The bytes that still get through, 0 or more.</param>
        public void DropAfterSentBytes(long bytes)
        {
            if (bytes < 0)
            {
                throw new ArgumentOutOfRangeException("bytes");
            }

            _dropAfterBytes = bytes;
        }

        /// <summary>Host side: bytes for the terminal, arriving <paramref name="delayMs"/> ms from now on this connection.</summary>
        /// <param name="data">The bytes (copied).</param>
        /// <param name="offset">The first byte.</param>
        /// <param name="count">The number of bytes.</param>
        /// <param name="delayMs">The delay in ms, 0 or more.</param>
        public void Deliver(byte[] data, int offset, int count, long delayMs)
        {
            if (_state != LinkState.Connected)
            {
                return;
            }

            var bytes = new byte[count];
            Array.Copy(data, offset, bytes, 0, count);
            Schedule(new Arrival(_clock.MonotonicMs + delayMs, bytes));
        }

        /// <summary>Host side: the host closes the connection <paramref name="delayMs"/> ms from now.</summary>
        /// <param name="delayMs">The delay in ms, 0 or more.</param>
        public void CloseFromHost(long delayMs)
        {
            if (_state == LinkState.Connected)
            {
                Schedule(new Arrival(_clock.MonotonicMs + delayMs, null));
            }
        }

        /// <summary>Connects at once unless connections are refused, in which case the whole timeout passes.</summary>
        /// <param name="timeoutMs">The longest wait in ms, at least 1.</param>
        /// <returns>True when connected.</returns>
        public bool Connect(int timeoutMs)
        {
            if (timeoutMs < 1)
            {
                throw new ArgumentOutOfRangeException("timeoutMs");
            }

            if (_state == LinkState.Connected)
            {
                return true;
            }

            if (_refuseConnections || !_host.OnConnect(this))
            {
                _clock.Advance(timeoutMs);
                return false;
            }

            _arrivals.Clear();
            _state = LinkState.Connected;
            _connections++;
            return true;
        }

        /// <summary>Closes the connection and discards undelivered bytes.</summary>
        public void Disconnect()
        {
            if (_state == LinkState.Connected)
            {
                _state = LinkState.Disconnected;
                _arrivals.Clear();
                _host.OnDisconnect(this);
            }
        }

        /// <summary>Sends bytes to the host endpoint in one piece (which may answer during the call).</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">The first byte.</param>
        /// <param name="count">The number of bytes.</param>
        /// <param name="timeoutMs">The longest wait in ms, at least 1 (sending never waits here).</param>
        /// <returns>The number of bytes sent: always <paramref name="count"/> unless the link drops.</returns>
        /// <exception cref="InvalidOperationException">The link is not connected, or an armed drop has reached its mark
        /// before this send: nothing was sent.</exception>
        /// <exception cref="IOException">An armed drop fired during this send: the bytes before the mark were delivered.</exception>
        public int Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length - count || timeoutMs < 1)
            {
                throw new ArgumentException("The range lies outside the buffer or the timeout is less than 1.");
            }

            RequireConnected();
            if (_dropAfterBytes == 0 && count > 0)
            {
                // The connection is gone before this send starts, and the link knows it: nothing is written.
                _dropAfterBytes = -1;
                Lose();
                throw new InvalidOperationException("The link was lost before the send: nothing was sent.");
            }

            int accepted = count;
            bool drop = _dropAfterBytes >= 0 && _dropAfterBytes < count;
            if (drop)
            {
                accepted = (int)_dropAfterBytes;
            }
            else if (_dropAfterBytes >= 0)
            {
                _dropAfterBytes -= count;
            }

            _bytesSent += accepted;
            if (accepted > 0)
            {
                _host.OnReceive(this, buffer, offset, accepted);
            }

            if (drop)
            {
                _dropAfterBytes = -1;
                Lose();
                throw new IOException("The link dropped after " + accepted.ToString() + " of " + count.ToString() + " bytes.");
            }

            return accepted;
        }

        /// <summary>Receives delivered bytes, letting simulated time pass up to the timeout.</summary>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The first index to fill.</param>
        /// <param name="count">The most bytes to receive, at least 1.</param>
        /// <param name="timeoutMs">The longest wait in ms, 0 or more.</param>
        /// <returns>The bytes received, or 0 when none arrived in time.</returns>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (buffer == null || offset < 0 || count < 1 || offset > buffer.Length - count || timeoutMs < 0)
            {
                throw new ArgumentException("The range lies outside the buffer, count is less than 1 or the timeout is negative.");
            }

            RequireConnected();
            long deadline = _clock.MonotonicMs + timeoutMs;
            if (_arrivals.Count == 0 || ((Arrival)_arrivals[0]).Due > deadline)
            {
                _clock.Advance(timeoutMs);
                return 0;
            }

            var next = (Arrival)_arrivals[0];
            if (next.Due > _clock.MonotonicMs)
            {
                _clock.Advance(next.Due - _clock.MonotonicMs);
            }

            if (next.Data == null)
            {
                Lose();
                throw new IOException("The host closed the connection.");
            }

            int n = next.Data.Length - next.Read < count ? next.Data.Length - next.Read : count;
            Array.Copy(next.Data, next.Read, buffer, offset, n);
            next.Read += n;
            if (next.Read == next.Data.Length)
            {
                _arrivals.RemoveAt(0);
            }

            return n;
        }

        private void Schedule(Arrival arrival)
        {
            int i = _arrivals.Count;
            while (i > 0 && ((Arrival)_arrivals[i - 1]).Due > arrival.Due)
            {
                i--;
            }

            _arrivals.Insert(i, arrival);
        }

        private void RequireConnected()
        {
            LinkCalls.RequireConnected(_state);
        }

        private void Lose()
        {
            _state = LinkState.Disconnected;
            _arrivals.Clear();
            _host.OnDisconnect(this);
        }

        private sealed class Arrival
        {
            public Arrival(long due, byte[] data)
            {
                Due = due;
                Data = data;
            }

            public long Due { get; }

            public byte[] Data { get; }

            public int Read { get; set; }
        }
    }
}
