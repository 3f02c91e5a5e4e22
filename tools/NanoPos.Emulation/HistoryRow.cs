namespace NanoPos.Emulation
{
    /// <summary>One entry of the terminal's history (what the merchant sees under Menu 5), for a side panel.</summary>
    /// <param name="Number">The entry's number: 1 for the first entry the terminal recorded.</param>
    /// <param name="Kind">Sale, Void or Refund.</param>
    /// <param name="Status">Approved, Voided, Declined, Reversed, Reversing or NotSent.</param>
    /// <param name="Why">Why it was reversed (Timeout, LinkLost, BadAnswer, UnknownCode, PowerCut), or empty.</param>
    /// <param name="Stan">The STAN, 6 digits.</param>
    /// <param name="AmountMinor">The amount in minor units.</param>
    /// <param name="MaskedPan">The masked card number, or empty.</param>
    /// <param name="ResponseCode">The host's response code, or empty.</param>
    /// <param name="LocalTime">The request's local time, "MM-DD hh:mm".</param>
    public sealed record HistoryRow(int Number, string Kind, string Status, string Why, string Stan, long AmountMinor, string MaskedPan, string ResponseCode, string LocalTime);
}
