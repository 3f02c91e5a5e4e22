using NanoPos.Hal;
using NanoPos.Ui.Flows;
using NanoPos.Ui.Input;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// Card data from the <see cref="ICardReader"/>: its prompt as the title, what was typed (card number in groups of
    /// four, or the expiry), and its error or the key hint. Every key goes to the reader; the reader is also polled on
    /// every tick, so a hardware reader can report a card by itself. The UI can add an error of its own
    /// (<see cref="ShowError"/>: the card data the reader returned cannot be used), shown until the next key.
    /// </summary>
    internal sealed class CardScreen : Screen
    {
        private CardFlow _flow;
        private MessageId _error;
        private bool _hasError;

        internal CardScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.Card; }
        }

        /// <summary>Reads a card for a flow, which gets the card data the reader hands over.</summary>
        internal void Begin(CardFlow flow)
        {
            _flow = flow;
        }

        internal override void Leave()
        {
            // Whatever was typed but not taken is wiped (cancel, timeout).
            Ui.CardReader.Abort();
            _hasError = false;
        }

        /// <summary>Shows an error of the UI's own in the bottom row until the next key.</summary>
        internal void ShowError(MessageId error)
        {
            _error = error;
            _hasError = true;
            Ui.Invalidate();
        }

        internal override void HandleKey(Key key)
        {
            _hasError = false;
            CardReaderStatus status = Ui.CardReader.HandleKey(key);
            if (Ui.CardReader.HasError)
            {
                Ui.Beep(true);
            }

            After(status);
        }

        internal override void Tick(long nowMs)
        {
            CardReaderStatus status = Ui.CardReader.Poll();
            if (status != CardReaderStatus.Reading)
            {
                After(status);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            ICardReader reader = Ui.CardReader;
            canvas.Title(catalog.Text(reader.Prompt));
            if (_hasError)
            {
                // The reader starts again with nothing entered: the whole body is free for the error.
                canvas.Wrapped(1, 3, catalog.Text(_error), 0);
                return;
            }

            canvas.Wrapped(1, 2, reader.Entry, 0);
            canvas.Row(3, catalog.Text(reader.HasError ? reader.Error : MessageId.HintOkCancel), false);
        }

        private void After(CardReaderStatus status)
        {
            if (status == CardReaderStatus.Cancelled)
            {
                Ui.ShowIdle();
            }
            else if (status == CardReaderStatus.Done)
            {
                _flow.CardRead(Ui.CardReader.TakeCard());
            }
            else
            {
                Ui.Invalidate();
            }
        }
    }
}
