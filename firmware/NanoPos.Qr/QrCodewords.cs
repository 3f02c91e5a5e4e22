using NanoPos.Hal;

namespace NanoPos.Qr
{
    /// <summary>
    /// Builds the final codeword sequence: terminator and pad bytes after the segment, Reed-Solomon error correction
    /// per block over GF(2^8) with polynomial 0x11D (<see cref="GaloisField256"/>), and the blocks interleaved.
    /// </summary>
    internal static class QrCodewords
    {
        /// <summary>Pads the data codewords in place after <paramref name="bits"/> written bits.</summary>
        internal static void Pad(byte[] data, int bits, int dataCodewords)
        {
            int capacity = dataCodewords * 8;
            int terminator = capacity - bits < 4 ? capacity - bits : 4;
            bits += terminator;
            int next = (bits + 7) / 8;
            for (int i = next; i < dataCodewords; i++)
            {
                data[i] = ((i - next) % 2) == 0 ? (byte)0xEC : (byte)0x11;
            }
        }

        /// <summary>
        /// Splits the data codewords into blocks, computes each block's error correction and writes the interleaved
        /// sequence into <paramref name="output"/> (total codewords long). <paramref name="divisor"/> and
        /// <paramref name="ecc"/> are working buffers of at least 30 bytes.
        /// </summary>
        internal static void Interleave(byte[] data, int version, int level, byte[] output, byte[] divisor, byte[] ecc)
        {
            int blocks = QrTables.Blocks(version, level);
            int eccLen = QrTables.EccPerBlock(version, level);
            int total = QrTables.TotalCodewords(version);
            int shortBlocks = blocks - (total % blocks);
            int shortData = (total / blocks) - eccLen;
            int dataTotal = total - (blocks * eccLen);
            BuildDivisor(eccLen, divisor);

            int start = 0;
            for (int b = 0; b < blocks; b++)
            {
                int length = shortData + (b < shortBlocks ? 0 : 1);
                Remainder(data, start, length, divisor, eccLen, ecc);

                // Data codeword i of block b goes to i * blocks + b, except the long blocks' last one, which follows
                // every other block's data.
                for (int i = 0; i < length; i++)
                {
                    int index = i < shortData ? (i * blocks) + b : (shortData * blocks) + (b - shortBlocks);
                    output[index] = data[start + i];
                }

                for (int i = 0; i < eccLen; i++)
                {
                    output[dataTotal + (i * blocks) + b] = ecc[i];
                }

                start += length;
            }
        }

        /// <summary>Computes the generator polynomial's coefficients (highest degree dropped) for a degree.</summary>
        internal static void BuildDivisor(int degree, byte[] divisor)
        {
            for (int i = 0; i < degree; i++)
            {
                divisor[i] = 0;
            }

            divisor[degree - 1] = 1;
            int root = 1;
            for (int i = 0; i < degree; i++)
            {
                for (int j = 0; j < degree; j++)
                {
                    divisor[j] = GaloisField256.Multiply(divisor[j], root);
                    if (j + 1 < degree)
                    {
                        divisor[j] ^= divisor[j + 1];
                    }
                }

                root = GaloisField256.Multiply(root, 2);
            }
        }

        /// <summary>Computes the remainder of the data block times x^degree divided by the generator.</summary>
        internal static void Remainder(byte[] data, int offset, int length, byte[] divisor, int degree, byte[] result)
        {
            for (int i = 0; i < degree; i++)
            {
                result[i] = 0;
            }

            for (int k = 0; k < length; k++)
            {
                int factor = data[offset + k] ^ result[0];
                for (int i = 0; i + 1 < degree; i++)
                {
                    result[i] = result[i + 1];
                }

                result[degree - 1] = 0;
                if (factor != 0)
                {
                    for (int i = 0; i < degree; i++)
                    {
                        result[i] ^= GaloisField256.Multiply(divisor[i], factor);
                    }
                }
            }
        }
    }
}
