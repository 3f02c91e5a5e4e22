using System;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The settings of the transaction engine: identity on the host, every wait's bound, reversal backoff,
    /// and journal sizes. All times in milliseconds. Defaults suit a CUP acquirer over Wi-Fi.
    /// </summary>
    public sealed class EngineOptions
    {
        /// <summary>Gets or sets the terminal ID (field 41, 8 characters).</summary>
        public string TerminalId { get; set; } = "TERM0001";

        /// <summary>Gets or sets the merchant ID (field 42, 15 characters).</summary>
        public string MerchantId { get; set; } = "123456789012345";

        /// <summary>Gets or sets the ISO 4217 numeric currency code (field 49), "156" for CNY.</summary>
        public string CurrencyCode { get; set; } = "156";

        /// <summary>Gets or sets the TPDU of requests (5 bytes: 0x60, destination, source).</summary>
        public byte[] Tpdu { get; set; } = new byte[] { 0x60, 0x00, 0x03, 0x00, 0x00 };

        /// <summary>Gets or sets the longest wait for a connection, in ms (default 10 000).</summary>
        public int ConnectTimeoutMs { get; set; } = 10000;

        /// <summary>Gets or sets the longest wait for the link to take a request frame, in ms (default 5 000).</summary>
        public int SendTimeoutMs { get; set; } = 5000;

        /// <summary>Gets or sets the longest wait for a response after the request was sent, in ms (default 30 000).</summary>
        public int ResponseTimeoutMs { get; set; } = 30000;

        /// <summary>Gets or sets the longest wait for a reversal acknowledgement (0410), in ms (default 30 000).</summary>
        public int ReversalTimeoutMs { get; set; } = 30000;

        /// <summary>Gets or sets the first reversal retry delay, in ms (default 2 000); it doubles after each failure.</summary>
        public int BackoffInitialMs { get; set; } = 2000;

        /// <summary>Gets or sets the cap of the reversal retry delay, in ms (default 60 000).</summary>
        public int BackoffMaxMs { get; set; } = 60000;

        /// <summary>Gets or sets the number of journal slots (default 64).</summary>
        public int JournalSlots { get; set; } = Journal.DefaultSlotCount;

        /// <summary>Gets or sets the STANs reserved per checkpoint write (default 100).</summary>
        public int StanBlock { get; set; } = TransactionLog.DefaultStanBlock;

        /// <summary>Gets or sets the terminal's offset from UTC in minutes for local date and time (fields 12, 13); default 480 (China, UTC+8).</summary>
        public int UtcOffsetMinutes { get; set; } = 480;

        /// <summary>Gets or sets the largest amount a transaction may have, in minor units (default 99 999 999, i.e. 999 999.99).</summary>
        public long MaxAmountMinor { get; set; } = 99999999;

        /// <summary>Checks the options and throws when one is unusable.</summary>
        /// <exception cref="ArgumentException">A value is out of range; the message names it.</exception>
        public void Validate()
        {
            if (TerminalId == null || TerminalId.Length != 8 || MerchantId == null || MerchantId.Length != 15)
            {
                throw new ArgumentException("The terminal ID needs 8 characters and the merchant ID 15.");
            }

            // Field 49 is fixed at 3 characters: a wrong code would fail only when a request is packed, after its
            // intent is durable, and then fail the intent's reversal at every attempt.
            if (CurrencyCode == null || CurrencyCode.Length != 3)
            {
                throw new ArgumentException("The currency code needs 3 characters (ISO 4217 numeric, e.g. 156).");
            }

            if (Tpdu == null || Tpdu.Length != 5)
            {
                throw new ArgumentException("The TPDU has 5 bytes.");
            }

            if (ConnectTimeoutMs < 1 || SendTimeoutMs < 1 || ResponseTimeoutMs < 1 || ReversalTimeoutMs < 1)
            {
                throw new ArgumentException("Every timeout is at least 1 ms.");
            }

            if (BackoffInitialMs < 1 || BackoffMaxMs < BackoffInitialMs || MaxAmountMinor < 1)
            {
                throw new ArgumentException("The backoff needs 1 <= initial <= max, and the maximum amount must be positive.");
            }
        }
    }
}
