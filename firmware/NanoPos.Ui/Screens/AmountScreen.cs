using NanoPos.Hal;
using NanoPos.Ui.Flows;
using NanoPos.Ui.Input;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// Amount entry in minor units (<see cref="AmountEntry"/>): digits grow the amount from the right, D (Clear) deletes
    /// the last digit, # confirms (not 0), * leaves. A digit beyond the configured maximum is refused with a beep and
    /// "Too many digits" with "D=Delete", which stay, and # is refused, until D clears the whole amount: the amount on screen
    /// is then not the one typed, and must never be charged.
    /// </summary>
    internal sealed class AmountScreen : Screen
    {
        private readonly AmountEntry _entry;
        private readonly AmountFormatter _formatter;
        private CardFlow _flow;
        private MessageId _problem;
        private bool _hasProblem;

        internal AmountScreen(TerminalUi ui, AmountFormatter formatter)
            : base(ui)
        {
            _entry = new AmountEntry(ui.Settings.MaxAmountMinor);
            _formatter = formatter;
        }

        internal override UiScreen Id
        {
            get { return UiScreen.Amount; }
        }

        /// <summary>Starts an empty amount (or one with the digit typed on idle) for a flow, which gets the amount on #.</summary>
        internal void Begin(CardFlow flow, int firstDigit)
        {
            _flow = flow;
            _entry.Reset();
            _hasProblem = false;
            if (firstDigit > 0)
            {
                _entry.AppendDigit(firstDigit);
            }
        }

        internal override void HandleKey(Key key)
        {
            int digit = KeyMap.DigitOf(key);
            _hasProblem = false;
            if (digit >= 0)
            {
                if (!_entry.AppendDigit(digit))
                {
                    Problem(MessageId.AmountTooManyDigits);
                }
            }
            else if (key == Key.Clear)
            {
                _entry.Clear();
            }
            else if (key == Key.Cancel)
            {
                Ui.ShowIdle();
                return;
            }
            else if (key == Key.Enter)
            {
                if (_entry.Overflowed)
                {
                    Problem(MessageId.AmountTooManyDigits);
                }
                else if (_entry.IsZero)
                {
                    Problem(MessageId.AmountRequired);
                }
                else
                {
                    _flow.AmountEntered(_entry.Value);
                    return;
                }
            }

            Ui.Invalidate();
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(catalog.Text(_flow.Kind == RequestKind.Refund ? MessageId.KindRefund : MessageId.AmountTitle));
            canvas.RowRight(2, _formatter.ToString(_entry.Value));
            if (_entry.Overflowed)
            {
                // Stays until D clears the amount: what is shown is not what was typed.
                canvas.Row(1, catalog.Text(MessageId.AmountTooManyDigits), true);
                canvas.Row(3, catalog.Text(MessageId.HintDelete), false);
                return;
            }

            canvas.Row(3, catalog.Text(_hasProblem ? _problem : MessageId.HintOkCancel), false);
        }

        private void Problem(MessageId problem)
        {
            _problem = problem;
            _hasProblem = true;
            Ui.Beep(true);
        }
    }
}
