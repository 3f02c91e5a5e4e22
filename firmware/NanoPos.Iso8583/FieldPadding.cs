namespace NanoPos.Iso8583
{
    /// <summary>
    /// Where the pad nibble goes when an odd number of digits is packed into BCD. China UnionPay
    /// terminal specifications left-align some fields and right-align others, so it is a property of
    /// each field row, not of the profile.
    /// </summary>
    public enum FieldPadding
    {
        /// <summary>Right-aligned: the pad nibble 0 comes first ("123" → 01 23). Amounts, STANs, counters.</summary>
        PadLeft = 1,

        /// <summary>Left-aligned: the pad nibble comes last ("123" → 12 30). PANs, track data, entry mode.</summary>
        PadRight = 2,
    }
}
