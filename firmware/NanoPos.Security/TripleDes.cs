using System;

namespace NanoPos.Security
{
    /// <summary>
    /// DES and Triple DES (FIPS 46-3, NIST SP 800-67) in portable C# for nanoFramework 1.x, which has no DES of its own:
    /// single blocks, ECB and CBC, no padding. An 8-byte key is single DES; a 16-byte key is two-key 3DES (K1 K2 K1,
    /// the double-length keys of the CUP key hierarchy); a 24-byte key is three-key 3DES. 3DES is
    /// encrypt-decrypt-encrypt, so a key whose halves are equal behaves exactly like single DES with K1.
    /// </summary>
    /// <remarks>
    /// <para>The key schedule is computed once, here; a block allocates nothing and keeps no state in the instance,
    /// so one instance may serve several threads at once (only <see cref="Clear"/> must not race with them).
    /// Weak and semi-weak DES keys are accepted (a key check value is what decides whether a key is wanted), and
    /// parity bits are ignored as the standard says.</para>
    /// <para>The instance holds the key only as its schedule; <see cref="Clear"/> zeroes it, after which every
    /// operation throws <see cref="InvalidOperationException"/>.</para>
    /// <para>Cost on nanoCLR: see tools/NanoPos.DeviceBench (des-block, tdes-block).</para>
    /// </remarks>
    public sealed class TripleDes
    {
        /// <summary>The DES block size, in bytes.</summary>
        public const int BlockSize = 8;

        private readonly uint[] _encrypt;
        private readonly uint[] _decrypt;
        private readonly int _stages;
        private bool _cleared;

        /// <summary>
        /// Creates a cipher from a key of 8 bytes (DES), 16 bytes (two-key 3DES: K1 K2, with K3 = K1) or 24 bytes
        /// (three-key 3DES: K1 K2 K3). The key bytes are read, not kept: the caller may wipe them at once.
        /// </summary>
        /// <param name="key">The array holding the key.</param>
        /// <param name="offset">The index of the key's first byte.</param>
        /// <param name="length">The key length in bytes: 8, 16 or 24.</param>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
        /// <exception cref="ArgumentException">The length is not 8, 16 or 24, or the range lies outside the array.</exception>
        public TripleDes(byte[] key, int offset, int length)
        {
            if (length != 8 && length != 16 && length != 24)
            {
                throw new ArgumentException("A DES key has 8, 16 or 24 bytes, not " + length + ".");
            }

            Guard.Range(key, offset, length, "key");
            KeyLength = length;

            // Each distinct DES key is expanded once (the costly part on the interpreter); the other direction's
            // schedule is the same subkeys in reverse round order.
            const int W = DesKeySchedule.WordsPerKey;
            if (length == 8)
            {
                _stages = 1;
                _encrypt = new uint[W];
                _decrypt = new uint[W];
                DesKeySchedule.Expand(key, offset, _encrypt, 0, false);
                DesKeySchedule.Reverse(_encrypt, 0, _decrypt, 0);
                return;
            }

            // Encrypt is E(K1) D(K2) E(K3); decrypt undoes it: D(K3) E(K2) D(K1).
            _stages = 3;
            _encrypt = new uint[3 * W];
            _decrypt = new uint[3 * W];
            DesKeySchedule.Expand(key, offset, _encrypt, 0, false);
            DesKeySchedule.Expand(key, offset + 8, _encrypt, W, true);
            if (length == 24)
            {
                DesKeySchedule.Expand(key, offset + 16, _encrypt, 2 * W, false);
            }
            else
            {
                Array.Copy(_encrypt, 0, _encrypt, 2 * W, W);
            }

            DesKeySchedule.Reverse(_encrypt, 2 * W, _decrypt, 0);
            DesKeySchedule.Reverse(_encrypt, W, _decrypt, W);
            DesKeySchedule.Reverse(_encrypt, 0, _decrypt, 2 * W);
        }

        /// <summary>Gets the key length the cipher was created with, in bytes: 8, 16 or 24.</summary>
        public int KeyLength { get; }

        /// <summary>Gets a value indicating whether <see cref="Clear"/> has wiped the key.</summary>
        public bool IsCleared
        {
            get { return _cleared; }
        }

