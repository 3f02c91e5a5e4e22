using NanoPos.Hal;
using NanoPos.Ui.Flows;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// "Same card and amount N min ago - charge again?": shown before the PIN (before anything is sent) when the guard
    /// finds the same card and amount approved within its window. # goes on, * abandons the sale (nothing was sent).
    /// </summary>
    internal sealed class DuplicateConfirmScreen : Screen
    {
        private readonly AmountFormatter _formatter;
        private SaleFlow _flow;
        private long _sinceMs;

        internal DuplicateConfirmScreen(TerminalUi ui, AmountFormatter formatter)
            : base(ui)
        {
            _formatter = formatter;
        }

        internal override UiScreen Id
        {
            get { return UiScreen.DuplicateConfirm; }
        }

        internal void Set(SaleFlow flow, long sinceMs)
        {
            _flow = flow;
            _sinceMs = sinceMs;
        }

        internal override void HandleKey(Key key)
        {
            if (key == Key.Enter)
            {
                _flow.DuplicateConfirmed();
            }
            else if (key == Key.Cancel)
            {
                Ui.ShowIdle();
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            // Whole minutes, rounded up: "0 min ago" would read as no time at all.
            long minutes = (_sinceMs + 59999) / 60000;
            canvas.Title(_formatter.ToString(_flow.AmountMinor));
            canvas.Wrapped(1, 2, catalog.Format(MessageId.DuplicateWarning, minutes.ToString()), 0);
            canvas.Row(3, catalog.Text(MessageId.DuplicateAsk), false);
        }
    }
}
