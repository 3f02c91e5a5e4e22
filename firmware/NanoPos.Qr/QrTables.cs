namespace NanoPos.Qr
{
    /// <summary>
    /// The ISO/IEC 18004 tables for versions 1 to 9: error correction codewords per block, block counts, alignment
    /// pattern centres and the BCH-coded format and version information.
    /// </summary>
    internal static class QrTables
    {
        /// <summary>The largest version supported: 53 modules, 61 pixels wide with a 4-module quiet zone.</summary>
        internal const int MaxVersion = 9;

        // Index: level * 10 + version (version 1 to 9; index 0 of each row unused). Levels in the order L, M, Q, H.
        private static readonly byte[] s_eccPerBlock = new byte[]
        {
            0, 7, 10, 15, 20, 26, 18, 20, 24, 30,
            0, 10, 16, 26, 18, 24, 16, 18, 22, 22,
            0, 13, 22, 18, 26, 18, 24, 18, 22, 20,
            0, 17, 28, 22, 16, 22, 28, 26, 26, 24,
        };

        private static readonly byte[] s_blocks = new byte[]
        {
            0, 1, 1, 1, 1, 1, 2, 2, 2, 2,
            0, 1, 1, 1, 2, 2, 4, 4, 4, 5,
            0, 1, 1, 2, 2, 4, 4, 6, 6, 8,
            0, 1, 1, 2, 4, 4, 4, 5, 6, 8,
        };

        /// <summary>Gets the side of a symbol in modules: 17 + 4 * version.</summary>
        internal static int Size(int version)
        {
            return 17 + (4 * version);
        }

        /// <summary>Gets the error correction codewords in each block.</summary>
        internal static int EccPerBlock(int version, int level)
        {
            return s_eccPerBlock[(level * 10) + version];
        }

        /// <summary>Gets the number of error correction blocks.</summary>
        internal static int Blocks(int version, int level)
        {
            return s_blocks[(level * 10) + version];
        }

        /// <summary>Gets the codewords (data and error correction) that the symbol holds, remainder bits excluded.</summary>
        internal static int TotalCodewords(int version)
        {
            int modules = (((16 * version) + 128) * version) + 64;
            if (version >= 2)
            {
                int align = (version / 7) + 2;
                modules -= (((25 * align) - 10) * align) - 55;
                if (version >= 7)
                {
                    modules -= 36;
                }
            }

            return modules / 8;
        }

        /// <summary>Gets the data codewords of a version and level.</summary>
        internal static int DataCodewords(int version, int level)
        {
            return TotalCodewords(version) - (EccPerBlock(version, level) * Blocks(version, level));
        }

        /// <summary>Gets the number of alignment pattern centre coordinates on each axis (0 for version 1).</summary>
        internal static int AlignmentCount(int version)
        {
            return version == 1 ? 0 : (version / 7) + 2;
        }

        /// <summary>Gets one alignment pattern centre coordinate in modules: 6 first, size - 7 last, evenly spaced.</summary>
        internal static int AlignmentPosition(int version, int index)
        {
            int count = AlignmentCount(version);
            int last = Size(version) - 7;
            if (index == count - 1)
            {
                return last;
            }

            if (index == 0)
            {
                return 6;
            }

            // Versions 1 to 9 have at most 3 centres: the middle one lies halfway, rounded to an even coordinate.
            int middle = (6 + last) / 2;
            return (middle % 2) == 0 ? middle : middle + 1;
        }

        /// <summary>
        /// Gets the 15 format information bits: the level's 2 bits and the mask's 3 bits, BCH(15,5) coded with the
        /// generator 0x537 and XORed with 0x5412.
        /// </summary>
        internal static int FormatBits(int level, int mask)
        {
            // The level's indicator: L = 01, M = 00, Q = 11, H = 10.
            int indicator = level == 0 ? 1 : level == 1 ? 0 : level == 2 ? 3 : 2;
            int data = (indicator << 3) | mask;
            int rem = data;
            for (int i = 0; i < 10; i++)
            {
                rem = (rem << 1) ^ ((rem >> 9) * 0x537);
            }

            return ((data << 10) | (rem & 0x3FF)) ^ 0x5412;
        }

        /// <summary>Gets the 18 version information bits (versions 7 and up): BCH(18,6) with the generator 0x1F25.</summary>
        internal static int VersionBits(int version)
        {
            int rem = version;
            for (int i = 0; i < 12; i++)
            {
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
            }

            return (version << 12) | (rem & 0xFFF);
        }
    }
}
