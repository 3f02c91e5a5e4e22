namespace NanoPos.Ui.Input
{
    /// <summary>Where an <see cref="ICardReader"/> is with the card of the current transaction.</summary>
    public enum CardReaderStatus
    {
        /// <summary>Still reading (waiting for a card, or for more keys).</summary>
        Reading = 0,

        /// <summary>A card was read: take it with <see cref="ICardReader.TakeCard"/>.</summary>
        Done = 1,

        /// <summary>The cashier cancelled; no card.</summary>
        Cancelled = 2,
    }
}
