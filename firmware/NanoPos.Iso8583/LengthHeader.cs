namespace NanoPos.Iso8583
{
    /// <summary>How a frame on the TCP stream announces its length.</summary>
    public enum LengthHeader
    {
        /// <summary>Two bytes, big-endian binary: the number of bytes that follow (TPDU and message). CUP terminals.</summary>
        TwoByteBinary = 1,

        /// <summary>Four ASCII digits: the number of bytes that follow. Plain ASCII hosts.</summary>
        FourAsciiDigits = 2,
    }
}
