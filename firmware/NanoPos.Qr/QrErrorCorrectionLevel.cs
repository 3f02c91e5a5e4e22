namespace NanoPos.Qr
{
    /// <summary>
    /// The error correction level of a QR code, weakest first: each level recovers roughly 7 % (L), 15 % (M),
    /// 25 % (Q) or 30 % (H) of the symbol's codewords.
    /// </summary>
    public enum QrErrorCorrectionLevel
    {
        /// <summary>Low: about 7 % of the codewords can be restored.</summary>
        L = 0,

        /// <summary>Medium: about 15 % of the codewords can be restored.</summary>
        M = 1,

        /// <summary>Quartile: about 25 % of the codewords can be restored.</summary>
        Q = 2,

        /// <summary>High: about 30 % of the codewords can be restored.</summary>
        H = 3,
    }
}
