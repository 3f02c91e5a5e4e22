namespace NanoPos.Security
{
    /// <summary>
    /// The constant tables of DES (FIPS 46-3) and the combined S-box/P tables the rounds use.
    /// </summary>
    /// <remarks>
    /// A round's f function is E, the key XOR, the eight S-boxes and P. P only moves bits, so each S-box's four output
    /// bits can be moved to their final places ahead of time: <c>Sp0</c>..<c>Sp7</c> hold, for each 6-bit input
    /// of that S-box, its output already permuted by P (the classic "SP box" form). A round is then eight lookups
    /// ORed together instead of 32 single-bit moves. Every entry is stored rotated left by one bit, the form in which
    /// <see cref="DesCore"/> keeps the halves. The tables are built once, when the class is first used, from
    /// the standard's S-boxes and P, so the only hand-typed data is the standard's own (2 KB of RAM on the device).
    /// </remarks>
    internal static class DesTables
    {
        /// <summary>S-box 1 (FIPS numbering) combined with P and rotated left by 1, indexed by the 6-bit input b1..b6 (b1 the high bit).</summary>
        internal static readonly uint[] Sp0;

        /// <summary>S-box 2 combined with P.</summary>
        internal static readonly uint[] Sp1;

        /// <summary>S-box 3 combined with P.</summary>
        internal static readonly uint[] Sp2;

        /// <summary>S-box 4 combined with P.</summary>
        internal static readonly uint[] Sp3;

        /// <summary>S-box 5 combined with P.</summary>
        internal static readonly uint[] Sp4;

        /// <summary>S-box 6 combined with P.</summary>
        internal static readonly uint[] Sp5;

        /// <summary>S-box 7 combined with P.</summary>
        internal static readonly uint[] Sp6;

        /// <summary>S-box 8 combined with P.</summary>
        internal static readonly uint[] Sp7;

        /// <summary>Permuted choice 1: for each of the 56 bits of C then D, the key bit (1 = high bit of byte 0) it takes.</summary>
        internal static readonly byte[] Pc1 =
        {
            57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18,
            10, 2, 59, 51, 43, 35, 27, 19, 11, 3, 60, 52, 44, 36,
            63, 55, 47, 39, 31, 23, 15, 7, 62, 54, 46, 38, 30, 22,
            14, 6, 61, 53, 45, 37, 29, 21, 13, 5, 28, 20, 12, 4,
        };

        /// <summary>Permuted choice 2: for each of the 48 subkey bits, the bit of C then D (1..56) it takes.</summary>
        internal static readonly byte[] Pc2 =
        {
            14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10,
            23, 19, 12, 4, 26, 8, 16, 7, 27, 20, 13, 2,
            41, 52, 31, 37, 47, 55, 30, 40, 51, 45, 33, 48,
            44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32,
        };

        /// <summary>The left rotations of C and D before each of the 16 rounds.</summary>
        internal static readonly byte[] Rotations = { 1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1 };

        static DesTables()
        {
            // The permutation P: output bit k (1..32) is input bit P[k - 1]. Inverted here, so each S-box output bit
            // knows where P sends it.
            byte[] p =
            {
                16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10,
                2, 8, 24, 14, 32, 27, 3, 9, 19, 13, 30, 6, 22, 11, 4, 25,
            };
            uint[] movedBit = new uint[33];
            for (int k = 1; k <= 32; k++)
            {
                movedBit[p[k - 1]] = 1u << (32 - k);
            }

            byte[] s = SBoxes();
            Sp0 = Combine(s, 0, movedBit);
            Sp1 = Combine(s, 1, movedBit);
            Sp2 = Combine(s, 2, movedBit);
            Sp3 = Combine(s, 3, movedBit);
            Sp4 = Combine(s, 4, movedBit);
            Sp5 = Combine(s, 5, movedBit);
            Sp6 = Combine(s, 6, movedBit);
            Sp7 = Combine(s, 7, movedBit);
        }

        // One SP box: the standard indexes an S-box by row b1b6 and column b2b3b4b5; its 4-bit output lands on the
        // pre-P bits 4 * box + 1 .. 4 * box + 4 (FIPS numbering), which movedBit maps through P.
        private static uint[] Combine(byte[] s, int box, uint[] movedBit)
        {
            uint[] sp = new uint[64];
            for (int v = 0; v < 64; v++)
            {
                int row = ((v >> 4) & 2) | (v & 1);
                int column = (v >> 1) & 15;
                int output = s[(box * 64) + (row * 16) + column];
                uint word = 0;
                for (int bit = 0; bit < 4; bit++)
                {
                    if ((output & (8 >> bit)) != 0)
                    {
                        word |= movedBit[(box * 4) + bit + 1];
                    }
                }

                // Stored rotated left by one bit: DesCore keeps both halves rotated that way (see there).
                sp[v] = (word << 1) | (word >> 31);
            }

            return sp;
        }

        // S1..S8 of FIPS 46-3, each as its four rows of 16. A local, so only the combined tables stay in RAM.
        private static byte[] SBoxes()
        {
            return new byte[]
            {
                14, 4, 13, 1, 2, 15, 11, 8, 3, 10, 6, 12, 5, 9, 0, 7,
                0, 15, 7, 4, 14, 2, 13, 1, 10, 6, 12, 11, 9, 5, 3, 8,
                4, 1, 14, 8, 13, 6, 2, 11, 15, 12, 9, 7, 3, 10, 5, 0,
                15, 12, 8, 2, 4, 9, 1, 7, 5, 11, 3, 14, 10, 0, 6, 13,

                15, 1, 8, 14, 6, 11, 3, 4, 9, 7, 2, 13, 12, 0, 5, 10,
                3, 13, 4, 7, 15, 2, 8, 14, 12, 0, 1, 10, 6, 9, 11, 5,
                0, 14, 7, 11, 10, 4, 13, 1, 5, 8, 12, 6, 9, 3, 2, 15,
                13, 8, 10, 1, 3, 15, 4, 2, 11, 6, 7, 12, 0, 5, 14, 9,

                10, 0, 9, 14, 6, 3, 15, 5, 1, 13, 12, 7, 11, 4, 2, 8,
                13, 7, 0, 9, 3, 4, 6, 10, 2, 8, 5, 14, 12, 11, 15, 1,
                13, 6, 4, 9, 8, 15, 3, 0, 11, 1, 2, 12, 5, 10, 14, 7,
                1, 10, 13, 0, 6, 9, 8, 7, 4, 15, 14, 3, 11, 5, 2, 12,

                7, 13, 14, 3, 0, 6, 9, 10, 1, 2, 8, 5, 11, 12, 4, 15,
                13, 8, 11, 5, 6, 15, 0, 3, 4, 7, 2, 12, 1, 10, 14, 9,
                10, 6, 9, 0, 12, 11, 7, 13, 15, 1, 3, 14, 5, 2, 8, 4,
                3, 15, 0, 6, 10, 1, 13, 8, 9, 4, 5, 11, 12, 7, 2, 14,

                2, 12, 4, 1, 7, 10, 11, 6, 8, 5, 3, 15, 13, 0, 14, 9,
                14, 11, 2, 12, 4, 7, 13, 1, 5, 0, 15, 10, 3, 9, 8, 6,
                4, 2, 1, 11, 10, 13, 7, 8, 15, 9, 12, 5, 6, 3, 0, 14,
                11, 8, 12, 7, 1, 14, 2, 13, 6, 15, 0, 9, 10, 4, 5, 3,

                12, 1, 10, 15, 9, 2, 6, 8, 0, 13, 3, 4, 14, 7, 5, 11,
                10, 15, 4, 2, 7, 12, 9, 5, 6, 1, 13, 14, 0, 11, 3, 8,
                9, 14, 15, 5, 2, 8, 12, 3, 7, 0, 4, 10, 1, 13, 11, 6,
                4, 3, 2, 12, 9, 5, 15, 10, 11, 14, 1, 7, 6, 0, 8, 13,

                4, 11, 2, 14, 15, 0, 8, 13, 3, 12, 9, 7, 5, 10, 6, 1,
                13, 0, 11, 7, 4, 9, 1, 10, 14, 3, 5, 12, 2, 15, 8, 6,
                1, 4, 11, 13, 12, 3, 7, 14, 10, 15, 6, 8, 0, 5, 9, 2,
                6, 11, 13, 8, 1, 4, 10, 7, 9, 5, 0, 15, 14, 2, 3, 12,

                13, 2, 8, 4, 6, 15, 11, 1, 10, 9, 3, 14, 5, 0, 12, 7,
                1, 15, 13, 8, 10, 3, 7, 4, 12, 5, 6, 11, 0, 14, 9, 2,
                7, 11, 4, 1, 9, 12, 14, 2, 0, 6, 10, 13, 15, 3, 5, 8,
                2, 1, 14, 7, 4, 10, 8, 13, 15, 12, 9, 0, 3, 5, 6, 11,
            };
        }
    }
}
