using NanoPos.Hal;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>"Void this sale? #=Yes" with the sale's STAN and amount; # sends the void, * goes back to the detail.</summary>
    internal sealed class VoidConfirmScreen : Screen
    {
        private readonly AmountFormatter _formatter;

        internal VoidConfirmScreen(TerminalUi ui, AmountFormatter formatter)
            : base(ui)
        {
            _formatter = formatter;
        }

        internal override UiScreen Id
        {
            get { return UiScreen.VoidConfirm; }
        }

        internal override void HandleKey(Key key)
        {
            HistoryItem item = Ui.All.Detail.Item;
            if (key == Key.Enter)
            {
                Ui.Flows.Void.Confirmed(item.Entry.Stan);
            }
            else if (key == Key.Cancel)
            {
                Ui.Show(Ui.All.Detail);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            HistoryItem item = Ui.All.Detail.Item;
            canvas.Title(catalog.Text(MessageId.KindVoid));
            canvas.Wrapped(1, 2, catalog.Text(MessageId.VoidConfirm), 0);
            canvas.Row(3, UiText.Digits(item.Entry.Stan, 6) + " " + _formatter.ToString(item.Entry.AmountMinor), false);
        }
    }
}
