namespace NanoPos.Qr
{
    /// <summary>The data mode of a QR code's single segment: the encoder picks the most compact one for the text.</summary>
    public enum QrMode
    {
        /// <summary>Digits 0 to 9 only: 10 bits per 3 digits.</summary>
        Numeric = 1,

        /// <summary>Digits, upper-case A to Z, space and $%*+-./: (45 characters): 11 bits per 2 characters.</summary>
        Alphanumeric = 2,

        /// <summary>Any text, as UTF-8 bytes: 8 bits per byte.</summary>
        Byte = 4,
    }
}
