namespace NanoPos.Iso8583
{
    /// <summary>
    /// What characters a field may hold, as ISO 8583:1987 names the content types.
    /// </summary>
    public enum FieldContent
    {
        /// <summary>n: digits 0-9 only.</summary>
        Numeric = 1,

        /// <summary>an: letters and digits.</summary>
        AlphaNumeric = 2,

        /// <summary>ans: letters, digits, space and printable special characters (ASCII 0x20-0x7E).</summary>
        AlphaNumericSpecial = 3,

        /// <summary>b: raw bytes; the field's lengths count bytes.</summary>
        Binary = 4,

        /// <summary>z: track 2/3 data, digits plus the separator '=' (packed as the nibble 0xD in BCD).</summary>
        Track = 5,
    }
}
