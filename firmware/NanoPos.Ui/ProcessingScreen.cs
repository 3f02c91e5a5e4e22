using NanoPos.Hal;

namespace NanoPos.Ui
{
    /// <summary>
    /// A request is with the host: a countdown, "waiting for bank" and "do not power off". Keys do nothing and there is
    /// no input timeout: the result of a payment in flight is always shown.
    /// </summary>
    /// <remarks>
    /// The countdown starts from the longest the call can take (<see cref="UiSettings.ProcessingCountdownMs"/>: the
    /// request and its reversal), plus one reversal exchange (<see cref="UiSettings.ReversalExchangeMs"/>) per reversal
    /// pending when it starts, since the engine sends those first. So it does not reach 0 while the engine can still be
    /// waiting; a settlement with a batch upload (one exchange per entry) is the exception and may wait at 0.
    /// </remarks>
    internal sealed class ProcessingScreen : Screen
    {
        private long _startMs;
        private long _totalMs;
        private long _shownSeconds = -1;

        internal ProcessingScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.Processing; }
        }

        internal override long TimeoutMs
        {
            get { return 0; }
        }

        internal override void Enter()
        {
            _startMs = Ui.Clock.MonotonicMs;
            _totalMs = Ui.Settings.ProcessingCountdownMs + (Ui.PendingReversals * Ui.Settings.ReversalExchangeMs);
            _shownSeconds = -1;
        }

        internal override void HandleKey(Key key)
        {
        }

        internal override void Tick(long nowMs)
        {
            if (SecondsLeft(nowMs) != _shownSeconds)
            {
                Ui.Invalidate();
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            _shownSeconds = SecondsLeft(Ui.Clock.MonotonicMs);
            canvas.Title(catalog.Text(MessageId.ProcessingTitle));
            canvas.Row(1, catalog.Format(MessageId.ProcessingCountdown, _shownSeconds.ToString()), false);
            canvas.Row(2, catalog.Text(MessageId.ProcessingWaiting), false);
            canvas.Row(3, catalog.Text(MessageId.DoNotPowerOff), false);
        }

        private long SecondsLeft(long nowMs)
        {
            long left = _totalMs - (nowMs - _startMs);
            return left <= 0 ? 0 : (left + 999) / 1000;
        }
    }
}