        /// <summary>Encrypts one 8-byte block. Input and output may be the same bytes.</summary>
        /// <param name="input">The plaintext array.</param>
        /// <param name="inputOffset">The index of the plaintext's first byte.</param>
        /// <param name="output">The array the 8 ciphertext bytes go into.</param>
        /// <param name="outputOffset">The index of the first ciphertext byte.</param>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException">A block lies outside its array.</exception>
        /// <exception cref="InvalidOperationException">The key was cleared.</exception>
        public void EncryptBlock(byte[] input, int inputOffset, byte[] output, int outputOffset)
        {
            if (!Guard.Fits(input, inputOffset, BlockSize) || !Guard.Fits(output, outputOffset, BlockSize))
            {
                throw Guard.BlockError(input, inputOffset, output, outputOffset);
            }

            Ecb(_encrypt, input, inputOffset, BlockSize, output, outputOffset);
        }

        /// <summary>Decrypts one 8-byte block. Input and output may be the same bytes.</summary>
        /// <param name="input">The ciphertext array.</param>
        /// <param name="inputOffset">The index of the ciphertext's first byte.</param>
        /// <param name="output">The array the 8 plaintext bytes go into.</param>
        /// <param name="outputOffset">The index of the first plaintext byte.</param>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException">A block lies outside its array.</exception>
        /// <exception cref="InvalidOperationException">The key was cleared.</exception>
        public void DecryptBlock(byte[] input, int inputOffset, byte[] output, int outputOffset)
        {
            if (!Guard.Fits(input, inputOffset, BlockSize) || !Guard.Fits(output, outputOffset, BlockSize))
            {
                throw Guard.BlockError(input, inputOffset, output, outputOffset);
            }

            Ecb(_decrypt, input, inputOffset, BlockSize, output, outputOffset);
        }

        /// <summary>
        /// Encrypts whole blocks in ECB mode (each block alone, no padding). In place is allowed (same array, same offset).
        /// </summary>
        /// <param name="data">The plaintext array.</param>
        /// <param name="offset">The index of the first plaintext byte.</param>
        /// <param name="count">The number of bytes: a multiple of 8 (0 does nothing).</param>
        /// <param name="output">The array the ciphertext goes into (<paramref name="count"/> bytes).</param>
        /// <param name="outputOffset">The index of the first ciphertext byte.</param>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="count"/> is not a multiple of 8, or a range lies outside its array.</exception>
        /// <exception cref="InvalidOperationException">The key was cleared.</exception>
        public void EncryptEcb(byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            Guard.Blocks(data, offset, count, output, outputOffset);
            Ecb(_encrypt, data, offset, count, output, outputOffset);
        }

        /// <summary>
        /// Decrypts whole blocks in ECB mode (no padding). In place is allowed (same array, same offset).
        /// </summary>
        /// <param name="data">The ciphertext array.</param>
        /// <param name="offset">The index of the first ciphertext byte.</param>
        /// <param name="count">The number of bytes: a multiple of 8 (0 does nothing).</param>
        /// <param name="output">The array the plaintext goes into (<paramref name="count"/> bytes).</param>
        /// <param name="outputOffset">The index of the first plaintext byte.</param>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="count"/> is not a multiple of 8, or a range lies outside its array.</exception>
        /// <exception cref="InvalidOperationException">The key was cleared.</exception>
        public void DecryptEcb(byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            Guard.Blocks(data, offset, count, output, outputOffset);
            Ecb(_decrypt, data, offset, count, output, outputOffset);
        }

        /// <summary>
        /// Encrypts whole blocks in CBC mode (no padding): each plaintext block is XORed with the previous ciphertext
        /// block (the first with the IV) before it is encrypted. In place is allowed (same array, same offset).
        /// </summary>
        /// <param name="iv">The array holding the 8-byte initialization vector (not changed).</param>
        /// <param name="ivOffset">The index of the IV's first byte.</param>
        /// <param name="data">The plaintext array.</param>
        /// <param name="offset">The index of the first plaintext byte.</param>
        /// <param name="count">The number of bytes: a multiple of 8 (0 does nothing).</param>
        /// <param name="output">The array the ciphertext goes into (<paramref name="count"/> bytes).</param>
        /// <param name="outputOffset">The index of the first ciphertext byte.</param>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="count"/> is not a multiple of 8, or a range lies outside its array.</exception>
        /// <exception cref="InvalidOperationException">The key was cleared.</exception>
        public void EncryptCbc(byte[] iv, int ivOffset, byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            CheckCbc(iv, ivOffset, data, offset, count, output, outputOffset);

            uint[] schedule = _encrypt;
            uint hi = DesCore.ReadWord(iv, ivOffset);
            uint lo = DesCore.ReadWord(iv, ivOffset + 4);
            int end = offset + count;
            int o = outputOffset;
            for (int i = offset; i < end; i += BlockSize)
            {
                hi ^= DesCore.ReadWord(data, i);
                lo ^= DesCore.ReadWord(data, i + 4);
                ulong block = DesCore.Crypt(hi, lo, schedule, _stages);
                hi = (uint)(block >> 32);
                lo = (uint)block;
                DesCore.WriteBlock(block, output, o);
                o += BlockSize;
            }
        }

