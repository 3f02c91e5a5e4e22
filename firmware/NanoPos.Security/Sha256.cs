using System;

namespace NanoPos.Security
{
    /// <summary>
    /// SHA-256 (FIPS 180-4) in portable C# for nanoFramework 1.x, which has no hash function of its own: a message fed
    /// in pieces with <see cref="Update"/>, the 32-byte digest from <see cref="Final"/>, or both at once with
    /// <see cref="Hash"/>.
    /// </summary>
    /// <remarks>
    /// <para>An instance allocates its buffers once (about 0.4 KB); hashing allocates nothing, per block or per
    /// message, so create one and reuse it. An instance is not thread-safe: one message at a time. <see cref="Final"/>
    /// wipes the buffered input and starts a new message, so nothing of a hashed secret stays in the instance.</para>
    /// <para>Cost on nanoCLR: see tools/NanoPos.DeviceBench (<c>pin-hash</c>, two blocks per PBKDF2 iteration).</para>
    /// </remarks>
    public sealed class Sha256
    {
        /// <summary>The digest length, in bytes.</summary>
        public const int HashLength = 32;

        /// <summary>The block length, in bytes: the input is processed 64 bytes at a time.</summary>
        public const int BlockLength = 64;

        private readonly uint[] _state = new uint[8];
        private readonly uint[] _w = new uint[Sha256Core.ScheduleWords];
        private readonly byte[] _pending = new byte[BlockLength];
        private int _pendingCount;
        private long _totalBytes;

        /// <summary>Creates a hash ready for a new message.</summary>
        public Sha256()
        {
            Reset();
        }

        /// <summary>Computes the digest of a whole message at once (allocates one instance; reuse one for many messages).</summary>
        /// <param name="data">The array holding the message.</param>
        /// <param name="offset">The index of the message's first byte.</param>
        /// <param name="count">The message length in bytes (0 is allowed).</param>
        /// <param name="output">The array the 32-byte digest goes into.</param>
        /// <param name="outputOffset">The index of the digest's first byte.</param>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException">A range lies outside its array.</exception>
        public static void Hash(byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            Sha256 hash = new Sha256();
            hash.Update(data, offset, count);
            hash.Final(output, outputOffset);
        }

        /// <summary>Forgets any input and starts a new message.</summary>
        public void Reset()
        {
            Sha256Core.Initialize(_state);
            Array.Clear(_pending, 0, _pending.Length);
            _pendingCount = 0;
            _totalBytes = 0;
        }

        /// <summary>Adds bytes to the message.</summary>
        /// <param name="data">The array holding the bytes.</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The number of bytes (0 is allowed).</param>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the array.</exception>
        public void Update(byte[] data, int offset, int count)
        {
            if (!Guard.Fits(data, offset, count))
            {
                throw Guard.RangeError(data, offset, count, "data");
            }

            _totalBytes += count;
            if (_pendingCount > 0)
            {
                int take = BlockLength - _pendingCount;
                if (take > count)
                {
                    take = count;
                }

                Array.Copy(data, offset, _pending, _pendingCount, take);
                _pendingCount += take;
                offset += take;
                count -= take;
                if (_pendingCount < BlockLength)
                {
                    return;
                }

                Sha256Core.LoadBlock(_pending, 0, _w);
                Sha256Core.Compress(_state, _w);
                _pendingCount = 0;
            }

            // Whole blocks straight from the caller's array: no copy.
            while (count >= BlockLength)
            {
                Sha256Core.LoadBlock(data, offset, _w);
                Sha256Core.Compress(_state, _w);
                offset += BlockLength;
                count -= BlockLength;
            }

            if (count > 0)
            {
                Array.Copy(data, offset, _pending, 0, count);
                _pendingCount = count;
            }
        }

        /// <summary>Pads the message, writes its digest and starts a new message.</summary>
        /// <param name="output">The array the 32-byte digest goes into.</param>
        /// <param name="offset">The index of the digest's first byte.</param>
        /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
        /// <exception cref="ArgumentException">The array cannot hold 32 bytes from <paramref name="offset"/>.</exception>
        public void Final(byte[] output, int offset)
        {
            if (!Guard.Fits(output, offset, HashLength))
            {
                throw Guard.RangeError(output, offset, HashLength, "output");
            }

            Finish();
            Sha256Core.StoreWords(_state, output, offset, HashLength);
            Reset();
        }

        /// <summary>
        /// Starts a message as if <paramref name="blocks"/> whole blocks had been hashed to the given midstate (an HMAC
        /// key's inner or outer block).
        /// </summary>
        /// <param name="midstate">The eight state words after those blocks.</param>
        /// <param name="blocks">The number of 64-byte blocks they stand for (counted in the length padding).</param>
        internal void ResumeFrom(uint[] midstate, int blocks)
        {
            Reset();
            Array.Copy(midstate, _state, 8);
            _totalBytes = (long)blocks * BlockLength;
        }

        /// <summary>Pads the message and copies its digest as eight words into the first words of an array, then starts a new message.</summary>
        /// <param name="words">The array receiving the digest's words (at least 8).</param>
        internal void FinalWords(uint[] words)
        {
            Finish();
            Array.Copy(_state, words, 8);
            Reset();
        }

        // FIPS 180-4 section 5.1.1: a 1 bit, zeros up to 56 bytes into a block, the length in bits as 8 bytes.
        private void Finish()
        {
            long bits = _totalBytes << 3;
            _pending[_pendingCount++] = 0x80;
            if (_pendingCount > BlockLength - 8)
            {
                Array.Clear(_pending, _pendingCount, BlockLength - _pendingCount);
                Sha256Core.LoadBlock(_pending, 0, _w);
                Sha256Core.Compress(_state, _w);
                _pendingCount = 0;
            }

            Array.Clear(_pending, _pendingCount, BlockLength - 8 - _pendingCount);
            for (int i = 0; i < 8; i++)
            {
                _pending[BlockLength - 1 - i] = (byte)(bits >> (i << 3));
            }

            Sha256Core.LoadBlock(_pending, 0, _w);
            Sha256Core.Compress(_state, _w);
            Array.Clear(_w, 0, _w.Length);
        }
    }
}
