using NanoPos.Hal;
using NanoPos.Transactions;

namespace NanoPos.Ui
{
    /// <summary>
    /// One transaction of the batch: status, time, amount, masked card, STAN, RRN and authorization code, scrolled with
    /// B and C. # voids an approved sale (after a confirmation), * goes back to the list.
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
            else if (key == Key.Digit0 && !_item.Pending)
            {
                Ui.All.ReceiptQr.Set(ReceiptBuilder.FromRecord(Ui, _item.Record, _item.Voided), this);
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
            JournalRecord r = _item.Record;
            string text = catalog.Format(MessageId.FieldTime, UiText.JournalTime(r.LocalDateTime))
                + "\n" + catalog.Format(MessageId.FieldAmount, _formatter.ToString(r.AmountMinor))
                + "\n" + catalog.Format(MessageId.FieldCard, r.MaskedPan)
                + "\n" + catalog.Format(MessageId.FieldStan, UiText.Digits(r.Stan, 6));
            if (r.Rrn != null && r.Rrn.Length > 0)
            {
                text += "\n" + catalog.Format(MessageId.FieldRrn, r.Rrn);
            }

            if (r.AuthCode != null && r.AuthCode.Length > 0)
            {
                text += "\n" + catalog.Format(MessageId.AuthCode, r.AuthCode);
            }

            if (!_item.Pending && !_item.Voided && r.Kind == TransactionKind.Sale)
            {
                string funds = FundsText.For(Ui.Settings.Settlement, ReceiptBuilder.LocalTimeOf(Ui, r), catalog.Language);
                text += funds == null ? string.Empty : "\n" + funds;
            }

            if (!_item.Pending)
            {
                text += "\n" + catalog.Text(MessageId.HintReceiptQr);
            }

            return _item.CanVoid ? text + "\n" + catalog.Text(MessageId.HistoryVoidHint) : text + "\n" + catalog.Text(MessageId.HintBack);
        }
    }
}
