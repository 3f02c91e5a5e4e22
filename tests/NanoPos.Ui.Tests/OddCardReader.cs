using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Input;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Tests
{
    /// <summary>
    /// A card reader other than the keyed one, which hands over whatever it read on Enter: here a PAN no PIN block can
    /// be built from (too short, or not digits), as a misread of a magnetic stripe would.
    /// </summary>
    internal sealed class OddCardReader : ICardReader
    {
        private readonly string _pan;
        private CardData _card;

        internal OddCardReader(string pan)
        {
            _pan = pan;
        }

        /// <summary>Gets how many times the screens started a read.</summary>
        internal int Begins { get; private set; }

        public MessageId Prompt
        {
            get { return MessageId.CardNumberTitle; }
        }

        public string Entry
        {
            get { return null; }
        }

        public bool HasError
        {
            get { return false; }
        }

        public MessageId Error
        {
            get { return MessageId.CardNumberInvalid; }
        }

        public void Begin()
        {
            Begins++;
            _card = null;
        }

        public CardReaderStatus HandleKey(Key key)
        {
            if (key == Key.Cancel)
            {
                return CardReaderStatus.Cancelled;
            }

            if (key == Key.Enter)
            {
                _card = new CardData(_pan, "2912", "021");
                return CardReaderStatus.Done;
            }

            return CardReaderStatus.Reading;
        }

        public CardReaderStatus Poll()
        {
            return CardReaderStatus.Reading;
        }

        public CardData TakeCard()
        {
            CardData card = _card;
            _card = null;
            return card;
        }

        public void Abort()
        {
            _card = null;
        }
    }
}
