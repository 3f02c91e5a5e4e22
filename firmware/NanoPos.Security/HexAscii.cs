namespace NanoPos.Security
{
    /// <summary>
    /// Uppercase hexadecimal ASCII in 32-bit words, for the CUP MAC: it encrypts hex characters, so keeping them as
    /// words lets the MAC run without a buffer.
    /// </summary>
    /// <remarks>
    /// A digit n becomes <c>n + '0' + (((9 - n) &gt;&gt; 31) &amp; 7)</c>: (9 - n) is negative exactly for the letters,
    /// and its sign bit adds the 7 that separates ':' from 'A'. No branch (the time does not depend on the digits)
    /// and no call per digit (a call costs more than the arithmetic on the interpreter).
    /// </remarks>
    internal static class HexAscii
    {
        /// <summary>Returns the four ASCII characters of the low 16 bits of <paramref name="bits"/>, first character in the high byte.</summary>
        /// <param name="bits">The value; only its low 16 bits are used.</param>
        /// <returns>Four uppercase hexadecimal characters ('0'-'9', 'A'-'F') packed big-endian.</returns>
        internal static uint FourChars(uint bits)
        {
            int n3 = (int)(bits >> 12) & 15;
            int n2 = (int)(bits >> 8) & 15;
            int n1 = (int)(bits >> 4) & 15;
            int n0 = (int)bits & 15;
            return ((uint)(n3 + '0' + (((9 - n3) >> 31) & 7)) << 24)
                | ((uint)(n2 + '0' + (((9 - n2) >> 31) & 7)) << 16)
                | ((uint)(n1 + '0' + (((9 - n1) >> 31) & 7)) << 8)
                | (uint)(n0 + '0' + (((9 - n0) >> 31) & 7));
        }

        /// <summary>Writes the eight ASCII characters of a word, most significant digit first.</summary>
        /// <param name="word">The value.</param>
        /// <param name="output">The destination.</param>
        /// <param name="offset">The index of the first character.</param>
        internal static void WriteEightChars(uint word, byte[] output, int offset)
        {
            uint high = FourChars(word >> 16);
            uint low = FourChars(word);
            output[offset] = (byte)(high >> 24);
            output[offset + 1] = (byte)(high >> 16);
            output[offset + 2] = (byte)(high >> 8);
            output[offset + 3] = (byte)high;
            output[offset + 4] = (byte)(low >> 24);
            output[offset + 5] = (byte)(low >> 16);
            output[offset + 6] = (byte)(low >> 8);
            output[offset + 7] = (byte)low;
        }
    }
}
