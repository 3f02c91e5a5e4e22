using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// The main menu: sale, void, refund, balance, history, settlement, technician. A digit chooses directly; B and C
    /// move the highlight, # chooses it, * goes back to idle.
    /// </summary>
    internal sealed class MenuScreen : EntryMenuScreen
    {
        private static readonly MessageId[] s_entries = new MessageId[]
        {
            MessageId.MenuSale, MessageId.MenuVoid, MessageId.MenuRefund, MessageId.MenuBalance,
            MessageId.MenuHistory, MessageId.MenuSettlement, MessageId.MenuTechnician,
        };

        internal MenuScreen(TerminalUi ui)
            : base(ui, MessageId.MenuTitle, s_entries)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.Menu; }
        }

        internal override void Enter()
        {
            Selected = 0;
        }

        protected override void Choose(int index)
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
