using System;

namespace NanoPos.Security
{
    /// <summary>
    /// Key check values (KCV): the first 4 bytes of encrypting 8 zero bytes with the key — single DES for an 8-byte
    /// key, 3DES for a 16- or 24-byte key. A KCV tells whether a key arrived (or was typed in) intact without
    /// revealing it; the CUP sign-on sends one with each working key, and TMK components come with one.
    /// </summary>
    public static class KeyCheckValue
    {
        /// <summary>The check value length, in bytes.</summary>
        public const int Length = 4;

        /// <summary>Computes the check value of a clear key.</summary>
        /// <param name="key">The array holding the clear key.</param>
        /// <param name="offset">The index of the key's first byte.</param>
        /// <param name="length">The key length: 8, 16 or 24 bytes.</param>
        /// <param name="into">The array the 4 check value bytes go into.</param>
        /// <param name="intoOffset">The index of the first check value byte.</param>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException">The key length is not 8, 16 or 24, or a range lies outside its array.</exception>
        public static void Compute(byte[] key, int offset, int length, byte[] into, int intoOffset)
        {
            Guard.Range(into, intoOffset, Length, "into");
            TripleDes cipher = new TripleDes(key, offset, length);
            uint value = Of(cipher);
            cipher.Clear();
            into[intoOffset] = (byte)(value >> 24);
            into[intoOffset + 1] = (byte)(value >> 16);
            into[intoOffset + 2] = (byte)(value >> 8);
            into[intoOffset + 3] = (byte)value;
        }

        /// <summary>Computes the check value of the key a cipher holds (single DES or 3DES, as the cipher was created).</summary>
        /// <param name="key">The cipher.</param>
        /// <param name="into">The array the 4 check value bytes go into.</param>
        /// <param name="intoOffset">The index of the first check value byte.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the array.</exception>
        /// <exception cref="InvalidOperationException">The cipher's key was cleared.</exception>
        public static void Compute(TripleDes key, byte[] into, int intoOffset)
        {
            Guard.NotNull(key, "key");
            Guard.Range(into, intoOffset, Length, "into");
            uint value = Of(key);
            into[intoOffset] = (byte)(value >> 24);
            into[intoOffset + 1] = (byte)(value >> 16);
            into[intoOffset + 2] = (byte)(value >> 8);
            into[intoOffset + 3] = (byte)value;
        }

        /// <summary>
        /// Tells whether a clear key has the expected check value, comparing the 4 bytes in constant time.
        /// </summary>
        /// <param name="key">The array holding the clear key.</param>
        /// <param name="offset">The index of the key's first byte.</param>
        /// <param name="length">The key length: 8, 16 or 24 bytes.</param>
        /// <param name="expected">The array holding the expected check value.</param>
        /// <param name="expectedOffset">The index of its first byte (4 bytes are compared).</param>
        /// <returns>True when the key's check value equals the expected one.</returns>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException">The key length is not 8, 16 or 24, or a range lies outside its array.</exception>
        public static bool Matches(byte[] key, int offset, int length, byte[] expected, int expectedOffset)
        {
            Guard.Range(expected, expectedOffset, Length, "expected");
            TripleDes cipher = new TripleDes(key, offset, length);
            bool matches = Matches(cipher, expected, expectedOffset);
            cipher.Clear();
            return matches;
        }

        /// <summary>Tells whether the key a cipher holds has the expected check value (constant-time compare).</summary>
        /// <param name="key">The cipher.</param>
        /// <param name="expected">The array holding the expected check value.</param>
        /// <param name="expectedOffset">The index of its first byte (4 bytes are compared).</param>
        /// <returns>True when the check values are equal.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the array.</exception>
        /// <exception cref="InvalidOperationException">The cipher's key was cleared.</exception>
        public static bool Matches(TripleDes key, byte[] expected, int expectedOffset)
        {
            Guard.NotNull(key, "key");
            Guard.Range(expected, expectedOffset, Length, "expected");
            return (Of(key) ^ DesCore.ReadWord(expected, expectedOffset)) == 0;
        }

        private static uint Of(TripleDes key)
        {
            return (uint)(key.EncryptWords(0, 0) >> 32);
        }
    }
}
