using System;

namespace NanoPos.Security
{
    /// <summary>
    /// HMAC-SHA256 (RFC 2104 with FIPS 180-4 SHA-256; test vectors RFC 4231) under one key: the key is processed once,
    /// here, and each <see cref="Compute"/> costs the message's blocks plus two.
    /// </summary>
    /// <remarks>
    /// <para>The instance keeps the key only as the two midstates of RFC 2104 (the hash states after the key XOR ipad
    /// and key XOR opad blocks), which stand for the key: <see cref="Clear"/> zeroes them, after which every operation
    /// throws <see cref="InvalidOperationException"/>. Computing allocates nothing. An instance is not thread-safe.</para>
    /// </remarks>
    public sealed class HmacSha256
    {
        /// <summary>The MAC length, in bytes.</summary>
        public const int MacLength = 32;

        private readonly uint[] _inner = new uint[8];
        private readonly uint[] _outer = new uint[8];
        private readonly uint[] _state = new uint[8];
        private readonly uint[] _w = new uint[Sha256Core.ScheduleWords];
        private readonly Sha256 _hash = new Sha256();
        private bool _cleared;

        /// <summary>Creates the MAC of a key. The key bytes are read, not kept: the caller may wipe them at once.</summary>
        /// <param name="key">The array holding the key.</param>
        /// <param name="offset">The index of the key's first byte.</param>
        /// <param name="count">The key length in bytes, any (RFC 2104 hashes a key longer than 64 bytes first).</param>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the array.</exception>
        public HmacSha256(byte[] key, int offset, int count)
        {
            Guard.Range(key, offset, count, "key");
            Sha256Core.HmacMidstates(key, offset, count, _inner, _outer);
        }

        /// <summary>Computes the MAC of a message.</summary>
        /// <param name="message">The array holding the message.</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="count">Its length in bytes (0 is allowed).</param>
        /// <param name="output">The array the 32-byte MAC goes into.</param>
        /// <param name="outputOffset">The index of the MAC's first byte.</param>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException">A range lies outside its array.</exception>
        /// <exception cref="InvalidOperationException">The key was cleared.</exception>
        public void Compute(byte[] message, int offset, int count, byte[] output, int outputOffset)
        {
            if (!Guard.Fits(message, offset, count))
            {
                throw Guard.RangeError(message, offset, count, "message");
            }

            if (!Guard.Fits(output, outputOffset, MacLength))
            {
                throw Guard.RangeError(output, outputOffset, MacLength, "output");
            }

            if (_cleared)
            {
                throw new InvalidOperationException("The HMAC key was cleared.");
            }

            _hash.ResumeFrom(_inner, 1);
            _hash.Update(message, offset, count);
            _hash.FinalWords(_w);
            Sha256Core.PadAfterOneBlockAnd32Bytes(_w);
            Array.Copy(_outer, _state, 8);
            Sha256Core.Compress(_state, _w);
            Sha256Core.StoreWords(_state, output, outputOffset, MacLength);
            Array.Clear(_w, 0, _w.Length);
            Array.Clear(_state, 0, _state.Length);
        }

        /// <summary>Zeroes the key's midstates; every later operation throws <see cref="InvalidOperationException"/>.</summary>
        public void Clear()
        {
            _cleared = true;
            Array.Clear(_inner, 0, _inner.Length);
            Array.Clear(_outer, 0, _outer.Length);
            _hash.Reset();
        }

        /// <summary>Tells whether the key's midstates are all zero (for the tests that prove <see cref="Clear"/> wipes them).</summary>
        /// <returns>True when no key material is left.</returns>
        internal bool MidstatesAreZero()
        {
            uint any = 0;
            for (int i = 0; i < 8; i++)
            {
                any |= _inner[i] | _outer[i];
            }

            return any == 0;
        }
    }
}
