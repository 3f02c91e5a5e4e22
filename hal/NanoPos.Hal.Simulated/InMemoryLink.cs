using System;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// An <see cref="INetworkLink"/> to an in-process <see cref="IHostEndpoint"/>, on simulated time: waiting
    /// advances a <see cref="ManualClock"/> instead of sleeping, so a 30-second response timeout costs no real
    /// time and every run is deterministic. Faults: refused connections, a link that drops after a given
    /// number of sent bytes, answers delivered late, connections closed by the host, and in front of the host a
    /// Wi-Fi radio that is not joined and a name lookup that fails (<see cref="SetRadio"/>, <see cref="FailNameLookup"/>).
    /// As an <see cref="ILinkProbe"/> it reports those stages with their simulated times (<see cref="SetLatency"/>).
    /// </summary>
    /// <remarks>
    /// One connection at a time. Bytes the host delivers for a connection are discarded when that connection
    /// closes, as a socket's would be. Not thread-safe: the terminal and the endpoint run on one thread.
    /// </remarks>
    public sealed class InMemoryLink : INetworkLink, ILinkProbe
    {
        /// <summary>The RSSI in dBm of the simulated radio until <see cref="SetRadio"/> says otherwise: a plausible indoor signal.</summary>
        public const int DefaultSignalStrengthDbm = -60;

        private readonly ManualClock _clock;
        private readonly IHostEndpoint _host;
        private readonly SimulatedNetworkPath _path = new SimulatedNetworkPath();
        private readonly ArrivalQueue _arrivals = new ArrivalQueue();
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

        /// <summary>Gets the radio's RSSI (<see cref="DefaultSignalStrengthDbm"/> unless <see cref="SetRadio"/> set another)
        /// while connected, 0 (unknown) otherwise.</summary>
        public int SignalStrengthDbm
        {
            get { return _state == LinkState.Connected ? _path.SignalStrengthDbm : 0; }
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
        /// Sets the simulated Wi-Fi radio: while not joined every connection attempt (and a probe's radio stage) fails after
        /// its whole timeout, as the board's link waits in vain for an address. Joined, with
        /// <see cref="DefaultSignalStrengthDbm"/>, by default.
        /// </summary>
        /// <param name="joined">True when the radio has joined its network.</param>
        /// <param name="signalStrengthDbm">The RSSI in dBm while joined, negative (e.g. -85 for a weak signal), or 0 for unknown.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="signalStrengthDbm"/> is positive.</exception>
        public void SetRadio(bool joined, int signalStrengthDbm)
        {
            _path.SetRadio(joined, signalStrengthDbm);
        }

        /// <summary>
        /// Makes the host's name lookup fail with the given reason (every connection attempt fails after the lookup time,
        /// without reaching the host), or succeed again (null).
        /// </summary>
        /// <param name="error">The reason as short ASCII text (e.g. "name not found"), or null to clear the fault.</param>
        public void FailNameLookup(string error)
        {
            _path.FailNameLookup(error);
        }

        /// <summary>
        /// Sets the simulated time the stages of a connection take; a connection (and a probe) lets it pass on the clock.
        /// A stage longer than the timeout fails after the timeout. By default there is no lookup and connecting takes no
        /// time, so a plain link behaves as it always did.
        /// </summary>
        /// <param name="nameLookupMs">The lookup time in ms, or -1 for none (the host is given as an address).</param>
        /// <param name="connectMs">The time in ms until the TCP connection is open, 0 or more.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="nameLookupMs"/> is less than -1 or <paramref name="connectMs"/> is negative.</exception>
        public void SetLatency(long nameLookupMs, long connectMs)
        {
            _path.SetLatency(nameLookupMs, connectMs);
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
            _arrivals.Schedule(_clock.MonotonicMs + delayMs, bytes);
        }

        /// <summary>Host side: the host closes the connection <paramref name="delayMs"/> ms from now.</summary>
        /// <param name="delayMs">The delay in ms, 0 or more.</param>
        public void CloseFromHost(long delayMs)
        {
            if (_state == LinkState.Connected)
            {
                _arrivals.Schedule(_clock.MonotonicMs + delayMs, null);
            }
        }

        /// <summary>
        /// Connects after the simulated stage times (none by default); when connections are refused, the radio is not
        /// joined or an answer comes later than the timeout, the whole timeout passes; a failed name lookup fails after
        /// its lookup time.
        /// </summary>
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

            long deadline = _clock.MonotonicMs + timeoutMs;
            if (!_path.RadioUp(_clock, timeoutMs, null) || !_path.Lookup(_clock, timeoutMs, null))
            {
                return false;
            }

            return Open(LinkCalls.RemainingMs(deadline, _clock.MonotonicMs)) == null;
        }

        /// <summary>
        /// Checks the path stage by stage on simulated time: radio (joined, RSSI), name lookup (only when a lookup time
        /// is set or a lookup failure is armed), TCP (a connection the host sees open and close); there is no TLS stage.
        /// Each stage may take up to <paramref name="timeoutMs"/>; the link ends disconnected.
        /// </summary>
        /// <param name="timeoutMs">The longest wait in ms for each stage, at least 1.</param>
        /// <param name="result">Receives the figures; reset first.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is less than 1.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
        public void Probe(int timeoutMs, LinkProbeResult result)
        {
            LinkCalls.CheckConnect(timeoutMs);
            if (result == null)
            {
                throw new ArgumentNullException("result");
            }

            Disconnect();
            _path.Probe(this, _clock, timeoutMs, result);
            Disconnect();
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
            LinkCalls.CheckSend(buffer, offset, count, timeoutMs);
            LinkCalls.RequireConnected(_state);
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
            LinkCalls.CheckReceive(buffer, offset, count, timeoutMs);
            LinkCalls.RequireConnected(_state);
            long deadline = _clock.MonotonicMs + timeoutMs;
            if (_arrivals.IsEmpty || _arrivals.NextDue > deadline)
            {
                _clock.Advance(timeoutMs);
                return 0;
            }

            if (_arrivals.NextDue > _clock.MonotonicMs)
            {
                _clock.Advance(_arrivals.NextDue - _clock.MonotonicMs);
            }

            if (_arrivals.NextIsClose)
            {
                Lose();
                throw new IOException("The host closed the connection.");
            }

            return _arrivals.Take(buffer, offset, count);
        }

        /// <summary>
        /// The TCP stage: the connection opens after the simulated connect time, unless it is refused or slower than the
        /// timeout, when the whole timeout passes.
        /// </summary>
        /// <param name="timeoutMs">The longest wait in ms, 0 or more.</param>
        /// <returns>Null when connected, else why not as short ASCII text.</returns>
        internal string Open(int timeoutMs)
        {
            if (_path.ConnectMs > timeoutMs)
            {
                // The answer would come after the attempt is given up: the host never sees the connection.
                _clock.Advance(timeoutMs);
                return "no connection within " + timeoutMs.ToString() + " ms";
            }

            if (_refuseConnections || !_host.OnConnect(this))
            {
                _clock.Advance(timeoutMs);
                return "connection refused";
            }

            _clock.Advance(_path.ConnectMs);
            _arrivals.Clear();
            _state = LinkState.Connected;
            _connections++;
            return null;
        }

        private void Lose()
        {
            _state = LinkState.Disconnected;
            _arrivals.Clear();
            _host.OnDisconnect(this);
        }
    }
}
