using NanoPos.Transactions;
using NanoPos.Ui.Input;

namespace NanoPos.Torture
{
    /// <summary>The campaign's card, and the card with its PIN as the PIN entry hands it to the engine.</summary>
    internal static class TortureCard
    {
        /// <summary>The card number every flow uses.</summary>
        internal const string Pan = "6222021234567890123";

        /// <summary>The cardholder PIN digits (the acquirer simulator's default PIN, 1234).</summary>
        private static readonly byte[] CardholderPin = new byte[] { 1, 2, 3, 4 };

        /// <summary>The card without a PIN.</summary>
        /// <returns>New card data.</returns>
        internal static CardData Card()
        {
            return new CardData(Pan, "2912", "051");
        }

        /// <summary>
        /// The card with the cardholder's PIN, as the PIN entry hands it over: the format-0 block encrypted under the PIK
        /// of the engine's current keys. Without keys the card carries no PIN (the engine then refuses the sale as not
        /// signed on, before anything is sent).
        /// </summary>
        /// <param name="engine">The engine whose key ring encrypts the block.</param>
        /// <returns>New card data.</returns>
        internal static CardData WithPin(PaymentEngine engine)
        {
            CardData card = Card();
            byte[] block = new byte[PinBlock.Length];
            PinBlock.Format0(CardholderPin, CardholderPin.Length, Pan, block, 0);
            if (engine.Keys.EncryptPinBlock(block, 0, block, 0))
            {
                card.PinBlock = block;
            }

            return card;
        }
    }
}
