using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// The decoding half of <see cref="ReedSolomon"/>: errors-only correction of a codeword in place (syndromes,
    /// Berlekamp-Massey for the error locator, a Chien search for the positions, Forney's formula for the values, then
    /// the syndromes again as a check). Owns its scratch buffers, so it allocates nothing; not thread-safe.
    /// </summary>
    internal sealed class ReedSolomonDecoder
    {
        private readonly int _parity;
        private readonly byte[] _syndromes;
        private readonly byte[] _locator;     // Lambda(x), lowest power first
        private readonly byte[] _previous;    // B(x) of Berlekamp-Massey
        private readonly byte[] _scratch;
        private readonly byte[] _evaluator;   // Omega(x), lowest power first
        private readonly int[] _positions;
        private readonly byte[] _originals;   // the bytes as read at the positions being corrected

        internal ReedSolomonDecoder(int parityLength)
        {
            _parity = parityLength;
            _syndromes = new byte[parityLength];
            _locator = new byte[parityLength + 1];
            _previous = new byte[parityLength + 1];
            _scratch = new byte[parityLength + 1];
            _evaluator = new byte[parityLength];
            _positions = new int[parityLength / 2];
            _originals = new byte[parityLength / 2];
        }

        private int CorrectableBytes
        {
            get { return _parity / 2; }
        }

        /// <summary>Corrects a codeword in place (arguments already checked); see <see cref="ReedSolomon.Decode"/>.</summary>
        internal int Decode(byte[] codeword, int offset, int length)
        {
            if (!ComputeSyndromes(codeword, offset, length))
            {
                return 0;
            }

            int errors = FindLocator();
            if (errors < 0 || errors > CorrectableBytes || FindPositions(length, errors) != errors)
            {
                return -1;
            }

            ComputeEvaluator();
            for (int k = 0; k < errors; k++)
            {
                _originals[k] = codeword[offset + _positions[k]];
            }

            for (int k = 0; k < errors; k++)
            {
                int value = ErrorValue(length - 1 - _positions[k]);
                if (value < 0)
                {
                    Restore(codeword, offset, errors);
                    return -1;
                }

                codeword[offset + _positions[k]] ^= (byte)value;
            }

            if (ComputeSyndromes(codeword, offset, length))
            {
                // Still not a codeword: more damage than the code can see. Put the bytes back as they were read.
                Restore(codeword, offset, errors);
                return -1;
            }

            return errors;
        }

        private bool ComputeSyndromes(byte[] codeword, int offset, int length)
        {
            // S_j = r(a^j), by Horner's rule from the highest power: s * a^j is exp[log s + j].
            byte[] exp = GaloisField256.s_exp;
            byte[] log = GaloisField256.s_log;
            bool any = false;
            for (int j = 0; j < _parity; j++)
            {
                int s = 0;
                int end = offset + length;
                for (int i = offset; i < end; i++)
                {
                    s = (s == 0 ? 0 : exp[log[s] + j]) ^ codeword[i];
                }

                _syndromes[j] = (byte)s;
                any |= s != 0;
            }

            return any;
        }

        private int FindLocator()
        {
            // Berlekamp-Massey: the shortest LFSR Lambda(x) that generates the syndromes.
            Array.Clear(_locator, 0, _locator.Length);
            Array.Clear(_previous, 0, _previous.Length);
            _locator[0] = 1;
            _previous[0] = 1;
            int order = 0;
            int shift = 1;
            int lastDiscrepancy = 1;
            for (int n = 0; n < _parity; n++)
            {
                int d = _syndromes[n];
                for (int i = 1; i <= order; i++)
                {
                    d ^= GaloisField256.Multiply(_locator[i], _syndromes[n - i]);
                }

                if (d == 0)
                {
                    shift++;
                    continue;
                }

                int factor = GaloisField256.Divide(d, lastDiscrepancy);
                if (2 * order <= n)
                {
                    Array.Copy(_locator, _scratch, _locator.Length);
                    Subtract(factor, shift);
                    order = n + 1 - order;
                    Array.Copy(_scratch, _previous, _previous.Length);
                    lastDiscrepancy = d;
                    shift = 1;
                }
                else
                {
                    Subtract(factor, shift);
                    shift++;
                }
            }

            return order;
        }

        private void Subtract(int factor, int shift)
        {
            // Lambda(x) -= factor * x^shift * B(x)
            for (int i = 0; i + shift < _locator.Length; i++)
            {
                if (_previous[i] != 0)
                {
                    _locator[i + shift] ^= GaloisField256.Multiply(factor, _previous[i]);
                }
            }
        }

        private int FindPositions(int length, int errors)
        {
            // Chien search: the error at degree d (array index length - 1 - d) makes Lambda(a^-d) zero.
            int found = 0;
            for (int degree = 0; degree < length && found <= errors; degree++)
            {
                int inverse = GaloisField256.Exp(255 - (degree % 255));
                if (Evaluate(_locator, errors, inverse) == 0)
                {
                    if (found == errors)
                    {
                        return -1;
                    }

                    _positions[found++] = length - 1 - degree;
                }
            }

            return found;
        }

        private void ComputeEvaluator()
        {
            // Omega(x) = S(x) Lambda(x) mod x^parity, lowest power first.
            for (int i = 0; i < _parity; i++)
            {
                int sum = 0;
                for (int j = 0; j <= i; j++)
                {
                    sum ^= GaloisField256.Multiply(_syndromes[j], _locator[i - j]);
                }

                _evaluator[i] = (byte)sum;
            }
        }

        private int ErrorValue(int degree)
        {
            // Forney with the first root a^0: e = X * Omega(X^-1) / Lambda'(X^-1), X = a^degree.
            int x = GaloisField256.Exp(degree);
            int inverse = GaloisField256.Exp(255 - (degree % 255));
            int numerator = GaloisField256.Multiply(x, Evaluate(_evaluator, _parity - 1, inverse));
            int denominator = 0;
            for (int i = 1; i < _locator.Length; i += 2)
            {
                // The formal derivative keeps the odd powers only: Lambda_i x^(i-1).
                if (_locator[i] != 0)
                {
                    denominator ^= GaloisField256.Multiply(_locator[i], Power(inverse, i - 1));
                }
            }

            return denominator == 0 ? -1 : GaloisField256.Divide(numerator, denominator);
        }

        private static int Evaluate(byte[] lowestFirst, int degree, int x)
        {
            int sum = 0;
            for (int i = degree; i >= 0; i--)
            {
                sum = GaloisField256.Multiply(sum, x) ^ lowestFirst[i];
            }

            return sum;
        }

        private static int Power(int x, int exponent)
        {
            if (exponent == 0)
            {
                return 1;
            }

            return x == 0 ? 0 : GaloisField256.Exp((GaloisField256.Log(x) * exponent) % 255);
        }

        private void Restore(byte[] codeword, int offset, int count)
        {
            for (int k = 0; k < count; k++)
            {
                codeword[offset + _positions[k]] = _originals[k];
            }
        }
    }
}
