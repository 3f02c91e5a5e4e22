using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Receipts;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// The outcome: approved (amount and authorization code), declined (the host's reason), unknown ("reversing - the
    /// card will not be charged"), not sent, refused; a balance; a settlement. Texts from <see cref="OutcomeMessages"/>;
    /// B and C scroll a longer text; # or * goes back to idle, and so does the result timeout.
    /// </summary>
    internal sealed class ResultScreen : Screen
    {
        private readonly AmountFormatter _formatter;
        private TransactionRequest _done;
        private System.DateTime _doneLocal;
        private int _scroll;
        private int _lines;

        internal ResultScreen(TerminalUi ui, AmountFormatter formatter)
            : base(ui)
        {
            _formatter = formatter;
        }

        internal override UiScreen Id
        {
            get { return UiScreen.Result; }
        }

        internal override long TimeoutMs
        {
            get { return Ui.Settings.ResultTimeoutMs; }
        }

        internal void Set(TransactionRequest done)
        {
            _done = done;
            _scroll = 0;

            // The funds date follows from when the sale was made (a cut-off may pass while the result is on screen).
            _doneLocal = Ui.Clock.UtcNow.AddMinutes(Ui.Settings.UtcOffsetMinutes);
            Ui.Beep(done.Result == null || done.Result.Outcome != TransactionOutcome.Approved);
        }

        internal override void Leave()
        {
            _done = null;
        }

        internal override void HandleKey(Key key)
        {
            if (Scroll(key, ref _scroll, _lines, ShowsAmount() ? 2 : 3))
            {
                Ui.Invalidate();
            }
            else if (key == Key.Enter || key == Key.Cancel)
            {
                Ui.ShowIdle();
            }
            else if (key == Key.Digit0 && HasReceipt())
            {
                Ui.All.ReceiptQr.Set(ReceiptBuilder.FromResult(Ui.Settings, Ui.Clock, _done), null);
                Ui.Show(Ui.All.ReceiptQr);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            if (_done == null || _done.Result == null)
            {
                return;
            }

            TransactionResult result = _done.Result;
            Language language = catalog.Language;
            bool approved = result.Outcome == TransactionOutcome.Approved;
            string body;
            if (_done.Kind == RequestKind.Settle)
            {
                canvas.Title(catalog.Text(approved ? MessageId.SettlementTitle : OutcomeMessages.Headline(result)));
                body = approved
                    ? catalog.Text(MessageId.SettlementDone) + "\n" + catalog.Format(MessageId.SettlementNet, _formatter.ToString(result.AmountMinor)) + Funds(language)
                    : catalog.Text(MessageId.SettlementFailed) + "\n" + OutcomeMessages.DetailText(result, language);
            }
            else if (_done.Kind == RequestKind.Balance && approved)
            {
                canvas.Title(catalog.Text(MessageId.BalanceTitle));
                long available;
                body = UiText.TryParseBalance(result.Balance, out available)
                    ? catalog.Format(MessageId.BalanceAvailable, _formatter.ToString(available)) : string.Empty;
            }
            else if (_done.Kind == RequestKind.Void && approved)
            {
                canvas.Title(catalog.Text(MessageId.Approved));
                body = catalog.Format(MessageId.VoidedStan, UiText.Digits(_done.Stan, 6));
            }
            else
            {
                // An approved refund says so in its own word: "Approved" reads as if the card had been charged.
                canvas.Title(catalog.Text(_done.Kind == RequestKind.Refund && approved ? MessageId.Refunded : OutcomeMessages.Headline(result)));
                body = OutcomeMessages.DetailText(_done.Kind, result, language);
                if (_done.Kind == RequestKind.Sale && approved)
                {
                    // Under the authorization code, in the short form that fits the last row: when the money arrives
                    // ("I was paid on Sunday and..."). The history detail has the long form.
                    string funds = FundsText.ForResult(Ui.Settings.Settlement, _doneLocal, language);
                    body = funds == null ? body : (body.Length == 0 ? funds : body + "\n" + funds);
                }
            }

            if (HasReceipt())
            {
                body = (body.Length == 0 ? string.Empty : body + "\n") + catalog.Text(MessageId.HintReceiptQr);
            }

            if (ShowsAmount())
            {
                canvas.RowRight(1, _formatter.ToString(_done.AmountMinor));
                _lines = canvas.Wrapped(2, 2, body, _scroll);
            }
            else
            {
                _lines = canvas.Wrapped(1, 3, body, _scroll);
            }
        }

        private string Funds(Language language)
        {
            string line = FundsText.For(Ui.Settings.Settlement, _doneLocal, language);
            return line == null ? string.Empty : "\n" + line;
        }

        private bool HasReceipt()
        {
            // Approved sales, voids and refunds have a receipt; a decline, a balance or a settlement has none.
            return _done != null && _done.Result != null && _done.Result.Outcome == TransactionOutcome.Approved
                && (_done.Kind == RequestKind.Sale || _done.Kind == RequestKind.Refund || _done.Kind == RequestKind.Void);
        }

        private bool ShowsAmount()
        {
            // Approved sales and refunds show what was charged or refunded; other outcomes need the rows for the reason.
            return _done != null && _done.Result != null && _done.Result.Outcome == TransactionOutcome.Approved
                && (_done.Kind == RequestKind.Sale || _done.Kind == RequestKind.Refund);
        }
    }
}
