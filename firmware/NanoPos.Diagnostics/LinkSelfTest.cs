using System;
using NanoPos.Hal;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// The link to the host, stage by stage through <see cref="ILinkProbe"/>: Wi-Fi joined with a signal of at least
    /// <see cref="MinimumSignalDbm"/>, the host's name resolved, TCP connected, TLS handshake done with the pinned CA. The
    /// value of a pass is the time to a usable connection in ms (TCP connect plus TLS handshake).
    /// </summary>
    /// <remarks>A link that cannot probe itself is tested by a plain connect, whose time is the value. The probe's figures
    /// stay in <see cref="Figures"/> for the health report.</remarks>
    public sealed class LinkSelfTest : AutomaticSelfTest
    {
        /// <summary>The weakest Wi-Fi signal that passes, in dBm: below it, frames are lost and payments time out.</summary>
        public const int MinimumSignalDbm = -80;

        private readonly INetworkLink _link;
        private readonly int _timeoutMs;
        private readonly LinkProbeResult _figures = new LinkProbeResult();

        /// <summary>Creates the test.</summary>
        /// <param name="link">The engine's link to the host (the test runs between engine calls, never beside one).</param>
        /// <param name="timeoutMs">The longest wait for each stage in ms, at least 1 (the engine's connect timeout).</param>
        /// <param name="clock">The clock.</param>
        /// <exception cref="ArgumentNullException"><paramref name="link"/> or the clock is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is less than 1.</exception>
        public LinkSelfTest(INetworkLink link, int timeoutMs, IClock clock)
            : base(SelfTestId.Link, clock)
        {
            if (link == null)
            {
                throw new ArgumentNullException("link");
            }

            if (timeoutMs < 1)
            {
                throw new ArgumentOutOfRangeException("timeoutMs");
            }

            _link = link;
            _timeoutMs = timeoutMs;
        }

        /// <summary>Gets the stage figures of the last run (signal, lookup, connect and handshake times).</summary>
        public LinkProbeResult Figures
        {
            get { return _figures; }
        }

        /// <inheritdoc/>
        protected override void Run(SelfTestResult result, long startedMs)
        {
            ILinkProbe probe = _link as ILinkProbe;
            if (probe != null)
            {
                probe.Probe(_timeoutMs, _figures);
            }
            else
            {
                PlainConnect();
            }

            if (!_figures.Passed)
            {
                result.Fail(ReasonOf(_figures.FailedStage), _figures.FailedStage == LinkProbeStage.Radio ? _figures.SignalStrengthDbm : 0, ShortText.Cut(_figures.Error), Since(startedMs));
                return;
            }

            if (_figures.HasRadio && _figures.SignalStrengthDbm != 0 && _figures.SignalStrengthDbm < MinimumSignalDbm)
            {
                result.Fail(SelfTestReason.LinkWeakSignal, _figures.SignalStrengthDbm, Describe(), Since(startedMs));
                return;
            }

            long ready = (_figures.TcpConnectMs > 0 ? _figures.TcpConnectMs : 0) + (_figures.TlsHandshakeMs > 0 ? _figures.TlsHandshakeMs : 0);
            result.Pass(ready, Describe(), Since(startedMs));
        }

        private void PlainConnect()
        {
            _figures.Reset();
            long started = Clock.MonotonicMs;
            bool connected;
            try
            {
                connected = _link.Connect(_timeoutMs);
            }
            finally
            {
                _link.Disconnect();
            }

            if (connected)
            {
                _figures.TcpConnectMs = Clock.MonotonicMs - started;
            }
            else
            {
                _figures.Fail(LinkProbeStage.Tcp, "connect failed");
            }
        }

        private string Describe()
        {
            // Figures only, so the line reads the same in every language: "-61 dBm, DNS 12 ms, TCP 40 ms, TLS 210 ms".
            string text = string.Empty;
            if (_figures.HasRadio)
            {
                text = _figures.SignalStrengthDbm.ToString() + " dBm";
            }

            text = Append(text, "DNS", _figures.NameLookupMs);
            text = Append(text, "TCP", _figures.TcpConnectMs);
            return Append(text, "TLS", _figures.TlsHandshakeMs);
        }

        private static string Append(string text, string label, long ms)
        {
            if (ms < 0)
            {
                return text;
            }

            return (text.Length == 0 ? string.Empty : text + ", ") + label + " " + ms.ToString() + " ms";
        }

        private static SelfTestReason ReasonOf(LinkProbeStage stage)
        {
            switch (stage)
            {
                case LinkProbeStage.Radio:
                    return SelfTestReason.LinkNoRadio;
                case LinkProbeStage.Name:
                    return SelfTestReason.LinkNameFailed;
                case LinkProbeStage.Tls:
                    return SelfTestReason.LinkTlsFailed;
                default:
                    return SelfTestReason.LinkTcpFailed;
            }
        }
    }
}
