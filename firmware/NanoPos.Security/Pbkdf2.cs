using System;

namespace NanoPos.Security
{
    /// <summary>
    /// PBKDF2 with HMAC-SHA256 (RFC 8018 section 5.2): a key derived from a password and a salt by an iterated MAC,
    /// so that each guess at the password costs an attacker as many MACs as it costs the device.
    /// </summary>
    /// <remarks>
    /// <para>Each iteration is exactly two SHA-256 blocks: the password's HMAC midstates are computed once, and the
    /// 32-byte value U of each iteration stays in 32-bit words (its padding is fixed), so an iteration converts no
    /// bytes and allocates nothing. One call allocates its working arrays (about 0.5 KB) and wipes them before it
    /// returns. Thread-safe: no shared state.</para>
    /// <para>Cost on nanoCLR: tools/NanoPos.DeviceBench <c>pin-hash</c> (one <see cref="PinHash"/> at its default
    /// iteration count).</para>
    /// </remarks>
    public static class Pbkdf2
    {
        /// <summary>
        /// Derives a key: DK = T1 || T2 || ... truncated to <paramref name="outputLength"/> bytes, where Ti is the XOR of
        /// the <paramref name="iterations"/> HMAC-SHA256 values U1 = PRF(password, salt || INT(i)), Uj = PRF(password, Uj-1).
        /// </summary>
        /// <param name="password">The array holding the password bytes (not changed; the caller wipes them).</param>
        /// <param name="passwordOffset">The index of the password's first byte.</param>
        /// <param name="passwordLength">The password length in bytes (0 is allowed).</param>
        /// <param name="salt">The array holding the salt.</param>
        /// <param name="saltOffset">The index of the salt's first byte.</param>
        /// <param name="saltLength">The salt length in bytes (0 is allowed; 16 random bytes are what <see cref="PinHash"/> uses).</param>
        /// <param name="iterations">The iteration count, 1 or more.</param>
        /// <param name="output">The array the derived key goes into.</param>
        /// <param name="outputOffset">The index of the derived key's first byte.</param>
        /// <param name="outputLength">The derived key length in bytes, 1 or more (32 is one block of iterations; each further 32 costs as much again).</param>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException">A range lies outside its array, or a count is below 1.</exception>
        public static void DeriveSha256(byte[] password, int passwordOffset, int passwordLength, byte[] salt, int saltOffset, int saltLength, int iterations, byte[] output, int outputOffset, int outputLength)
        {
            Guard.Range(password, passwordOffset, passwordLength, "password");
            Guard.Range(salt, saltOffset, saltLength, "salt");
            Guard.Range(output, outputOffset, outputLength, "output");
            if (iterations < 1 || outputLength < 1)
            {
                throw new ArgumentException("PBKDF2 needs at least 1 iteration and 1 output byte.");
            }

            uint[] inner = new uint[8];
            uint[] outer = new uint[8];
            uint[] state = new uint[8];
            uint[] total = new uint[8];
            uint[] w = new uint[Sha256Core.ScheduleWords];
            byte[] blockIndex = new byte[4];
            byte[] block = new byte[Sha256.HashLength];
            Sha256 hash = new Sha256();
            try
            {
                Sha256Core.HmacMidstates(password, passwordOffset, passwordLength, inner, outer);
                int index = 1;
                for (int done = 0; done < outputLength; done += Sha256.HashLength)
                {
                    // U1 = HMAC(password, salt || INT(index)): the inner hash over the salt, the outer over its digest.
                    blockIndex[0] = (byte)(index >> 24);
                    blockIndex[1] = (byte)(index >> 16);
                    blockIndex[2] = (byte)(index >> 8);
                    blockIndex[3] = (byte)index;
                    hash.ResumeFrom(inner, 1);
                    hash.Update(salt, saltOffset, saltLength);
                    hash.Update(blockIndex, 0, 4);
                    hash.FinalWords(w);
                    Sha256Core.PadAfterOneBlockAnd32Bytes(w);
                    Array.Copy(outer, state, 8);
                    Sha256Core.Compress(state, w);
                    Array.Copy(state, total, 8);

                    // Uj = HMAC(password, Uj-1): U sits in words 0-7 of the schedule, the fixed padding in words 8-15.
                    for (int j = 1; j < iterations; j++)
                    {
                        Array.Copy(state, w, 8);
                        Array.Copy(inner, state, 8);
                        Sha256Core.Compress(state, w);
                        Array.Copy(state, w, 8);
                        Array.Copy(outer, state, 8);
                        Sha256Core.Compress(state, w);
                        for (int i = 0; i < 8; i++)
                        {
                            total[i] ^= state[i];
                        }
                    }

                    int take = outputLength - done < Sha256.HashLength ? outputLength - done : Sha256.HashLength;
                    Sha256Core.StoreWords(total, block, 0, take);
                    Array.Copy(block, 0, output, outputOffset + done, take);
                    index++;
                }
            }
            finally
            {
                Array.Clear(inner, 0, inner.Length);
                Array.Clear(outer, 0, outer.Length);
                Array.Clear(state, 0, state.Length);
                Array.Clear(total, 0, total.Length);
                Array.Clear(w, 0, w.Length);
                Array.Clear(block, 0, block.Length);
                hash.Reset();
            }
        }
    }
}
