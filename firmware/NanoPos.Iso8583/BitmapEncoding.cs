namespace NanoPos.Iso8583
{
    /// <summary>How the primary and secondary bitmaps are written.</summary>
    public enum BitmapEncoding
    {
        /// <summary>8 raw bytes per bitmap.</summary>
        Binary = 1,

        /// <summary>16 uppercase hexadecimal ASCII characters per bitmap.</summary>
        AsciiHex = 2,
    }
}
