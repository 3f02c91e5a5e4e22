using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// A request is with the host: a countdown, "waiting for bank" and "do not power off". Keys do nothing and there is
    /// no input timeout: the result of a payment in flight is always shown.
    /// </summary>
    /// <remarks>
    /// The countdown runs in two parts for a sale, void or refund, as the engine does: first to the end of the request's
    /// own exchange (connect, send, the response timeout: <see cref="UiSettings.ProcessingCountdownMs"/> less one
    /// <see cref="UiSettings.ReversalExchangeMs"/>), after one reversal exchange per reversal pending when it starts, since
    /// the engine sends those first; then, if no result came, "No answer - reversing" with the reversal's own exchange.
    /// So the screen says what happens when it happens (a count to 90 s while the reversal came at 60 s told the cashier
    /// nothing), and never reaches 0 while the engine can still be waiting; a settlement with a batch upload (one
    /// exchange per entry) is the exception and may wait at 0. Other requests have no reversal: one part.
    /// </remarks>
    internal sealed class ProcessingScreen : Screen
    {
        private long _startMs;
        private long _requestEndMs;
        private long _totalMs;
        private long _shownSeconds = -1;
        private bool _shownReversing;

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
            long reversal = Ui.Settings.ReversalExchangeMs;
            long pending = Ui.PendingReversals * reversal;
            RequestKind kind = Ui.Calls.InFlightKind;
            bool reversible = kind == RequestKind.Sale || kind == RequestKind.Refund || kind == RequestKind.Void;
            _requestEndMs = pending + Ui.Settings.ProcessingCountdownMs - reversal;
            _totalMs = reversible ? _requestEndMs + reversal : _requestEndMs;
            _shownSeconds = -1;
            _shownReversing = false;
        }

        internal override void HandleKey(Key key)
        {
        }

        internal override void Tick(long nowMs)
        {
            if (SecondsLeft(nowMs) != _shownSeconds || Reversing(nowMs) != _shownReversing)
            {
                Ui.Invalidate();
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            long now = Ui.Clock.MonotonicMs;
            _shownSeconds = SecondsLeft(now);
            _shownReversing = Reversing(now);
            canvas.Title(catalog.Text(MessageId.ProcessingTitle));
            canvas.Row(1, catalog.Format(MessageId.ProcessingCountdown, _shownSeconds.ToString()), false);
            canvas.Row(2, catalog.Text(_shownReversing ? MessageId.ProcessingReversing : MessageId.ProcessingWaiting), false);
            canvas.Row(3, catalog.Text(MessageId.DoNotPowerOff), false);
        }

        private bool Reversing(long nowMs)
        {
            return _totalMs > _requestEndMs && nowMs - _startMs >= _requestEndMs;
        }

        private long SecondsLeft(long nowMs)
        {
            long elapsed = nowMs - _startMs;
            long left = (elapsed < _requestEndMs ? _requestEndMs : _totalMs) - elapsed;
            return left <= 0 ? 0 : (left + 999) / 1000;
        }
    }
}
