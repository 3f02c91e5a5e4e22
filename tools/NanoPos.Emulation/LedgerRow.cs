namespace NanoPos.Emulation
{
    /// <summary>One entry of the host's ledger, for a side panel (card number masked: first 6, last 4).</summary>
    /// <param name="Key">Terminal ID / STAN / date, e.g. "TERM0001/000002/1122".</param>
    /// <param name="Kind">sale, void, refund, balance or reversal.</param>
    /// <param name="AmountMinor">The amount in minor units.</param>
    /// <param name="MaskedPan">The masked card number, or empty.</param>
    /// <param name="ResponseCode">The host's answer code.</param>
    /// <param name="State">approved, declined, reversed, voided or reversalOfUnknown.</param>
    /// <param name="Reversals">How many reversals (0400 and repeats) the host received for it.</param>
    public sealed record LedgerRow(string Key, string Kind, long AmountMinor, string MaskedPan, string ResponseCode, string State, int Reversals);
}
