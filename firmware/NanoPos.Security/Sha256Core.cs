namespace NanoPos.Security
{
    /// <summary>
    /// The SHA-256 compression function of FIPS 180-4 on 32-bit words, shared by <see cref="Sha256"/>,
    /// <see cref="HmacSha256"/> and <see cref="Pbkdf2"/>. Written for the nanoFramework interpreter, where every IL
    /// instruction costs: the working variables are locals, eight rounds per pass so that no variable is copied
    /// between rounds, no call and no allocation inside a block.
    /// </summary>
    internal static class Sha256Core
    {
        /// <summary>The words of one 64-byte block.</summary>
        internal const int BlockWords = 16;

        /// <summary>The size of a message schedule: the block's 16 words and the 48 derived from them.</summary>
        internal const int ScheduleWords = 64;

        // FIPS 180-4 section 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
        private static readonly uint[] s_k = new uint[]
        {
            0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1, 0x923F82A4, 0xAB1C5ED5,
            0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3, 0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174,
            0xE49B69C1, 0xEFBE4786, 0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
            0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147, 0x06CA6351, 0x14292967,
            0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13, 0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85,
            0xA2BFE8A1, 0xA81A664B, 0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
            0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A, 0x5B9CCA4F, 0x682E6FF3,
            0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208, 0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2,
        };

        /// <summary>Sets a state to the initial hash value of FIPS 180-4 section 5.3.3.</summary>
        /// <param name="state">The eight state words.</param>
        internal static void Initialize(uint[] state)
        {
            state[0] = 0x6A09E667;
            state[1] = 0xBB67AE85;
            state[2] = 0x3C6EF372;
            state[3] = 0xA54FF53A;
            state[4] = 0x510E527F;
            state[5] = 0x9B05688C;
            state[6] = 0x1F83D9AB;
            state[7] = 0x5BE0CD19;
        }

        /// <summary>Reads one 64-byte block into the first 16 words of a schedule, big-endian.</summary>
        /// <param name="data">The array holding the block.</param>
        /// <param name="offset">The index of the block's first byte.</param>
        /// <param name="w">The schedule (at least 16 words).</param>
        internal static void LoadBlock(byte[] data, int offset, uint[] w)
        {
            for (int i = 0; i < BlockWords; i++)
            {
                w[i] = ((uint)data[offset] << 24) | ((uint)data[offset + 1] << 16) | ((uint)data[offset + 2] << 8) | data[offset + 3];
                offset += 4;
            }
        }

        /// <summary>Writes state words as big-endian bytes (the digest, or a prefix of it).</summary>
        /// <param name="state">The words.</param>
        /// <param name="output">The destination.</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The number of bytes, 0 to 32.</param>
        internal static void StoreWords(uint[] state, byte[] output, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                output[offset + i] = (byte)(state[i >> 2] >> (24 - ((i & 3) << 3)));
            }
        }

        /// <summary>
        /// Sets words 8 to 15 of a schedule to the padding of a message that is one 64-byte block already hashed
        /// followed by 32 bytes in words 0 to 7 (the inner or outer hash of HMAC-SHA256 over a 32-byte value): the 1
        /// bit, zeros and the length, 768 bits. <see cref="Compress"/> leaves words 0 to 15 as they are, so this is
        /// needed once per schedule.
        /// </summary>
        /// <param name="w">The schedule.</param>
        internal static void PadAfterOneBlockAnd32Bytes(uint[] w)
        {
            w[8] = 0x80000000;
            for (int i = 9; i < 15; i++)
            {
                w[i] = 0;
            }

            w[15] = (64 + 32) * 8;
        }

        /// <summary>
        /// Processes one block: expands words 16 to 63 of the schedule from words 0 to 15 (which it does not change)
        /// and adds the 64 rounds' result into the state.
        /// </summary>
        /// <param name="state">The eight state words, updated.</param>
        /// <param name="w">The schedule: 64 words, the block in words 0 to 15.</param>
        internal static void Compress(uint[] state, uint[] w)
        {
            uint[] k = s_k;
            for (int i = 16; i < ScheduleWords; i++)
            {
                uint x = w[i - 15];
                uint y = w[i - 2];
                w[i] = w[i - 16] + w[i - 7]
                    + (((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3))
                    + (((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10));
            }

            uint a = state[0];
            uint b = state[1];
            uint c = state[2];
            uint d = state[3];
            uint e = state[4];
            uint f = state[5];
            uint g = state[6];
            uint h = state[7];

            // A round adds T1 into d and sets h to T1 + T2; the next round then reads the variables shifted by one
            // (its a is this h, its e this d). Writing eight rounds with the roles rotated brings every variable back
            // to its own role, instead of moving eight words after each round. Ch(e,f,g) is g ^ (e & (f ^ g)) and
            // Maj(a,b,c) is (a & b) | (c & (a | b)): fewer operations than the textbook forms, same values.
            for (int i = 0; i < ScheduleWords; i += 8)
            {
                h += (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + k[i] + w[i];
                d += h;
                h += (((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10))) + ((a & b) | (c & (a | b)));

                g += (((d >> 6) | (d << 26)) ^ ((d >> 11) | (d << 21)) ^ ((d >> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + k[i + 1] + w[i + 1];
                c += g;
                g += (((h >> 2) | (h << 30)) ^ ((h >> 13) | (h << 19)) ^ ((h >> 22) | (h << 10))) + ((h & a) | (b & (h | a)));

                f += (((c >> 6) | (c << 26)) ^ ((c >> 11) | (c << 21)) ^ ((c >> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + k[i + 2] + w[i + 2];
                b += f;
                f += (((g >> 2) | (g << 30)) ^ ((g >> 13) | (g << 19)) ^ ((g >> 22) | (g << 10))) + ((g & h) | (a & (g | h)));

                e += (((b >> 6) | (b << 26)) ^ ((b >> 11) | (b << 21)) ^ ((b >> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + k[i + 3] + w[i + 3];
                a += e;
                e += (((f >> 2) | (f << 30)) ^ ((f >> 13) | (f << 19)) ^ ((f >> 22) | (f << 10))) + ((f & g) | (h & (f | g)));

                d += (((a >> 6) | (a << 26)) ^ ((a >> 11) | (a << 21)) ^ ((a >> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + k[i + 4] + w[i + 4];
                h += d;
                d += (((e >> 2) | (e << 30)) ^ ((e >> 13) | (e << 19)) ^ ((e >> 22) | (e << 10))) + ((e & f) | (g & (e | f)));

                c += (((h >> 6) | (h << 26)) ^ ((h >> 11) | (h << 21)) ^ ((h >> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + k[i + 5] + w[i + 5];
                g += c;
                c += (((d >> 2) | (d << 30)) ^ ((d >> 13) | (d << 19)) ^ ((d >> 22) | (d << 10))) + ((d & e) | (f & (d | e)));

                b += (((g >> 6) | (g << 26)) ^ ((g >> 11) | (g << 21)) ^ ((g >> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + k[i + 6] + w[i + 6];
                f += b;
                b += (((c >> 2) | (c << 30)) ^ ((c >> 13) | (c << 19)) ^ ((c >> 22) | (c << 10))) + ((c & d) | (e & (c | d)));

                a += (((f >> 6) | (f << 26)) ^ ((f >> 11) | (f << 21)) ^ ((f >> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + k[i + 7] + w[i + 7];
                e += a;
                a += (((b >> 2) | (b << 30)) ^ ((b >> 13) | (b << 19)) ^ ((b >> 22) | (b << 10))) + ((b & c) | (d & (b | c)));
            }

            state[0] += a;
            state[1] += b;
            state[2] += c;
            state[3] += d;
            state[4] += e;
            state[5] += f;
            state[6] += g;
            state[7] += h;
        }

        /// <summary>
        /// Computes the two HMAC-SHA256 midstates of a key (RFC 2104): the state after hashing the key XOR ipad block,
        /// and after the key XOR opad block. Every later MAC under the key starts from them, saving two blocks each.
        /// </summary>
        /// <param name="key">The array holding the key.</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="count">Its length in bytes (any; a key longer than 64 bytes is hashed first, as RFC 2104 says).</param>
        /// <param name="inner">Receives the inner midstate (8 words).</param>
        /// <param name="outer">Receives the outer midstate (8 words).</param>
        internal static void HmacMidstates(byte[] key, int offset, int count, uint[] inner, uint[] outer)
        {
            byte[] block = new byte[64];
            uint[] w = new uint[ScheduleWords];
            try
            {
                if (count > 64)
                {
                    Sha256.Hash(key, offset, count, block, 0);
                }
                else
                {
                    System.Array.Copy(key, offset, block, 0, count);
                }

                for (int i = 0; i < 64; i++)
                {
                    block[i] ^= 0x36;
                }

                LoadBlock(block, 0, w);
                Initialize(inner);
                Compress(inner, w);

                // 0x36 ^ 0x5C: from key XOR ipad to key XOR opad.
                for (int i = 0; i < 64; i++)
                {
                    block[i] ^= 0x6A;
                }

                LoadBlock(block, 0, w);
                Initialize(outer);
                Compress(outer, w);
            }
            finally
            {
                System.Array.Clear(block, 0, block.Length);
                System.Array.Clear(w, 0, w.Length);
            }
        }
    }
}
