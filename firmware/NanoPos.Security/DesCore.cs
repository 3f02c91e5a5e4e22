namespace NanoPos.Security
{
    /// <summary>
    /// The DES block function on two 32-bit halves: initial permutation, 16 Feistel rounds per DES stage, final
    /// permutation. Written for the nanoFramework interpreter, where every IL instruction costs: 32-bit words only,
    /// the SP tables in locals, no call and no allocation inside a block.
    /// </summary>
    internal static class DesCore
    {
        /// <summary>
        /// Runs one block through <paramref name="stages"/> DES stages (1 for DES, 3 for 3DES).
        /// </summary>
        /// <param name="hi">Bytes 0..3 of the block, big-endian (byte 0 in the high bits).</param>
        /// <param name="lo">Bytes 4..7 of the block, big-endian.</param>
        /// <param name="schedule">The stages' subkeys in the order they run, 32 words per stage (<see cref="DesKeySchedule"/>).</param>
        /// <param name="stages">The number of DES stages.</param>
        /// <returns>The output block, byte 0 in the high bits.</returns>
        /// <remarks>
        /// 3DES does the initial permutation once and the final one once: between two stages the final permutation of
        /// one and the initial permutation of the next cancel out (they are inverses), which leaves only the swap of
        /// the halves that ends each DES.
        /// </remarks>
        internal static ulong Crypt(uint hi, uint lo, uint[] schedule, int stages)
        {
            // Initial permutation as five exchanges of bit groups between the halves ("delta swaps"): it is a
            // transpose of the block's 8 x 8 bit matrix, which these do in 30 word operations instead of 64 bit moves.
            uint t = ((hi >> 4) ^ lo) & 0x0F0F0F0F;
            lo ^= t;
            hi ^= t << 4;
            t = ((hi >> 16) ^ lo) & 0x0000FFFF;
            lo ^= t;
            hi ^= t << 16;
            t = ((lo >> 2) ^ hi) & 0x33333333;
            hi ^= t;
            lo ^= t << 2;
            t = ((lo >> 8) ^ hi) & 0x00FF00FF;
            hi ^= t;
            lo ^= t << 8;
            t = ((hi >> 1) ^ lo) & 0x55555555;
            lo ^= t;
            hi ^= t << 1;

            // The halves are kept rotated left by one bit for the whole run (and the SP tables store their output the
            // same way, so XORing them in stays in that form). E needs R rotated left by 1 — now R as stored — and
            // rotated right by 3 — now one rotation by 4: one rotation per round instead of two.
            uint l = (hi << 1) | (hi >> 31);
            uint r = (lo << 1) | (lo >> 31);
            uint[] s0 = DesTables.Sp0;
            uint[] s1 = DesTables.Sp1;
            uint[] s2 = DesTables.Sp2;
            uint[] s3 = DesTables.Sp3;
            uint[] s4 = DesTables.Sp4;
            uint[] s5 = DesTables.Sp5;
            uint[] s6 = DesTables.Sp6;
            uint[] s7 = DesTables.Sp7;
            int k = 0;
            for (int stage = 0; stage < stages; stage++)
            {
                // Two rounds per pass, so the halves never need a swap inside a stage. Rotated right by 3, R holds
                // the 6-bit inputs of S-boxes 1, 3, 5, 7 at bits 24, 16, 8, 0; rotated left by 1, those of S-boxes
                // 2, 4, 6, 8. The subkey words are laid out the same way.
                for (int pass = 0; pass < 8; pass++)
                {
                    uint a = ((r >> 4) | (r << 28)) ^ schedule[k];
                    uint b = r ^ schedule[k + 1];
                    l ^= s0[(int)(a >> 24) & 63] | s2[(int)(a >> 16) & 63] | s4[(int)(a >> 8) & 63] | s6[(int)a & 63]
                        | s1[(int)(b >> 24) & 63] | s3[(int)(b >> 16) & 63] | s5[(int)(b >> 8) & 63] | s7[(int)b & 63];

                    a = ((l >> 4) | (l << 28)) ^ schedule[k + 2];
                    b = l ^ schedule[k + 3];
                    r ^= s0[(int)(a >> 24) & 63] | s2[(int)(a >> 16) & 63] | s4[(int)(a >> 8) & 63] | s6[(int)a & 63]
                        | s1[(int)(b >> 24) & 63] | s3[(int)(b >> 16) & 63] | s5[(int)(b >> 8) & 63] | s7[(int)b & 63];
                    k += 4;
                }

                // A DES ends with the halves swapped (the pre-output is R16 L16).
                t = l;
                l = r;
                r = t;
            }

            // Back from the rotated form, then the final permutation: the same exchanges in reverse order undo the
            // initial one.
            hi = (l >> 1) | (l << 31);
            lo = (r >> 1) | (r << 31);
            t = ((hi >> 1) ^ lo) & 0x55555555;
            lo ^= t;
            hi ^= t << 1;
            t = ((lo >> 8) ^ hi) & 0x00FF00FF;
            hi ^= t;
            lo ^= t << 8;
            t = ((lo >> 2) ^ hi) & 0x33333333;
            hi ^= t;
            lo ^= t << 2;
            t = ((hi >> 16) ^ lo) & 0x0000FFFF;
            lo ^= t;
            hi ^= t << 16;
            t = ((hi >> 4) ^ lo) & 0x0F0F0F0F;
            lo ^= t;
            hi ^= t << 4;
            return ((ulong)hi << 32) | lo;
        }

        /// <summary>Reads 4 bytes as a big-endian word.</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">The index of the first (most significant) byte.</param>
        /// <returns>The word.</returns>
        internal static uint ReadWord(byte[] buffer, int offset)
        {
            return ((uint)buffer[offset] << 24) | ((uint)buffer[offset + 1] << 16) | ((uint)buffer[offset + 2] << 8) | buffer[offset + 3];
        }

        /// <summary>Writes an 8-byte block, byte 0 from the high bits.</summary>
        /// <param name="block">The block.</param>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">The index of the first byte.</param>
        internal static void WriteBlock(ulong block, byte[] buffer, int offset)
        {
            uint hi = (uint)(block >> 32);
            uint lo = (uint)block;
            buffer[offset] = (byte)(hi >> 24);
            buffer[offset + 1] = (byte)(hi >> 16);
            buffer[offset + 2] = (byte)(hi >> 8);
            buffer[offset + 3] = (byte)hi;
            buffer[offset + 4] = (byte)(lo >> 24);
            buffer[offset + 5] = (byte)(lo >> 16);
            buffer[offset + 6] = (byte)(lo >> 8);
            buffer[offset + 7] = (byte)lo;
        }

        /// <summary>Runs whole blocks through DES or 3DES in ECB mode (arguments checked by the caller).</summary>
        /// <param name="schedule">The key schedule (1 or 3 keys).</param>
        /// <param name="stages">1 for DES, 3 for 3DES.</param>
        /// <param name="data">The input array.</param>
        /// <param name="offset">The index of the first input byte.</param>
        /// <param name="count">The number of bytes, a multiple of 8.</param>
        /// <param name="output">The output array (in place allowed).</param>
        /// <param name="outputOffset">The index of the first output byte.</param>
        internal static void EcbBlocks(uint[] schedule, int stages, byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            int end = offset + count;
            int o = outputOffset;
            for (int i = offset; i < end; i += TripleDes.BlockSize)
            {
                // Reads and writes inline: on the interpreter a call per block costs as much as a DES round.
                uint hi = ((uint)data[i] << 24) | ((uint)data[i + 1] << 16) | ((uint)data[i + 2] << 8) | data[i + 3];
                uint lo = ((uint)data[i + 4] << 24) | ((uint)data[i + 5] << 16) | ((uint)data[i + 6] << 8) | data[i + 7];
                ulong block = DesCore.Crypt(hi, lo, schedule, stages);
                hi = (uint)(block >> 32);
                lo = (uint)block;
                output[o] = (byte)(hi >> 24);
                output[o + 1] = (byte)(hi >> 16);
                output[o + 2] = (byte)(hi >> 8);
                output[o + 3] = (byte)hi;
                output[o + 4] = (byte)(lo >> 24);
                output[o + 5] = (byte)(lo >> 16);
                output[o + 6] = (byte)(lo >> 8);
                output[o + 7] = (byte)lo;
                o += TripleDes.BlockSize;
            }
        }
    }
}
