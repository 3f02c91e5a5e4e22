namespace NanoPos.Iso8583
{
    /// <summary>How characters (or a length prefix, or the MTI) are written as bytes on the wire.</summary>
    public enum FieldEncoding
    {
        /// <summary>Packed BCD: two digits per byte; an odd count is padded with one 0 nibble (see <see cref="FieldPadding"/>).</summary>
        Bcd = 1,

        /// <summary>One ASCII byte per character.</summary>
        Ascii = 2,

        /// <summary>Raw bytes, for binary (b) fields only.</summary>
        Binary = 3,
    }
}
