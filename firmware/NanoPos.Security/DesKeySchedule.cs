namespace NanoPos.Security
{
    /// <summary>
    /// The DES key schedule (FIPS 46-3): permuted choice 1, the 16 rotations of C and D, permuted choice 2. Computed
    /// once per key, when a <see cref="TripleDes"/> is created, never per block.
    /// </summary>
    /// <remarks>
    /// Each round's 48-bit subkey is stored as two words laid out like the two rotated copies of R that
    /// <see cref="DesCore"/> builds: the first holds the 6-bit groups of S-boxes 1, 3, 5, 7 at bits 24, 16, 8 and 0,
    /// the second those of S-boxes 2, 4, 6, 8. A round then XORs two words instead of eight groups. One DES key is
    /// 32 words; its decryption schedule is the same 16 pairs in reverse order.
    /// </remarks>
    internal static class DesKeySchedule
    {
        /// <summary>The words one DES key schedule takes (16 rounds of 2).</summary>
        internal const int WordsPerKey = 32;

        /// <summary>
        /// Writes the 32 schedule words of one 8-byte DES key (parity bits ignored) into <paramref name="schedule"/>.
        /// </summary>
        /// <param name="key">The key bytes.</param>
        /// <param name="offset">The index of the key's first byte.</param>
        /// <param name="schedule">The schedule being filled.</param>
        /// <param name="at">The index of the first word to write.</param>
        /// <param name="reverse">True for the decryption order (round 16's subkey first).</param>
        internal static void Expand(byte[] key, int offset, uint[] schedule, int at, bool reverse)
        {
            // C and D as the low 28 bits of two words; bit 27 is C1 / D1 of the standard.
            byte[] pc1 = DesTables.Pc1;
            uint c = 0;
            uint d = 0;
            for (int i = 0; i < 28; i++)
            {
                int p = pc1[i] - 1;
                int q = pc1[i + 28] - 1;
                c = (c << 1) | ((uint)(key[offset + (p >> 3)] >> (7 - (p & 7))) & 1);
                d = (d << 1) | ((uint)(key[offset + (q >> 3)] >> (7 - (q & 7))) & 1);
            }

            byte[] rotations = DesTables.Rotations;
            byte[] pc2 = DesTables.Pc2;
            for (int round = 0; round < 16; round++)
            {
                int r = rotations[round];
                c = ((c << r) | (c >> (28 - r))) & 0x0FFFFFFF;
                d = ((d << r) | (d >> (28 - r))) & 0x0FFFFFFF;

                uint odd = 0;
                uint even = 0;
                for (int j = 0; j < 48; j++)
                {
                    // Subkey bit j + 1 takes bit pc2[j] of the 56-bit C D (1 = C1).
                    int source = pc2[j];
                    uint bit = source <= 28 ? (c >> (28 - source)) & 1 : (d >> (56 - source)) & 1;

                    // Group g = j / 6 feeds S-box g + 1; inside it the first bit is the group's high bit.
                    int group = j / 6;
                    int shift = (24 - (8 * (group >> 1))) + (5 - (j % 6));
                    if ((group & 1) == 0)
                    {
                        odd |= bit << shift;
                    }
                    else
                    {
                        even |= bit << shift;
                    }
                }

                int slot = at + (2 * (reverse ? 15 - round : round));
                schedule[slot] = odd;
                schedule[slot + 1] = even;
            }
        }

        /// <summary>
        /// Writes one DES key's schedule in the opposite round order (encryption to decryption and back).
        /// </summary>
        /// <param name="source">The schedule to read.</param>
        /// <param name="sourceAt">The index of its first word.</param>
        /// <param name="target">The schedule to write.</param>
        /// <param name="targetAt">The index of the first word written.</param>
        internal static void Reverse(uint[] source, int sourceAt, uint[] target, int targetAt)
        {
            for (int round = 0; round < 16; round++)
            {
                int from = sourceAt + (2 * round);
                int to = targetAt + (2 * (15 - round));
                target[to] = source[from];
                target[to + 1] = source[from + 1];
            }
        }
    }
}
