namespace NanoPos.Transactions
{
    /// <summary>
    /// The card as the card source read it, held in memory for one transaction only: the full PAN goes into
    /// the request and nowhere else (the journal keeps it masked).
    /// </summary>
    public sealed class CardData
    {
        /// <summary>Creates card data.</summary>
        /// <param name="pan">The primary account number, 13 to 19 digits.</param>
        /// <param name="expiry">The expiry as "YYMM".</param>
        /// <param name="entryMode">The POS entry mode (field 22): "012" keyed, "021" swiped, "051" chip.</param>
        public CardData(string pan, string expiry, string entryMode)
        {
            Pan = pan;
            Expiry = expiry;
            EntryMode = entryMode;
        }

        /// <summary>Gets the primary account number.</summary>
        public string Pan { get; }

        /// <summary>Gets the expiry as "YYMM".</summary>
        public string Expiry { get; }

        /// <summary>Gets the POS entry mode (field 22).</summary>
        public string EntryMode { get; }

        /// <summary>Gets or sets the 8-byte PIN block (field 52), or null when no PIN was entered.</summary>
        public byte[] PinBlock { get; set; }
    }
}
