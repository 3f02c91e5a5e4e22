namespace NanoPos.Emulation
{
    /// <summary>One record of the terminal's journal (or of its batch, or a pending reversal), for a side panel.</summary>
    /// <param name="Slot">The journal slot ("j007"), -1 where not applicable.</param>
    /// <param name="Sequence">The record's sequence number.</param>
    /// <param name="Type">Intent, Outcome, ReversalAttempt, ReversalDone or Abandoned.</param>
    /// <param name="Kind">Sale, Void or Refund (empty for records without one).</param>
    /// <param name="Stan">The STAN, 6 digits.</param>
    /// <param name="AmountMinor">The amount in minor units.</param>
    /// <param name="MaskedPan">The masked card number (the journal never holds the full one), or empty.</param>
    /// <param name="Detail">Response code, authorization code, RRN, attempt: what the record adds.</param>
    public sealed record JournalRow(int Slot, long Sequence, string Type, string Kind, string Stan, long AmountMinor, string MaskedPan, string Detail);
}
