using NanoPos.Security;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui
{
    /// <summary>
    /// What the screens need from the provisioned configuration: who the terminal is, limits, the technician PIN's
    /// hash (never the PIN) and every input timeout. All times in milliseconds; amounts in minor units. The composition root fills it.
    /// </summary>
    public sealed class UiSettings
    {
        /// <summary>Gets or sets the merchant name shown on the idle screen (ASCII; CJK only where the glyph set has it).</summary>
        public string MerchantName { get; set; } = "nanoPos";

        /// <summary>Gets or sets the terminal ID (field 41), for the device information screen.</summary>
        public string TerminalId { get; set; } = "TERM0001";

        /// <summary>Gets or sets the merchant ID (field 42), for the device information screen.</summary>
        public string MerchantId { get; set; } = "123456789012345";

        /// <summary>Gets or sets the acquirer host as "address:port", for the device information screen.</summary>
        public string HostText { get; set; } = string.Empty;

        /// <summary>Gets or sets the largest amount the cashier may type, in minor units (default 99 999 999).</summary>
        public long MaxAmountMinor { get; set; } = 99999999;

        /// <summary>Gets or sets the number of decimals of the currency (2 for CNY; 0 for JPY).</summary>
        public int CurrencyDecimals { get; set; } = 2;

        /// <summary>
        /// Gets or sets the technician PIN's salted hash, against which a typed PIN is checked; null (the default): no PIN
        /// opens the technician menu.
        /// </summary>
        public PinHash TechnicianPinHash { get; set; }

        /// <summary>
        /// Gets or sets the merchant's supervisor PIN's salted hash, which a refund asks for before the amount; null (the
        /// default): no supervisor PIN is configured, and refunds are refused.
        /// </summary>
        public PinHash SupervisorPinHash { get; set; }

        /// <summary>Gets or sets how many wrong supervisor PINs abandon a refund (default 3).</summary>
        public int SupervisorMaxTries { get; set; } = 3;

        /// <summary>Gets or sets how many wrong technician PINs lock the menu (default 5).</summary>
        public int TechnicianMaxTries { get; set; } = 5;

        /// <summary>Gets or sets how long the technician menu stays locked after the last allowed wrong PIN, in ms (default 15 min).</summary>
        public long TechnicianLockMs { get; set; } = 900000;

        /// <summary>Gets or sets how long an input screen waits for a key before going back to idle, in ms (default 30 s).</summary>
        public long InputTimeoutMs { get; set; } = 30000;

        /// <summary>Gets or sets how long a result stays on screen without a key, in ms (default 15 s).</summary>
        public long ResultTimeoutMs { get; set; } = 15000;

        /// <summary>
        /// Gets or sets where the processing countdown starts, in ms: the longest a request can take, which is the sum of
        /// the engine's bounds for the request and for the reversal that follows when its answer does not come (connect,
        /// send, response; then connect, send, reversal response). Default 90 000 (the engine's defaults: 10 + 5 + 30 +
        /// 10 + 5 + 30 s).
        /// </summary>
        /// <remarks>
        /// Not the response timeout alone: the engine only gives up on a request after its reversal has been tried, and
        /// a countdown that reached 0 while the terminal still waited would tell the cashier something untrue.
        /// </remarks>
        public long ProcessingCountdownMs { get; set; } = 90000;

        /// <summary>
        /// Gets or sets the longest one reversal exchange takes, in ms: connect, send, reversal response (default 45 000).
        /// A request started while reversals are pending first sends them, so the countdown starts this much higher per
        /// pending reversal.
        /// </summary>
        public long ReversalExchangeMs { get; set; } = 45000;

        /// <summary>Gets or sets the terminal's offset from UTC for the clock on the idle screen, in minutes (default 480, UTC+8).</summary>
        public int UtcOffsetMinutes { get; set; } = 480;

        /// <summary>Gets or sets the language from the configuration.</summary>
        public Language Language { get; set; } = Language.English;

        /// <summary>Gets or sets how long after an approved sale the same card and amount asks "charge again?" first, in ms;
        /// 0 turns the question off (configuration key <c>duplicate.window</c>, in seconds).</summary>
        public long DuplicateWindowMs { get; set; } = 300000;

        /// <summary>Gets or sets the settlement cycle (T+N business days, the daily cut-off, the holiday calendar) for the
        /// expected funds-arrival date, or null when unknown (the screens then show no date).</summary>
        public NanoPos.Transactions.SettlementCycle Settlement { get; set; }
    }
}
