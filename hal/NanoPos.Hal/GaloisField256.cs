using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// Arithmetic in GF(2^8) with the primitive polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D) and generator 2: the
    /// field of the journal's Reed-Solomon code (<see cref="ReedSolomon"/>) and of QR codes.
    /// </summary>
    /// <remarks>
    /// Addition and subtraction are XOR. Multiplication and division go through a logarithm table and an
    /// exponent table (768 bytes together, built once, when the class is first used), so each is two table
    /// lookups: the interpreter pays no bit loop per product.
    /// </remarks>
    public static class GaloisField256
    {
        /// <summary>The primitive polynomial, including the x^8 term.</summary>
        public const int Polynomial = 0x11D;

        // Exp holds 512 entries so that Exp[Log[a] + Log[b]] needs no modulo. Internal so that the Reed-Solomon loops
        // index them directly: on the interpreter a method call per byte product is the dominant cost.
        internal static readonly byte[] s_exp = new byte[512];
        internal static readonly byte[] s_log = new byte[256];
        private static readonly bool s_built = Build();

        /// <summary>Gets the generator raised to a power: alpha^power.</summary>
        /// <param name="power">The exponent, any non-negative value (taken modulo 255).</param>
        /// <returns>The field element.</returns>
        public static byte Exp(int power)
        {
            return s_exp[power % 255];
        }

        /// <summary>Gets the discrete logarithm of a non-zero element: the power of alpha that gives it.</summary>
        /// <param name="value">The element, 1 to 255.</param>
        /// <returns>The logarithm, 0 to 254.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is 0, which has no logarithm.</exception>
        public static int Log(int value)
        {
            if (value <= 0 || value > 255)
            {
                throw new ArgumentOutOfRangeException("value", "Only 1 to 255 have a logarithm in GF(256).");
            }

            return s_log[value];
        }

        /// <summary>Multiplies two elements.</summary>
        /// <param name="a">An element, 0 to 255.</param>
        /// <param name="b">An element, 0 to 255.</param>
        /// <returns>The product.</returns>
        public static byte Multiply(int a, int b)
        {
            if (a == 0 || b == 0)
            {
                return 0;
            }

            return s_exp[s_log[a] + s_log[b]];
        }

        /// <summary>Divides one element by another.</summary>
        /// <param name="a">The dividend, 0 to 255.</param>
        /// <param name="b">The divisor, 1 to 255.</param>
        /// <returns>The quotient.</returns>
        /// <exception cref="ArgumentException"><paramref name="b"/> is 0 (nanoFramework's mscorlib has no DivideByZeroException).</exception>
        public static byte Divide(int a, int b)
        {
            if (b == 0)
            {
                throw new ArgumentException("Division by zero in GF(256).", "b");
            }

            if (a == 0)
            {
                return 0;
            }

            return s_exp[s_log[a] + 255 - s_log[b]];
        }

        /// <summary>Gives the multiplicative inverse of a non-zero element.</summary>
        /// <param name="a">The element, 1 to 255.</param>
        /// <returns>The element b with a * b = 1.</returns>
        /// <exception cref="ArgumentException"><paramref name="a"/> is 0.</exception>
        public static byte Inverse(int a)
        {
            return Divide(1, a);
        }

        private static bool Build()
        {
            int x = 1;
            for (int i = 0; i < 255; i++)
            {
                s_exp[i] = (byte)x;
                s_log[x] = (byte)i;
                x <<= 1;
                if ((x & 0x100) != 0)
                {
                    x ^= Polynomial;
                }
            }

            for (int i = 255; i < s_exp.Length; i++)
            {
                s_exp[i] = s_exp[i - 255];
            }

            return true;
        }
    }
}
