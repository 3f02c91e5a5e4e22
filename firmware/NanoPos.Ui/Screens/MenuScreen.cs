using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// The main menu: sale, void, refund, balance, history, settlement, technician. A digit chooses directly; B and C
    /// move the highlight, # chooses it, * goes back to idle.
    /// </summary>
    internal sealed class MenuScreen : Screen
    {
        private static readonly MessageId[] s_entries = new MessageId[]
        {
            MessageId.MenuSale, MessageId.MenuVoid, MessageId.MenuRefund, MessageId.MenuBalance,
            MessageId.MenuHistory, MessageId.MenuSettlement, MessageId.MenuTechnician,
        };

        private int _selected;

        internal MenuScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.Menu; }
        }

        internal override void Enter()
        {
            _selected = 0;
        }

        internal override void HandleKey(Key key)
        {
            int digit = KeyMap.DigitOf(key);
            if (key == Key.Cancel)
            {
                Ui.ShowIdle();
            }
            else if (key == Key.Function1 || key == Key.Function2)
            {
                _selected = key == Key.Function1 ? (_selected + s_entries.Length - 1) % s_entries.Length : (_selected + 1) % s_entries.Length;
                Ui.Invalidate();
            }
            else if (key == Key.Enter)
            {
                Choose(_selected);
            }
            else if (digit >= 1 && digit <= s_entries.Length)
            {
                Choose(digit - 1);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(catalog.Text(MessageId.MenuTitle), _selected + 1, s_entries.Length);
            int first = _selected < 3 ? 0 : _selected - 2;
            for (int row = 0; row < 3 && first + row < s_entries.Length; row++)
            {
                canvas.Row(row + 1, catalog.Text(s_entries[first + row]), first + row == _selected);
            }
        }

        private void Choose(int index)
        {
            switch (index)
            {
                case 0:
                    Ui.Flows.Sale.Begin();
                    break;
                case 1:
                    // The sale to void is chosen in the history.
                    Ui.Flows.Void.Begin();
                    break;
                case 2:
                    // Money goes back to a card: the merchant's supervisor PIN first, before the amount.
                    Ui.Flows.Refund.Begin();
                    break;
                case 3:
                    Ui.Flows.Balance.Begin();
                    break;
                case 4:
                    Ui.Flows.History.Begin();
                    break;
                case 5:
                    Ui.Flows.Settlement.Begin();
                    break;
                default:
                    Ui.Flows.Technician.Begin();
                    break;
            }
        }
    }
}
