using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Input
{
    /// <summary>
    /// A source of card data for one transaction: the card number and expiry typed on the keypad
    /// (<see cref="KeyedCardReader"/>, the reference), or later a magnetic-stripe or chip reader.
    /// </summary>
    /// <remarks>
    /// The card screen shows <see cref="Prompt"/> as its title, <see cref="Entry"/> below it and <see cref="Error"/>
    /// when <see cref="HasError"/>; it hands every key to <see cref="HandleKey"/> and polls <see cref="Poll"/> on every
    /// tick, so a hardware reader can report a card without a key. A reader keeps the full PAN only until
    /// <see cref="TakeCard"/> or <see cref="Abort"/>, and never writes it anywhere.
    /// </remarks>
    public interface ICardReader
    {
        /// <summary>Gets the title of the card screen now (e.g. "Card number", then "Expiry MM/YY").</summary>
        MessageId Prompt { get; }

        /// <summary>Gets what the cashier typed so far, formatted for the screen, or null when there is nothing to show.</summary>
        string Entry { get; }

        /// <summary>Gets a value indicating whether the last input was refused (<see cref="Error"/> says why).</summary>
        bool HasError { get; }

        /// <summary>Gets why the last input was refused (e.g. the card number fails the Luhn check).</summary>
        MessageId Error { get; }

        /// <summary>Starts reading the card of a new transaction, forgetting anything from before.</summary>
        void Begin();

        /// <summary>Handles a key pressed on the card screen.</summary>
        /// <param name="key">The key.</param>
        /// <returns>The status after the key.</returns>
        CardReaderStatus HandleKey(Key key);

        /// <summary>Checks the reader without a key (a hardware reader looks for a card here).</summary>
        /// <returns>The status.</returns>
        CardReaderStatus Poll();

        /// <summary>Gets the card once the status is <see cref="CardReaderStatus.Done"/>, and forgets it.</summary>
        /// <returns>The card, or null when none was read.</returns>
        CardData TakeCard();

        /// <summary>Stops reading and wipes whatever was typed (cancel, timeout).</summary>
        void Abort();
    }
}