        /// <summary>
        /// Decrypts whole blocks in CBC mode (no padding). In place is allowed (same array, same offset).
        /// </summary>
        /// <param name="iv">The array holding the 8-byte initialization vector (not changed).</param>
        /// <param name="ivOffset">The index of the IV's first byte.</param>
        /// <param name="data">The ciphertext array.</param>
        /// <param name="offset">The index of the first ciphertext byte.</param>
        /// <param name="count">The number of bytes: a multiple of 8 (0 does nothing).</param>
        /// <param name="output">The array the plaintext goes into (<paramref name="count"/> bytes).</param>
        /// <param name="outputOffset">The index of the first plaintext byte.</param>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="count"/> is not a multiple of 8, or a range lies outside its array.</exception>
        /// <exception cref="InvalidOperationException">The key was cleared.</exception>
        public void DecryptCbc(byte[] iv, int ivOffset, byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            CheckCbc(iv, ivOffset, data, offset, count, output, outputOffset);

            uint[] schedule = _decrypt;
            uint previousHi = DesCore.ReadWord(iv, ivOffset);
            uint previousLo = DesCore.ReadWord(iv, ivOffset + 4);
            int end = offset + count;
            int o = outputOffset;
            for (int i = offset; i < end; i += BlockSize)
            {
                // The ciphertext block is read before the output is written: in place, it is the next block's chain.
                uint hi = DesCore.ReadWord(data, i);
                uint lo = DesCore.ReadWord(data, i + 4);
                ulong block = DesCore.Crypt(hi, lo, schedule, _stages) ^ (((ulong)previousHi << 32) | previousLo);
                DesCore.WriteBlock(block, output, o);
                previousHi = hi;
                previousLo = lo;
                o += BlockSize;
            }
        }

        /// <summary>
        /// Wipes the key schedule (the key's only copy in this object), so the key does not linger in RAM. Every
        /// operation afterwards throws <see cref="InvalidOperationException"/>; calling it again does nothing.
        /// </summary>
        public void Clear()
        {
            _cleared = true;
            Array.Clear(_encrypt, 0, _encrypt.Length);
            Array.Clear(_decrypt, 0, _decrypt.Length);
        }

        /// <summary>Tells whether the key schedule is all zeros (for the tests that prove <see cref="Clear"/> wipes it).</summary>
        /// <returns>True when no word of either schedule is set.</returns>
        internal bool ScheduleIsZero()
        {
            uint bits = 0;
            for (int i = 0; i < _encrypt.Length; i++)
            {
                bits |= _encrypt[i] | _decrypt[i];
            }

            return bits == 0;
        }

        private void CheckCbc(byte[] iv, int ivOffset, byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            if (!Guard.Fits(iv, ivOffset, BlockSize))
            {
                throw Guard.RangeError(iv, ivOffset, BlockSize, "iv");
            }

            Guard.Blocks(data, offset, count, output, outputOffset);
            if (_cleared)
            {
                throw Guard.Cleared();
            }
        }

        private void Ecb(uint[] schedule, byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            if (_cleared)
            {
                throw Guard.Cleared();
            }

            DesCore.EcbBlocks(schedule, _stages, data, offset, count, output, outputOffset);
        }

        /// <summary>Encrypts one block given as two big-endian words, for callers inside the assembly that keep blocks in registers.</summary>
        /// <param name="hi">Bytes 0..3 of the block.</param>
        /// <param name="lo">Bytes 4..7 of the block.</param>
        /// <returns>The ciphertext, byte 0 in the high bits.</returns>
        internal ulong EncryptWords(uint hi, uint lo)
        {
            if (_cleared)
            {
                throw Guard.Cleared();
            }

            return DesCore.Crypt(hi, lo, _encrypt, _stages);
        }

        /// <summary>Decrypts one block given as two big-endian words.</summary>
        /// <param name="hi">Bytes 0..3 of the block.</param>
        /// <param name="lo">Bytes 4..7 of the block.</param>
        /// <returns>The plaintext, byte 0 in the high bits.</returns>
        internal ulong DecryptWords(uint hi, uint lo)
        {
            if (_cleared)
            {
                throw Guard.Cleared();
            }

            return DesCore.Crypt(hi, lo, _decrypt, _stages);
        }
    }
}
