using System;
using System.Diagnostics;
using NanoPos.Transactions;
using NanoPos.Ui.Input;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Flows
{
    /// <summary>
    /// A flow that reads a card and sends one request: the amount (when the kind has one), the card, the PIN (when the
    /// kind asks for one), then the request. Sale, refund and balance inquiry differ only in which steps they take and
    /// in what comes before (<see cref="RefundFlow"/>) or after the card (<see cref="SaleFlow"/>).
    /// </summary>
    /// <remarks>
    /// The amount and card are kept here from the first key to the request, which takes the card over (and forgets it once
    /// sent); <see cref="Cancel"/> and the end of the call wipe them, the PIN block zeroed first.
    /// </remarks>
    internal abstract class CardFlow : Flow
    {
        private readonly bool _needsAmount;
        private readonly bool _needsPin;
        private long _amountMinor;
        private CardData _card;

        /// <summary>Creates the flow.</summary>
        /// <param name="ui">The UI whose screens the flow shows.</param>
        /// <param name="kind">The kind of request the flow sends.</param>
        /// <param name="needsAmount">True when the flow asks for an amount before the card.</param>
        /// <param name="needsPin">True when the flow asks for the cardholder's PIN after the card.</param>
        protected CardFlow(TerminalUi ui, RequestKind kind, bool needsAmount, bool needsPin)
            : base(ui)
        {
            Kind = kind;
            _needsAmount = needsAmount;
            _needsPin = needsPin;
        }

        /// <summary>Gets the kind of request the flow sends.</summary>
        internal RequestKind Kind { get; }

        /// <summary>Gets the amount typed, in minor units (0 before the amount, and for a balance inquiry).</summary>
        internal long AmountMinor
        {
            get { return _amountMinor; }
        }

        /// <summary>Gets the card read (null before the card and once the request has taken it).</summary>
        protected CardData Card
        {
            get { return _card; }
        }

        /// <summary>The amount screen confirmed an amount: read the card next.</summary>
        /// <param name="amountMinor">The amount in minor units, above 0.</param>
        internal void AmountEntered(long amountMinor)
        {
            _amountMinor = amountMinor;
            ReadCard();
        }

        /// <summary>
        /// The card screen has card data from the reader. Data that no request or PIN block can be built from is refused on
        /// the card screen ("Card read error - try again") and the card read again; otherwise <see cref="CardAccepted"/>.
        /// </summary>
        /// <param name="card">The card data the reader handed over.</param>
        internal void CardRead(CardData card)
        {
            if (!CardDataCheck.IsUsable(card))
            {
                // A reader other than the keyed one (which checks all this itself) handed over data that no request, and
                // no PIN block, can be built from: say so on the card screen and read again. Nothing of it is logged.
                Debug.WriteLine("nanoPos: the card reader returned unusable card data; reading again");
                Ui.CardReader.Abort();
                Ui.CardReader.Begin();
                Ui.Beep(true);
                Screens.Card.ShowError(MessageId.CardReadError);
                Ui.Show(Screens.Card);
                return;
            }

            _card = card;
            CardAccepted();
        }

        /// <summary>The PIN entry has the PIN block: the request goes.</summary>
        /// <param name="pinBlock">The ISO 9564 PIN block (no PIN: the entry's empty block).</param>
        internal void PinEntered(byte[] pinBlock)
        {
            _card.PinBlock = pinBlock;
            Submit(TakeRequest());
        }

        /// <summary>The request is done: the amount is forgotten, then the result shown.</summary>
        /// <param name="done">The finished request.</param>
        internal override void Finished(TransactionRequest done)
        {
            Wipe();
            base.Finished(done);
        }

        /// <summary>Abandoned: whatever the reader and the PIN entry hold is wiped, and the amount and card forgotten.</summary>
        internal override void Cancel()
        {
            if (Ui.CardReader != null)
            {
                Ui.CardReader.Abort();
            }

            if (Ui.PinEntry != null)
            {
                Ui.PinEntry.Abort();
            }

            Wipe();
        }

        /// <summary>Starts from the first step: the amount (with a first digit typed on idle, or -1) or the card.</summary>
        /// <param name="firstDigit">The digit that started the flow on the idle screen, or -1.</param>
        protected void Start(int firstDigit)
        {
            Enter();
            Wipe();
            if (_needsAmount)
            {
                Screens.Amount.Begin(this, firstDigit);
                Ui.Show(Screens.Amount);
            }
            else
            {
                ReadCard();
            }
        }

        /// <summary>A usable card was read: the PIN next, or the request when the kind has no PIN. A sale checks for a duplicate first.</summary>
        protected virtual void CardAccepted()
        {
            AskPinOrSubmit();
        }

        /// <summary>Asks for the PIN when the kind has one, otherwise sends the request.</summary>
        protected void AskPinOrSubmit()
        {
            if (_needsPin)
            {
                Ui.PinEntry.Begin(_card.Pan);
                Screens.Pin.Begin(this);
                Ui.Show(Screens.Pin);
            }
            else
            {
                Submit(TakeRequest());
            }
        }

        private void ReadCard()
        {
            Ui.CardReader.Begin();
            Screens.Card.Begin(this);
            Ui.Show(Screens.Card);
        }

        /// <summary>Builds the request and hands the card over to it (the request forgets it once sent).</summary>
        private TransactionRequest TakeRequest()
        {
            TransactionRequest request = new TransactionRequest(Kind, _amountMinor, _card, 0);
            _card = null;
            return request;
        }

        private void Wipe()
        {
            if (_card != null && _card.PinBlock != null)
            {
                Array.Clear(_card.PinBlock, 0, _card.PinBlock.Length);
                _card.PinBlock = null;
            }

            _card = null;
            _amountMinor = 0;
        }
    }
}
