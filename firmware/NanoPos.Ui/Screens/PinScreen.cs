using NanoPos.Hal;
using NanoPos.Ui.Flows;
using NanoPos.Ui.Input;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// PIN entry through the <see cref="IPinEntry"/>: one '*' per digit, never the digits; "No PIN: press #" until a
    /// digit is typed; the amount at the bottom for the cardholder. On # the entry builds the PIN block and zeroes the
    /// digits, and the request leaves.
    /// </summary>
    internal sealed class PinScreen : Screen
    {
        private const string Stars = "************";

        private readonly AmountFormatter _formatter;
        private CardFlow _flow;

        internal PinScreen(TerminalUi ui, AmountFormatter formatter)
            : base(ui)
        {
            _formatter = formatter;
        }

        internal override UiScreen Id
        {
            get { return UiScreen.Pin; }
        }

        /// <summary>Asks the PIN for a flow, which gets the PIN block (its amount is shown below).</summary>
        internal void Begin(CardFlow flow)
        {
            _flow = flow;
        }

        internal override void Leave()
        {
            Ui.PinEntry.Abort();
        }

        internal override void HandleKey(Key key)
        {
            PinEntryStatus status = Ui.PinEntry.HandleKey(key);
            if (status == PinEntryStatus.Cancelled)
            {
                Ui.ShowIdle();
            }
            else if (status == PinEntryStatus.Done)
            {
                _flow.PinEntered(Ui.PinEntry.TakePinBlock());
            }
            else
            {
                if (Ui.PinEntry.HasError)
                {
                    Ui.Beep(true);
                }

                Ui.Invalidate();
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            IPinEntry entry = Ui.PinEntry;
            canvas.Title(catalog.Text(MessageId.PinTitle));
            int count = entry.DigitCount;
            canvas.Row(1, count == 0 ? null : Stars.Substring(0, count < Stars.Length ? count : Stars.Length), false);
            canvas.Row(2, catalog.Text(entry.HasError ? entry.Error : count == 0 ? MessageId.PinNone : MessageId.HintOkCancel), false);
            if (_flow.AmountMinor > 0)
            {
                canvas.RowRight(3, _formatter.ToString(_flow.AmountMinor));
            }
        }
    }
}
