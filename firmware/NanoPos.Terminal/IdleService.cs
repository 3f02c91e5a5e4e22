using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The idle loop's work with the host while the cashier does nothing: pending reversals are retried when their
    /// backoff has passed, an offline terminal retries sign-on (or an echo, once signed on) every probe interval, and an
    /// online terminal that has not talked to the host for <see cref="KeepAliveFactor"/> probe intervals sends an echo,
    /// so the idle screen's "Online" is never older than that (a link that went down shows "Offline" without waiting
    /// for a payment to fail). Runs only through the UI's runner and only while the idle screen shows and no engine
    /// call runs.
    /// </summary>
    internal sealed class IdleService
    {
        /// <summary>How many probe intervals of silence an online terminal allows before it checks the host with an echo.</summary>
        internal const int KeepAliveFactor = 2;

        private readonly long _probeIntervalMs;
        private long _nextProbeMs;
        private int _lastExchanges = -1;
        private long _lastActivityMs;

        internal IdleService(long probeIntervalMs, long nowMs)
        {
            _probeIntervalMs = probeIntervalMs;
            _nextProbeMs = nowMs + probeIntervalMs;
            _lastActivityMs = nowMs;
        }

        internal void Step(TerminalUi ui, PaymentEngine engine, IClock clock)
        {
            if (!ui.CanRunBackground)
            {
                return;
            }

            // Safe to read: no engine call runs while CanRunBackground is true.
            long now = clock.MonotonicMs;
            ReversalQueue queue = engine.Reversals;
            if (queue.PendingCount > 0 && now >= queue.NextAttemptAtMs)
            {
                ui.RunBackground(new TransactionRequest(RequestKind.ServiceReversals, 0, null, 0));
                return;
            }

            // Any exchange (a payment, a reversal, a probe) shows the link's state as fresh as an echo would.
            int exchanges = engine.Exchange.Exchanges;
            if (exchanges != _lastExchanges)
            {
                _lastExchanges = exchanges;
                _lastActivityMs = now;
            }

            if (_probeIntervalMs <= 0)
            {
                return;
            }

            if ((!ui.SignedOn || ui.Link == LinkStatus.Offline) && now >= _nextProbeMs)
            {
                _nextProbeMs = now + _probeIntervalMs;
                ui.RunBackground(new TransactionRequest(ui.SignedOn ? RequestKind.Echo : RequestKind.SignOn, 0, null, 0));
            }
            else if (ui.SignedOn && ui.Link == LinkStatus.Online && now - _lastActivityMs >= KeepAliveFactor * _probeIntervalMs)
            {
                _lastActivityMs = now;
                ui.RunBackground(new TransactionRequest(RequestKind.Echo, 0, null, 0));
            }
        }
    }
}
