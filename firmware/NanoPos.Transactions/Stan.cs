using System;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Arithmetic of the system trace audit number (STAN, ISO 8583 field 11): six digits, 000001 to 999999.
    /// 0 is never a STAN, so after 999999 comes 1.
    /// </summary>
    public static class Stan
    {
        /// <summary>The smallest STAN.</summary>
        public const int Min = 1;

        /// <summary>The largest STAN.</summary>
        public const int Max = 999999;

        /// <summary>The number of characters of a formatted STAN.</summary>
        public const int Digits = 6;

        /// <summary>
        /// Tells whether a number is a STAN.
        /// </summary>
        /// <param name="stan">The number.</param>
        /// <returns>True when it lies in 1 to 999999.</returns>
        public static bool IsValid(int stan)
        {
            return stan >= Min && stan <= Max;
        }

        /// <summary>
        /// Gets the STAN after a given one.
        /// </summary>
        /// <param name="stan">The current STAN.</param>
        /// <returns>stan + 1, or 1 after 999999.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="stan"/> is not a STAN.</exception>
        public static int Next(int stan)
        {
            return Advance(stan, 1);
        }

        /// <summary>
        /// Gets the STAN a number of steps ahead, wrapping 999999 to 1 (to reserve a block of STANs with
        /// one durable write).
        /// </summary>
        /// <param name="stan">The current STAN.</param>
        /// <param name="steps">How far ahead, 0 to 999999.</param>
        /// <returns>The STAN <paramref name="steps"/> places after <paramref name="stan"/>.</returns>
        /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
        public static int Advance(int stan, int steps)
        {
            if (!IsValid(stan))
            {
                throw new ArgumentOutOfRangeException("stan", "A STAN lies in 1 to 999999.");
            }

            if (steps < 0 || steps > Max)
            {
                throw new ArgumentOutOfRangeException("steps");
            }

            // Work 0-based (0..999998) so the wrap is a plain modulo; no overflow: both are below 10^6.
            return ((stan - Min + steps) % Max) + Min;
        }

        /// <summary>
        /// Writes a STAN as exactly six digits, zero-filled on the left, into a caller buffer without allocating.
        /// </summary>
        /// <param name="stan">The STAN.</param>
        /// <param name="destination">The buffer to write into.</param>
        /// <param name="offset">The index of the first character.</param>
        /// <returns>The number of characters written (always 6).</returns>
        /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="stan"/> is not a STAN.</exception>
        /// <exception cref="ArgumentException">The buffer has no room for 6 characters at <paramref name="offset"/>.</exception>
        public static int Format(int stan, char[] destination, int offset)
        {
            if (!IsValid(stan))
            {
                throw new ArgumentOutOfRangeException("stan", "A STAN lies in 1 to 999999.");
            }

            if (destination == null)
            {
                throw new ArgumentNullException("destination");
            }

            if (offset < 0 || offset > destination.Length - Digits)
            {
                throw new ArgumentException("The buffer has no room for 6 digits at offset " + offset + ".");
            }

            int rest = stan;
            for (int i = offset + Digits - 1; i >= offset; i--)
            {
                destination[i] = (char)('0' + (rest % 10));
                rest /= 10;
            }

            return Digits;
        }

        /// <summary>
        /// Formats a STAN as a new six-digit string (for receipts and logs; allocates).
        /// </summary>
        /// <param name="stan">The STAN.</param>
        /// <returns>The six digits, e.g. "000042".</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="stan"/> is not a STAN.</exception>
        public static string Format(int stan)
        {
            char[] text = new char[Digits];
            Format(stan, text, 0);
            return new string(text);
        }
    }
}
