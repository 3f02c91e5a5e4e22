using NanoPos.Hal;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// Ready: the merchant's name, the local date and time, the link state, and a mark while reversals wait for the
    /// host (otherwise the key hint). # or a digit starts a sale, A opens the menu.
    /// </summary>
    internal sealed class IdleScreen : Screen
    {
        private long _shownMinute = -1;

        internal IdleScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.Idle; }
        }

        internal override long TimeoutMs
        {
            get { return 0; }
        }

        internal override void HandleKey(Key key)
        {
            // A boot notice stays until the next key, which then does what it always does.
            Ui.Boot.Notice.Seen();

            int digit = KeyMap.DigitOf(key);
            if (key == Key.Enter || digit > 0)
            {
                Ui.Flows.Sale.BeginWith(digit);
            }
            else if (key == Key.Menu)
            {
                Ui.Show(Ui.All.Menu);
            }
        }

        internal override void Tick(long nowMs)
        {
            // The clock shows minutes: redraw when the minute changes, not on every tick.
            long minute = Ui.Clock.UtcNow.Ticks / System.TimeSpan.TicksPerMinute;
            if (minute != _shownMinute)
            {
                Ui.Invalidate();
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            _shownMinute = Ui.Clock.UtcNow.Ticks / System.TimeSpan.TicksPerMinute;
            canvas.Title(Ui.Settings.MerchantName);
            if (Ui.Boot.Notice.Text != null)
            {
                canvas.Wrapped(1, 3, Ui.Boot.Notice.Text, 0);
                return;
            }

            canvas.Row(1, Ui.Clock.IsWallTimeTrusted
                ? UiText.FormatDateTime(Ui.Clock.UtcNow.AddMinutes(Ui.Settings.UtcOffsetMinutes))
                : catalog.Text(MessageId.TimeNotSet), false);
            MessageId link = Ui.Link == LinkStatus.Online ? MessageId.LinkOnline
                : Ui.Link == LinkStatus.Offline ? MessageId.LinkOffline : MessageId.LinkConnecting;
            canvas.Row(2, catalog.Text(link), false);
            canvas.Row(3, catalog.Text(Ui.PendingReversals > 0 ? MessageId.ReversalPendingMark : MessageId.IdleHint), Ui.PendingReversals > 0);
        }
    }
}
