using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The idle loop's work with the host while the cashier does nothing: pending reversals are retried when their
    /// backoff has passed, and an offline terminal retries sign-on (or an echo, once signed on) every probe interval.
    /// Runs only through the UI's runner and only while the idle screen shows and no engine call runs.
    /// </summary>
    internal sealed class IdleService
    {
        private readonly long _probeIntervalMs;
        private long _nextProbeMs;

        internal IdleService(long probeIntervalMs, long nowMs)
        {
            _probeIntervalMs = probeIntervalMs;
            _nextProbeMs = nowMs + probeIntervalMs;
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

            if (_probeIntervalMs > 0 && (!ui.SignedOn || ui.Link == LinkStatus.Offline) && now >= _nextProbeMs)
            {
                _nextProbeMs = now + _probeIntervalMs;
                ui.RunBackground(new TransactionRequest(ui.SignedOn ? RequestKind.Echo : RequestKind.SignOn, 0, null, 0));
            }
        }
    }
}
