using System;
using NanoPos.Hal;

namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// The path in front of an <see cref="InMemoryLink"/>'s host: a Wi-Fi radio (joined or not, its RSSI), a name lookup
    /// (its time, or a failure) and the time a TCP connection takes to open, all on simulated time. Kept apart from the
    /// link so the link stays about connections and bytes; the link's <see cref="InMemoryLink.Connect"/> and
    /// <see cref="InMemoryLink.Probe"/> go through the same stages here, so a fault fails both alike.
    /// </summary>
    /// <remarks>A stage that waits in vain (radio not joined, an answer later than the timeout) lets the whole timeout
    /// pass, as the link's refused connection does; a lookup that fails takes its own time, as a resolver that answers
    /// "no such name" does.</remarks>
    internal sealed class SimulatedNetworkPath
    {
        private bool _joined = true;
        private int _signalStrengthDbm = InMemoryLink.DefaultSignalStrengthDbm;
        private string _nameError;
        private long _nameLookupMs = -1;
        private long _connectMs;

        /// <summary>Gets the RSSI in dBm while joined, 0 (unknown) while not.</summary>
        internal int SignalStrengthDbm
        {
            get { return _joined ? _signalStrengthDbm : 0; }
        }

        /// <summary>Gets the simulated time in ms a TCP connection takes to open, 0 or more.</summary>
        internal long ConnectMs
        {
            get { return _connectMs; }
        }

        internal void SetRadio(bool joined, int signalStrengthDbm)
        {
            if (signalStrengthDbm > 0)
            {
                throw new ArgumentOutOfRangeException("signalStrengthDbm", "An RSSI in dBm is 0 (unknown) or negative.");
            }

            _joined = joined;
            _signalStrengthDbm = signalStrengthDbm;
        }

        internal void FailNameLookup(string error)
        {
            _nameError = error;
        }

        internal void SetLatency(long nameLookupMs, long connectMs)
        {
            if (nameLookupMs < -1)
            {
                throw new ArgumentOutOfRangeException("nameLookupMs");
            }

            if (connectMs < 0)
            {
                throw new ArgumentOutOfRangeException("connectMs");
            }

            _nameLookupMs = nameLookupMs;
            _connectMs = connectMs;
        }

        /// <summary>The radio stage: passes at once while joined; otherwise the whole timeout passes waiting for a join.</summary>
        /// <param name="clock">The simulated clock.</param>
        /// <param name="timeoutMs">The longest wait in ms, 0 or more.</param>
        /// <param name="result">Receives the stage's figures, or null (a plain connect).</param>
        /// <returns>True when joined.</returns>
        internal bool RadioUp(ManualClock clock, int timeoutMs, LinkProbeResult result)
        {
            if (result != null)
            {
                result.HasRadio = true;
                result.RadioJoined = _joined;
                result.SignalStrengthDbm = SignalStrengthDbm;
            }

            if (_joined)
            {
                return true;
            }

            clock.Advance(timeoutMs);
            Fail(result, LinkProbeStage.Radio, "Wi-Fi not joined");
            return false;
        }

        /// <summary>The name stage: none when the host is given as an address (lookup time -1) and no failure is armed.</summary>
        /// <param name="clock">The simulated clock.</param>
        /// <param name="timeoutMs">The longest wait in ms, 0 or more.</param>
        /// <param name="result">Receives the lookup time, or null (a plain connect).</param>
        /// <returns>True when the name resolved or there is no name to resolve.</returns>
        internal bool Lookup(ManualClock clock, int timeoutMs, LinkProbeResult result)
        {
            if (_nameLookupMs < 0 && _nameError == null)
            {
                return true;
            }

            long ms = _nameLookupMs < 0 ? 0 : _nameLookupMs;
            if (ms > timeoutMs)
            {
                clock.Advance(timeoutMs);
                Fail(result, LinkProbeStage.Name, "name lookup timed out");
                return false;
            }

            clock.Advance(ms);
            if (_nameError != null)
            {
                Fail(result, LinkProbeStage.Name, _nameError);
                return false;
            }

            if (result != null)
            {
                result.NameLookupMs = ms;
            }

            return true;
        }

        /// <summary>Runs the probe's stages on a disconnected link: radio, name, then TCP through the link's own open.</summary>
        /// <param name="link">The link, disconnected; left connected when every stage passed (the caller closes it).</param>
        /// <param name="clock">The simulated clock.</param>
        /// <param name="timeoutMs">The longest wait in ms for each stage, at least 1.</param>
        /// <param name="result">Receives the figures; reset first.</param>
        internal void Probe(InMemoryLink link, ManualClock clock, int timeoutMs, LinkProbeResult result)
        {
            result.Reset();
            if (!RadioUp(clock, timeoutMs, result) || !Lookup(clock, timeoutMs, result))
            {
                return;
            }

            long started = clock.MonotonicMs;
            string error = link.Open(timeoutMs);
            if (error != null)
            {
                result.Fail(LinkProbeStage.Tcp, error);
                return;
            }

            result.TcpConnectMs = clock.MonotonicMs - started;
        }

        private static void Fail(LinkProbeResult result, LinkProbeStage stage, string error)
        {
            if (result != null)
            {
                result.Fail(stage, error);
            }
        }
    }
}
