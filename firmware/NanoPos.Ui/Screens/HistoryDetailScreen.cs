using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Receipts;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// One transaction of the history: kind and status in the title; time, amount, masked card, STAN, RRN, authorization
    /// code, why it was not approved and what that means for the money, and the funds date of an approved sale; scrolled
    /// with B and C. # voids an approved sale of the open batch (after a confirmation), 0 shows the receipt QR of an
    /// approval, * goes back to the list.
    /// </summary>
    internal sealed class HistoryDetailScreen : Screen
    {
        private readonly AmountFormatter _formatter;
        private HistoryItem _item;
        private int _scroll;
        private int _lines;
        private string _text;

        internal HistoryDetailScreen(TerminalUi ui, AmountFormatter formatter)
            : base(ui)
        {
            _formatter = formatter;
        }

        internal override UiScreen Id
        {
            get { return UiScreen.HistoryDetail; }
        }

        internal HistoryItem Item
        {
            get { return _item; }
        }

        internal void Set(HistoryItem item)
        {
            _item = item;
            _scroll = 0;
            _text = null;
        }

        internal override void HandleKey(Key key)
        {
            if (Scroll(key, ref _scroll, _lines, 3))
            {
                Ui.Invalidate();
            }
            else if (key == Key.Cancel)
            {
                Ui.All.History.Return();
            }
            else if (key == Key.Enter && _item.CanVoid)
            {
                Ui.Show(Ui.All.VoidConfirm);
            }
            else if (key == Key.Digit0 && _item.HasReceipt)
            {
                Ui.All.ReceiptQr.Set(ReceiptBuilder.FromEntry(Ui.Settings, Ui.Clock, _item.Entry), this);
                Ui.Show(Ui.All.ReceiptQr);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(catalog.Text(_item.KindText) + " " + catalog.Text(_item.StatusText));
            if (_text == null || catalog.Language != _textLanguage)
            {
                _text = Build(catalog);
                _textLanguage = catalog.Language;
            }

            _lines = canvas.Wrapped(1, 3, _text, _scroll);
        }

        private Language _textLanguage;

        private string Build(MessageCatalog catalog)
        {
            HistoryEntry e = _item.Entry;
            string text = catalog.Format(MessageId.FieldTime, UiText.JournalTime(e.LocalDateTime))
                + "\n" + catalog.Format(MessageId.FieldAmount, _formatter.ToString(e.AmountMinor))
                + "\n" + catalog.Format(MessageId.FieldCard, e.MaskedPan)
                + "\n" + catalog.Format(MessageId.FieldStan, UiText.Digits(e.Stan, 6));
            if (e.Rrn != null && e.Rrn.Length > 0)
            {
                text += "\n" + catalog.Format(MessageId.FieldRrn, e.Rrn);
            }

            if (e.AuthCode != null && e.AuthCode.Length > 0)
            {
                text += "\n" + catalog.Format(MessageId.AuthCode, e.AuthCode);
            }

            // What happened to the money and why, for anything the host did not approve.
            MessageId why = _item.WhyText;
            if (why != MessageId.Approved)
            {
                text += "\n" + catalog.Format(why, e.ResponseCode ?? string.Empty);
            }

            MessageId money = _item.MoneyText;
            if (money == MessageId.DeclinedWithCode)
            {
                text += "\n" + catalog.Format(money, e.ResponseCode ?? "--");
            }
            else if (money != MessageId.Approved)
            {
                text += "\n" + catalog.Text(money);
                text += e.Status == HistoryStatus.Declined && e.ResponseCode != null ? "\n" + catalog.Format(MessageId.FieldCode, e.ResponseCode) : string.Empty;
            }

            if (e.MovedMoney && e.Kind == TransactionKind.Sale)
            {
                string funds = FundsText.For(Ui.Settings.Settlement, ReceiptBuilder.LocalTimeOf(Ui.Settings, Ui.Clock, e.CreatedUtcTicks, e.LocalDateTime), catalog.Language);
                text += funds == null ? string.Empty : "\n" + funds;
            }

            if (_item.HasReceipt)
            {
                text += "\n" + catalog.Text(MessageId.HintReceiptQr);
            }

            return _item.CanVoid ? text + "\n" + catalog.Text(MessageId.HistoryVoidHint) : text + "\n" + catalog.Text(MessageId.HintBack);
        }
    }
}
