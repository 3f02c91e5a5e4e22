using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// Settlement: the totals of the open batch (sales in effect and refunds, count and amount), # settles, * goes back.
    /// </summary>
    internal sealed class SettlementScreen : Screen
    {
        private readonly AmountFormatter _formatter;
        private BatchTotals _totals;

        internal SettlementScreen(TerminalUi ui, AmountFormatter formatter)
            : base(ui)
        {
            _formatter = formatter;
        }

        internal override UiScreen Id
        {
            get { return UiScreen.Settlement; }
        }

        internal override void Enter()
        {
            // Read while no engine call runs (TerminalUi.Open waits for that).
            _totals = BatchTotals.Of(Ui.Engine.Log.BatchEntries);
        }

        internal override void HandleKey(Key key)
        {
            if (key == Key.Enter)
            {
                Ui.Flows.Settlement.Confirmed();
            }
            else if (key == Key.Cancel)
            {
                Ui.ShowIdle();
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(catalog.Text(MessageId.SettlementTitle));
            canvas.Row(1, catalog.Format(MessageId.SettlementSales, _totals.SaleCount.ToString() + " " + _formatter.ToString(_totals.SaleAmountMinor)), false);
            canvas.Row(2, catalog.Format(MessageId.SettlementRefunds, _totals.RefundCount.ToString() + " " + _formatter.ToString(_totals.RefundAmountMinor)), false);
            canvas.Row(3, catalog.Text(MessageId.SettlementHint), false);
        }
    }
}
