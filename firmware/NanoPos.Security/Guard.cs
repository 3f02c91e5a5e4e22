using System;

namespace NanoPos.Security
{
    /// <summary>The argument checks every public method of the assembly shares, with the same exceptions everywhere.</summary>
    /// <remarks>
    /// On nanoCLR every <c>ldstr</c> allocates a string object, so passing a parameter name costs a heap block per
    /// call even when nothing is wrong. The per-block and per-message paths therefore test with <see cref="Fits"/>
    /// (no strings) and name the parameter only when they throw (<see cref="RangeError"/>); <see cref="Range"/> is for
    /// paths that run once per key.
    /// </remarks>
    internal static class Guard
    {
        /// <summary>Tells whether an array exists and holds the range, without allocating anything.</summary>
        /// <param name="buffer">The array.</param>
        /// <param name="offset">The index of the range's first byte.</param>
        /// <param name="count">The number of bytes.</param>
        /// <returns>True when the range lies inside a non-null array.</returns>
        internal static bool Fits(byte[] buffer, int offset, int count)
        {
            return buffer != null && offset >= 0 && count >= 0 && offset <= buffer.Length - count;
        }

        /// <summary>Builds the exception <see cref="Range"/> would throw for a range that does not fit.</summary>
        /// <param name="buffer">The array.</param>
        /// <param name="offset">The index of the range's first byte.</param>
        /// <param name="count">The number of bytes.</param>
        /// <param name="name">The parameter name for the exception.</param>
        /// <returns><see cref="ArgumentNullException"/> for a null array, else <see cref="ArgumentException"/>.</returns>
        internal static Exception RangeError(byte[] buffer, int offset, int count, string name)
        {
            if (buffer == null)
            {
                return new ArgumentNullException(name);
            }

            return new ArgumentException(name + ": the range (offset " + offset + ", count " + count + ") lies outside " + buffer.Length + " bytes.");
        }

        /// <summary>Checks that an array exists and holds the range (allocates the name on nanoCLR: not for per-block paths).</summary>
        /// <param name="buffer">The array.</param>
        /// <param name="offset">The index of the range's first byte.</param>
        /// <param name="count">The number of bytes.</param>
        /// <param name="name">The parameter name for the exception.</param>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the array.</exception>
        internal static void Range(byte[] buffer, int offset, int count, string name)
        {
            if (!Fits(buffer, offset, count))
            {
                throw RangeError(buffer, offset, count, name);
            }
        }

        /// <summary>Checks that a required object is there.</summary>
        /// <param name="value">The object.</param>
        /// <param name="name">The parameter name for the exception.</param>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        internal static void NotNull(object value, string name)
        {
            if (value == null)
            {
                throw new ArgumentNullException(name);
            }
        }

        /// <summary>
        /// Compares two byte ranges in time that does not depend on where they differ, so a MAC or check value
        /// cannot be guessed byte by byte from response times.
        /// </summary>
        /// <param name="a">The first array.</param>
        /// <param name="aOffset">The index of the first range.</param>
        /// <param name="b">The second array.</param>
        /// <param name="bOffset">The index of the second range.</param>
        /// <param name="count">The number of bytes compared.</param>
        /// <returns>True when all bytes are equal.</returns>
        internal static bool FixedTimeEquals(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            int difference = 0;
            for (int i = 0; i < count; i++)
            {
                difference |= a[aOffset + i] ^ b[bOffset + i];
            }

            return difference == 0;
        }

        /// <summary>The error of an operation on a cleared key.</summary>
        /// <returns>The exception to throw.</returns>
        internal static Exception Cleared()
        {
            return new InvalidOperationException("The key was cleared; create a new TripleDes.");
        }

        // Whole blocks inside their arrays; strings only when throwing.
        /// <summary>Checks whole 8-byte blocks inside their arrays; throws otherwise.</summary>
        /// <param name="data">The input array.</param>
        /// <param name="offset">The index of the first input byte.</param>
        /// <param name="count">The number of bytes.</param>
        /// <param name="output">The output array.</param>
        /// <param name="outputOffset">The index of the first output byte.</param>
        internal static void Blocks(byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            if ((count & (TripleDes.BlockSize - 1)) != 0)
            {
                throw new ArgumentException("ECB and CBC take whole 8-byte blocks; " + count + " bytes is not a multiple of 8.");
            }

            if (!Fits(data, offset, count))
            {
                throw RangeError(data, offset, count, "data");
            }

            if (!Fits(output, outputOffset, count))
            {
                throw RangeError(output, outputOffset, count, "output");
            }
        }

        /// <summary>The error for a single block outside its array.</summary>
        /// <param name="input">The input array.</param>
        /// <param name="inputOffset">The input offset.</param>
        /// <param name="output">The output array.</param>
        /// <param name="outputOffset">The output offset.</param>
        /// <returns>The exception to throw.</returns>
        internal static Exception BlockError(byte[] input, int inputOffset, byte[] output, int outputOffset)
        {
            if (!Fits(input, inputOffset, TripleDes.BlockSize))
            {
                return RangeError(input, inputOffset, TripleDes.BlockSize, "input");
            }

            return RangeError(output, outputOffset, TripleDes.BlockSize, "output");
        }
    }
}
