using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// A systematic Reed-Solomon code over <see cref="GaloisField256"/>: <see cref="ParityLength"/> parity bytes after up
    /// to 255 - parity data bytes correct any <see cref="ParityLength"/> / 2 damaged bytes anywhere in the codeword.
    /// The journal protects each record with it, so a flipped bit or a damaged byte in flash is repaired, not dropped.
    /// </summary>
    /// <remarks>
    /// <para>Convention (the one QR codes use): byte 0 of a codeword is the coefficient of the highest power of x; the
    /// generator polynomial is (x - alpha^0)(x - alpha^1)...(x - alpha^(parity-1)). Codes shorter than 255 bytes are
    /// shortened codes: the missing leading bytes count as zeros.</para>
    /// <para>Decoding is errors-only: syndromes, Berlekamp-Massey for the error locator, a Chien search for the error
    /// positions and Forney's formula for the values, then the syndromes again as a check. It corrects up to
    /// parity / 2 damaged bytes; with more damage it either reports failure or, rarely, "corrects" to another codeword,
    /// which is why the journal also checks a CRC-32 after decoding.</para>
    /// <para>An instance owns its scratch buffers (a few hundred bytes), so encoding and decoding allocate nothing; it is
    /// therefore not thread-safe: one instance per user.</para>
    /// </remarks>
    public sealed class ReedSolomon
    {
        /// <summary>The longest codeword in bytes (data and parity) a GF(256) Reed-Solomon code has.</summary>
        public const int MaxCodewordLength = 255;

        private readonly int _parity;
        private readonly byte[] _generator;   // degree _parity, highest power first, leading 1
        private readonly int[] _generatorLog; // log of _generator[j + 1], -1 for a zero coefficient
        private readonly ulong[] _products;   // 8 parity bytes only: factor -> its 8 generator products, packed
        private readonly byte[] _scratch;     // the remainder of the generic encoder
        private readonly ReedSolomonDecoder _decoder;

        /// <summary>Creates a code with the given number of parity bytes.</summary>
        /// <param name="parityLength">The parity bytes per codeword, an even number from 2 to 64; it corrects half as many damaged bytes.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="parityLength"/> is odd or outside 2 to 64.</exception>
        public ReedSolomon(int parityLength)
        {
            if (parityLength < 2 || parityLength > 64 || (parityLength & 1) != 0)
            {
                throw new ArgumentOutOfRangeException("parityLength", "The parity length is an even number from 2 to 64.");
            }

            _parity = parityLength;
            _generator = new byte[parityLength + 1];
            _scratch = new byte[parityLength + 1];
            _generatorLog = new int[parityLength];
            _decoder = new ReedSolomonDecoder(parityLength);
            BuildGenerator();
            for (int j = 0; j < parityLength; j++)
            {
                _generatorLog[j] = _generator[j + 1] == 0 ? -1 : GaloisField256.s_log[_generator[j + 1]];
            }

            if (parityLength == 8)
            {
                // With 8 parity bytes the remainder fits one ulong: the encoder then runs like a table-driven CRC, one
                // lookup per data byte (2 KB of table) instead of eight products (the journal encodes every record).
                _products = new ulong[256];
                for (int factor = 1; factor < 256; factor++)
                {
                    ulong packed = 0;
                    for (int j = 0; j < 8; j++)
                    {
                        packed = (packed << 8) | GaloisField256.Multiply(_generator[j + 1], factor);
                    }

                    _products[factor] = packed;
                }
            }
        }

        /// <summary>Gets the number of parity bytes per codeword.</summary>
        public int ParityLength
        {
            get { return _parity; }
        }

        /// <summary>Gets the number of damaged bytes a codeword may have and still be corrected: half the parity.</summary>
        public int CorrectableBytes
        {
            get { return _parity / 2; }
        }

        /// <summary>Gets the generator polynomial's coefficients, highest power first (the leading 1 included); for tests and for QR encoders.</summary>
        /// <returns>A copy of the <see cref="ParityLength"/> + 1 coefficients.</returns>
        public byte[] Generator()
        {
            byte[] copy = new byte[_generator.Length];
            Array.Copy(_generator, copy, copy.Length);
            return copy;
        }

        /// <summary>Computes the parity of a data block: the remainder of data(x) x^parity divided by the generator.</summary>
        /// <param name="data">The buffer holding the data.</param>
        /// <param name="offset">The index of the first data byte.</param>
        /// <param name="count">The number of data bytes, 0 to 255 - parity.</param>
        /// <param name="parity">The buffer that receives <see cref="ParityLength"/> bytes.</param>
        /// <param name="parityOffset">The index of the first parity byte (it may directly follow the data).</param>
        /// <exception cref="ArgumentNullException">A buffer is null.</exception>
        /// <exception cref="ArgumentException">A range lies outside its buffer, or the codeword would exceed 255 bytes.</exception>
        public void Encode(byte[] data, int offset, int count, byte[] parity, int parityOffset)
        {
            CheckRange(data, offset, count, "data");
            CheckRange(parity, parityOffset, _parity, "parity");
            if (count + _parity > MaxCodewordLength)
            {
                throw new ArgumentException("A codeword holds at most " + (MaxCodewordLength - _parity).ToString() + " data bytes.");
            }

            if (_products != null)
            {
                EncodePacked(data, offset, count, parity, parityOffset);
                return;
            }

            // The remainder is built in the scratch buffer first, so data and parity may share a buffer. The products go
            // through the log/exp tables directly (one factor log per data byte), not through method calls.
            byte[] exp = GaloisField256.s_exp;
            byte[] log = GaloisField256.s_log;
            byte[] remainder = _scratch;
            int[] generatorLog = _generatorLog;
            int last = _parity - 1;
            Array.Clear(remainder, 0, remainder.Length);
            for (int i = 0; i < count; i++)
            {
                int factor = data[offset + i] ^ remainder[0];
                Array.Copy(remainder, 1, remainder, 0, last);
                remainder[last] = 0;
                if (factor != 0)
                {
                    int factorLog = log[factor];
                    for (int j = 0; j <= last; j++)
                    {
                        int g = generatorLog[j];
                        if (g >= 0)
                        {
                            remainder[j] ^= exp[g + factorLog];
                        }
                    }
                }
            }

            Array.Copy(_scratch, 0, parity, parityOffset, _parity);
        }

        /// <summary>
        /// Checks a codeword (data followed by its parity) and corrects it in place when at most
        /// <see cref="CorrectableBytes"/> of its bytes are damaged.
        /// </summary>
        /// <param name="codeword">The buffer holding the codeword.</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="length">Its length in bytes, parity included: more than <see cref="ParityLength"/>, at most 255.</param>
        /// <returns>The number of bytes corrected (0: it was intact), or -1 when it cannot be corrected (it is then left as it was).</returns>
        /// <exception cref="ArgumentNullException"><paramref name="codeword"/> is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the buffer or the length is out of bounds.</exception>
        public int Decode(byte[] codeword, int offset, int length)
        {
            CheckRange(codeword, offset, length, "codeword");
            if (length <= _parity || length > MaxCodewordLength)
            {
                throw new ArgumentException("A codeword has more than " + _parity.ToString() + " and at most 255 bytes.");
            }

            return _decoder.Decode(codeword, offset, length);
        }

        private void EncodePacked(byte[] data, int offset, int count, byte[] parity, int parityOffset)
        {
            // The remainder's first byte is the top byte of the ulong; shifting by 8 drops it.
            ulong[] products = _products;
            ulong remainder = 0;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                int factor = data[i] ^ (int)(remainder >> 56);
                remainder = (remainder << 8) ^ products[factor];
            }

            for (int j = 7; j >= 0; j--)
            {
                parity[parityOffset + j] = (byte)remainder;
                remainder >>= 8;
            }
        }

        private void BuildGenerator()
        {
            // g(x) = (x - a^0)(x - a^1)...: multiply in one root at a time, highest power first.
            Array.Clear(_generator, 0, _generator.Length);
            _generator[0] = 1;
            for (int i = 0; i < _parity; i++)
            {
                byte root = GaloisField256.Exp(i);
                for (int j = i + 1; j > 0; j--)
                {
                    _generator[j] = (byte)(_generator[j] ^ GaloisField256.Multiply(_generator[j - 1], root));
                }
            }
        }

        private static void CheckRange(byte[] buffer, int offset, int count, string name)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(name);
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentException("The range lies outside the " + name + " buffer.");
            }
        }
    }
}
