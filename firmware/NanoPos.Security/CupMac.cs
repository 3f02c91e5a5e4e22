namespace NanoPos.Security
{
    /// <summary>
    /// The China UnionPay POS terminal MAC ("ECB" algorithm), field 64 of every request and response.
    /// </summary>
    /// <remarks>
    /// <para>The MAC element block (MAB) is the message from the MTI to field 63, as packed (the caller passes
    /// those bytes). The algorithm: XOR all 8-byte blocks of the MAB together (the last block padded with 0x00); write
    /// the 8-byte result as 16 uppercase hexadecimal ASCII characters; encrypt the first 8 characters with the MAK;
    /// XOR the result with the last 8 characters; encrypt that with the MAK; write the 8-byte result as 16 hexadecimal
    /// characters; the MAC is the first 8 of them (8 ASCII bytes). The MAK may be single length (DES) or double
    /// length (3DES). CUP implementations differ on the letter case of the hex steps; this one uses uppercase.</para>
    /// <para>Static and thread-safe: the blocks are kept in local words, so a call allocates nothing and shares no
    /// scratch buffer.</para>
    /// </remarks>
    public static class CupMac
    {
        /// <summary>The MAC length, in bytes (field 64).</summary>
        public const int Length = 8;

        /// <summary>Computes the MAC of a MAB and writes its 8 ASCII bytes.</summary>
        /// <param name="mab">The array holding the MAC element block (MTI to field 63).</param>
        /// <param name="offset">The index of the MAB's first byte.</param>
        /// <param name="count">The MAB length in bytes (0 or more).</param>
        /// <param name="mak">The MAC key (single or double length).</param>
        /// <param name="mac">The array the 8 MAC bytes go into.</param>
        /// <param name="macOffset">The index of the first MAC byte.</param>
        /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
        /// <exception cref="System.ArgumentException">A range lies outside its array.</exception>
        /// <exception cref="System.InvalidOperationException">The MAK was cleared.</exception>
        public static void Compute(byte[] mab, int offset, int count, TripleDes mak, byte[] mac, int macOffset)
        {
            if (!Guard.Fits(mac, macOffset, Length))
            {
                throw Guard.RangeError(mac, macOffset, Length, "mac");
            }

            uint result = Run(mab, offset, count, mak);
            HexAscii.WriteEightChars(result, mac, macOffset);
        }

        /// <summary>
        /// Checks a received MAC against the MAB, in time that does not depend on where it differs.
        /// </summary>
        /// <param name="mab">The array holding the MAC element block (MTI to field 63).</param>
        /// <param name="offset">The index of the MAB's first byte.</param>
        /// <param name="count">The MAB length in bytes.</param>
        /// <param name="mak">The MAC key.</param>
        /// <param name="received">The array holding the received field 64.</param>
        /// <param name="receivedOffset">The index of its first byte (8 bytes are compared).</param>
        /// <returns>True when the received MAC is the MAB's MAC under the MAK.</returns>
        /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
        /// <exception cref="System.ArgumentException">A range lies outside its array.</exception>
        /// <exception cref="System.InvalidOperationException">The MAK was cleared.</exception>
        public static bool Verify(byte[] mab, int offset, int count, TripleDes mak, byte[] received, int receivedOffset)
        {
            if (!Guard.Fits(received, receivedOffset, Length))
            {
                throw Guard.RangeError(received, receivedOffset, Length, "received");
            }

            uint result = Run(mab, offset, count, mak);
            uint expectedHi = HexAscii.FourChars(result >> 16);
            uint expectedLo = HexAscii.FourChars(result);
            uint difference = (expectedHi ^ DesCore.ReadWord(received, receivedOffset)) | (expectedLo ^ DesCore.ReadWord(received, receivedOffset + 4));
            return difference == 0;
        }

        // The whole algorithm up to the last step; returns the first 4 bytes of the final ciphertext, whose 8 hex
        // characters are the MAC.
        private static uint Run(byte[] mab, int offset, int count, TripleDes mak)
        {
            if (!Guard.Fits(mab, offset, count))
            {
                throw Guard.RangeError(mab, offset, count, "mab");
            }

            if (mak == null)
            {
                throw new System.ArgumentNullException("mak");
            }

            // XOR of all blocks; a short last block is zero-padded, which XORs nothing in, so it simply ends early.
            uint hi = 0;
            uint lo = 0;
            int whole = offset + (count & ~7);
            int i = offset;
            for (; i < whole; i += 8)
            {
                hi ^= ((uint)mab[i] << 24) | ((uint)mab[i + 1] << 16) | ((uint)mab[i + 2] << 8) | mab[i + 3];
                lo ^= ((uint)mab[i + 4] << 24) | ((uint)mab[i + 5] << 16) | ((uint)mab[i + 6] << 8) | mab[i + 7];
            }

            int end = offset + count;
            for (int shift = 56; i < end; i++, shift -= 8)
            {
                if (shift >= 32)
                {
                    hi ^= (uint)mab[i] << (shift - 32);
                }
                else
                {
                    lo ^= (uint)mab[i] << shift;
                }
            }

            // First 8 hex characters encrypted, XORed with the last 8, encrypted again.
            ulong block = mak.EncryptWords(HexAscii.FourChars(hi >> 16), HexAscii.FourChars(hi));
            uint nextHi = (uint)(block >> 32) ^ HexAscii.FourChars(lo >> 16);
            uint nextLo = (uint)block ^ HexAscii.FourChars(lo);
            block = mak.EncryptWords(nextHi, nextLo);
            return (uint)(block >> 32);
        }
    }
}
