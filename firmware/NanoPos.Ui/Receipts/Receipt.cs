namespace NanoPos.Ui.Receipts
{
    /// <summary>
    /// What an e-receipt says (<see cref="ReceiptText"/>): the merchant, the transaction and its outcome. Never more of the
    /// card than the masked number (first six, last four digits), never the PIN block or the expiry.
    /// </summary>
    public sealed class Receipt
    {
        /// <summary>Gets or sets the merchant's name as on the idle screen.</summary>
        public string MerchantName { get; set; }

        /// <summary>Gets or sets the merchant ID (field 42).</summary>
        public string MerchantId { get; set; }

        /// <summary>Gets or sets the terminal ID (field 41).</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets the transaction as a word: "SALE", "VOID" or "REFUND".</summary>
        public string Kind { get; set; }

        /// <summary>Gets or sets the amount in minor units (cents).</summary>
        public long AmountMinor { get; set; }

        /// <summary>Gets or sets the number of decimals of the currency (2 for CNY), for writing and reading the amount.</summary>
        public int Decimals { get; set; } = 2;

        /// <summary>Gets or sets the masked card number, e.g. "622848******0015".</summary>
        public string MaskedPan { get; set; }

        /// <summary>Gets or sets the local time as "yyyy-MM-dd HH:mm".</summary>
        public string LocalTime { get; set; }

        /// <summary>Gets or sets the STAN (field 11).</summary>
        public int Stan { get; set; }

        /// <summary>Gets or sets the retrieval reference number (field 37), or null.</summary>
        public string Rrn { get; set; }

        /// <summary>Gets or sets the authorization code (field 38), or null.</summary>
        public string AuthCode { get; set; }

        /// <summary>Gets or sets the outcome as a word: "APPROVED", "VOIDED", "REFUNDED".</summary>
        public string Status { get; set; }
    }
}
