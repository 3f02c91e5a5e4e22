using NanoPos.Transactions;

namespace NanoPos.Ui.Flows
{
    /// <summary>
    /// A sale: amount, card, PIN, then the request. Before the PIN, the same card and amount approved within
    /// <see cref="UiSettings.DuplicateWindowMs"/> asks the cashier whether this is a second purchase ("Same card and amount
    /// N min ago - Again?"): nothing is sent, and no PIN asked, until # says yes.
    /// </summary>
    internal sealed class SaleFlow : CardFlow
    {
        private readonly DuplicateGuard _duplicates;

        /// <summary>Creates the flow.</summary>
        /// <param name="ui">The UI, attached (its settings give the duplicate window).</param>
        internal SaleFlow(TerminalUi ui)
            : base(ui, RequestKind.Sale, true, true)
        {
            _duplicates = new DuplicateGuard(ui.Settings.DuplicateWindowMs);
        }

        /// <summary>Starts a sale from the menu: the amount screen, empty.</summary>
        internal override void Begin()
        {
            Start(-1);
        }

        /// <summary>Starts a sale from the idle screen, whose key may already be the amount's first digit.</summary>
        /// <param name="firstDigit">The digit typed on idle (1-9), or -1 for #.</param>
        internal void BeginWith(int firstDigit)
        {
            Start(firstDigit);
        }

        /// <summary>The cashier confirmed that the same card and amount is a second purchase: on to the PIN.</summary>
        internal void DuplicateConfirmed()
        {
            AskPinOrSubmit();
        }

        /// <summary>An approved sale is remembered (masked card number and amount only) for the duplicate check, then the result shown.</summary>
        /// <param name="done">The finished request.</param>
        internal override void Finished(TransactionRequest done)
        {
            TransactionResult result = done.Result;
            if (result != null && result.Outcome == TransactionOutcome.Approved)
            {
                _duplicates.Approved(result.MaskedPan, result.AmountMinor > 0 ? result.AmountMinor : done.AmountMinor, Ui.Clock.MonotonicMs);
            }

            base.Finished(done);
        }

        /// <summary>Checks for a duplicate of a recent approved sale before asking for the PIN.</summary>
        protected override void CardAccepted()
        {
            long since = _duplicates.SinceSameSale(Card.Pan, AmountMinor, Ui.Clock.MonotonicMs);
            if (since >= 0)
            {
                // Nothing is sent, and no PIN asked, until the cashier says this is a second purchase.
                Screens.Duplicate.Set(this, since);
                Ui.Show(Screens.Duplicate);
                return;
            }

            AskPinOrSubmit();
        }
    }
}
