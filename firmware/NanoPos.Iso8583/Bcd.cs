using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// Packed BCD, the encoding of numeric ISO 8583 fields and lengths in this protocol profile: two decimal
    /// digits per byte, the first digit in the high nibble.
    /// </summary>
    /// <remarks>
    /// An odd number of digits is left-padded with a 0 nibble: "123" packs to 0x01 0x23, and unpacking
    /// 3 digits from 0x01 0x23 skips that pad nibble (which must be 0). On success nothing here allocates
    /// except <see cref="UnpackToString"/>. Buffers are checked before use, so a bad length in a message gives
    /// a <see cref="BcdFormatException"/> or an ArgumentException, never an IndexOutOfRangeException.
    /// </remarks>
    public static class Bcd
    {
        /// <summary>The most digits <see cref="PackNumber"/> and <see cref="UnpackNumber"/> handle (a long holds 18 digits).</summary>
        public const int MaxNumberDigits = 18;

        /// <summary>
        /// Gets the number of bytes a digit count packs into.
        /// </summary>
        /// <param name="digitCount">The number of digits, 0 or more.</param>
        /// <returns>(digitCount + 1) / 2 bytes.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="digitCount"/> is negative.</exception>
        public static int PackedLength(int digitCount)
        {
            if (digitCount < 0)
            {
                throw new ArgumentOutOfRangeException("digitCount");
            }

            return (digitCount + 1) / 2;
        }

        /// <summary>
        /// Packs a digit string into a caller buffer (odd length: a 0 nibble is added on the left).
        /// </summary>
        /// <param name="digits">The digits '0' to '9'; may be empty.</param>
        /// <param name="buffer">The buffer to write into.</param>
        /// <param name="offset">The index of the first byte to write.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The buffer has no room for the packed digits.</exception>
        /// <exception cref="BcdFormatException">A character is not a digit; its index in <paramref name="digits"/>
        /// is the offset. Nothing is written then.</exception>
        public static int Pack(string digits, byte[] buffer, int offset)
        {
            if (digits == null)
            {
                throw new ArgumentNullException("digits");
            }

            return PackCore(digits, null, 0, digits.Length, buffer, offset);
        }

        /// <summary>
        /// Packs digits held in a char buffer (as typed on the keypad) without allocating.
        /// </summary>
        /// <param name="digits">The buffer holding the digits.</param>
        /// <param name="digitOffset">The index of the first digit.</param>
        /// <param name="digitCount">The number of digits.</param>
        /// <param name="buffer">The buffer to write into.</param>
        /// <param name="offset">The index of the first byte to write.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">A range lies outside its buffer.</exception>
        /// <exception cref="BcdFormatException">A character is not a digit; its index in <paramref name="digits"/>
        /// is the offset. Nothing is written then.</exception>
        public static int Pack(char[] digits, int digitOffset, int digitCount, byte[] buffer, int offset)
        {
            if (digits == null)
            {
                throw new ArgumentNullException("digits");
            }

            CheckRange(digits.Length, digitOffset, digitCount, "digits");
            return PackCore(null, digits, digitOffset, digitCount, buffer, offset);
        }

        /// <summary>
        /// Packs a non-negative number as a fixed number of digits, zero-filled on the left (an amount, a STAN).
        /// </summary>
        /// <param name="value">The number, 0 or more.</param>
        /// <param name="digitCount">The number of digits, 1 to <see cref="MaxNumberDigits"/>.</param>
        /// <param name="buffer">The buffer to write into.</param>
        /// <param name="offset">The index of the first byte to write.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The value is negative or has more digits than digitCount, or digitCount is out of range.</exception>
        /// <exception cref="ArgumentException">The buffer has no room for the packed digits.</exception>
        public static int PackNumber(long value, int digitCount, byte[] buffer, int offset)
        {
            if (digitCount < 1 || digitCount > MaxNumberDigits)
            {
                throw new ArgumentOutOfRangeException("digitCount");
            }

            if (value < 0)
            {
                throw new ArgumentOutOfRangeException("value", "BCD numbers are not negative.");
            }

            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            int byteCount = (digitCount + 1) / 2;
            CheckRange(buffer.Length, offset, byteCount, "buffer");

            // Check the size before writing, so an amount too large for its field leaves the buffer untouched.
            long rest = value;
            for (int i = 0; i < digitCount; i++)
            {
                rest /= 10;
            }

            if (rest != 0)
            {
                throw new ArgumentOutOfRangeException("value", "The value " + value + " has more than " + digitCount + " digits.");
            }

            // Fill from the last byte backwards, two digits at a time; a pad nibble falls out as 0.
            rest = value;
            for (int i = offset + byteCount - 1; i >= offset; i--)
            {
                int low = (int)(rest % 10);
                rest /= 10;
                int high = (int)(rest % 10);
                rest /= 10;
                buffer[i] = (byte)((high << 4) | low);
            }

            return byteCount;
        }

        /// <summary>
        /// Unpacks BCD digits into a caller char buffer without allocating.
        /// </summary>
        /// <param name="data">The packed bytes.</param>
        /// <param name="offset">The index of the first packed byte.</param>
        /// <param name="digitCount">The number of digits to read; when odd, the first nibble is the pad and must be 0.</param>
        /// <param name="destination">The buffer to write the digits '0' to '9' into.</param>
        /// <param name="destinationOffset">The index of the first digit to write.</param>
        /// <returns>The number of bytes read from <paramref name="data"/>.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The offsets or the count are negative, or the destination has no room.</exception>
        /// <exception cref="BcdFormatException">The data ends too early, a nibble is above 9 or the pad nibble is not 0.</exception>
        public static int Unpack(byte[] data, int offset, int digitCount, char[] destination, int destinationOffset)
        {
            if (destination == null)
            {
                throw new ArgumentNullException("destination");
            }

            CheckRange(destination.Length, destinationOffset, digitCount, "destination");
            int byteCount = Validate(data, offset, digitCount);

            int nibble = (digitCount & 1) == 1 ? 1 : 0;
            int end = destinationOffset + digitCount;
            for (int i = destinationOffset; i < end; i++)
            {
                destination[i] = (char)('0' + NibbleAt(data, offset, nibble));
                nibble++;
            }

            return byteCount;
        }

        /// <summary>
        /// Unpacks BCD digits into a new string (for logs, receipts and the decode tool; allocates).
        /// </summary>
        /// <param name="data">The packed bytes.</param>
        /// <param name="offset">The index of the first packed byte.</param>
        /// <param name="digitCount">The number of digits to read.</param>
        /// <returns>The digits.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        /// <exception cref="ArgumentException">The offset or the count is negative.</exception>
        /// <exception cref="BcdFormatException">The data ends too early, a nibble is above 9 or the pad nibble is not 0.</exception>
        public static string UnpackToString(byte[] data, int offset, int digitCount)
        {
            if (digitCount < 0)
            {
                throw new ArgumentOutOfRangeException("digitCount");
            }

            char[] digits = new char[digitCount];
            Unpack(data, offset, digitCount, digits, 0);
            return new string(digits);
        }

        /// <summary>
        /// Unpacks BCD digits as a number (an LLVAR length, an amount, a STAN).
        /// </summary>
        /// <param name="data">The packed bytes.</param>
        /// <param name="offset">The index of the first packed byte.</param>
        /// <param name="digitCount">The number of digits, 1 to <see cref="MaxNumberDigits"/>.</param>
        /// <returns>The number.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        /// <exception cref="ArgumentException">The offset is negative or digitCount is out of range.</exception>
        /// <exception cref="BcdFormatException">The data ends too early, a nibble is above 9 or the pad nibble is not 0.</exception>
        public static long UnpackNumber(byte[] data, int offset, int digitCount)
        {
            if (digitCount < 1 || digitCount > MaxNumberDigits)
            {
                throw new ArgumentOutOfRangeException("digitCount");
            }

            Validate(data, offset, digitCount);
            long value = 0;
            int nibble = (digitCount & 1) == 1 ? 1 : 0;
            for (int i = 0; i < digitCount; i++)
            {
                value = (value * 10) + NibbleAt(data, offset, nibble);
                nibble++;
            }

            return value;
        }

        /// <summary>
        /// Tells whether bytes hold valid packed BCD, without throwing for bad data.
        /// </summary>
        /// <param name="data">The packed bytes.</param>
        /// <param name="offset">The index of the first packed byte.</param>
        /// <param name="digitCount">The number of digits.</param>
        /// <returns>True when the bytes are all there, every nibble is 0 to 9 and an odd count's pad nibble is 0.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        /// <exception cref="ArgumentException">The offset or the count is negative.</exception>
        public static bool IsValid(byte[] data, int offset, int digitCount)
        {
            return FindProblem(data, offset, digitCount) == null;
        }

        /// <summary>
        /// Checks that bytes hold valid packed BCD.
        /// </summary>
        /// <param name="data">The packed bytes.</param>
        /// <param name="offset">The index of the first packed byte.</param>
        /// <param name="digitCount">The number of digits.</param>
        /// <returns>The number of bytes the digits occupy.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        /// <exception cref="ArgumentException">The offset or the count is negative.</exception>
        /// <exception cref="BcdFormatException">The data ends too early, a nibble is above 9 or the pad nibble is not 0.</exception>
        public static int Validate(byte[] data, int offset, int digitCount)
        {
            BcdFormatException problem = FindProblem(data, offset, digitCount);
            if (problem != null)
            {
                throw problem;
            }

            return (digitCount + 1) / 2;
        }

        private static BcdFormatException FindProblem(byte[] data, int offset, int digitCount)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            if (digitCount < 0)
            {
                throw new ArgumentOutOfRangeException("digitCount");
            }

            int byteCount = (digitCount + 1) / 2;
            if (offset > data.Length - byteCount)
            {
                // Data that ends early is a malformed message, not a programming error: report where it ran out.
                int missingAt = offset > data.Length ? offset : data.Length;
                return new BcdFormatException(missingAt, "BCD data truncated: " + digitCount + " digits need " + byteCount + " bytes");
            }

            for (int i = offset; i < offset + byteCount; i++)
            {
                int high = data[i] >> 4;
                int low = data[i] & 0x0F;
                if (i == offset && (digitCount & 1) == 1)
                {
                    if (high != 0)
                    {
                        return new BcdFormatException(i, "BCD pad nibble is " + high + ", expected 0");
                    }
                }
                else if (high > 9)
                {
                    return new BcdFormatException(i, "BCD high nibble " + high + " is not a decimal digit");
                }

                if (low > 9)
                {
                    return new BcdFormatException(i, "BCD low nibble " + low + " is not a decimal digit");
                }
            }

            return null;
        }

        private static int PackCore(string text, char[] chars, int start, int count, byte[] buffer, int offset)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            int byteCount = (count + 1) / 2;
            CheckRange(buffer.Length, offset, byteCount, "buffer");

            // Validate every digit first so a bad one leaves the buffer untouched.
            int end = start + count;
            for (int i = start; i < end; i++)
            {
                char c = text != null ? text[i] : chars[i];
                if (c < '0' || c > '9')
                {
                    throw new BcdFormatException(i, "'" + c + "' is not a decimal digit");
                }
            }

            int source = start;
            int target = offset;
            if ((count & 1) == 1)
            {
                // Odd length: the pad 0 nibble goes on the left, so the value reads the same.
                buffer[target++] = (byte)DigitAt(text, chars, source++);
            }

            while (source < end)
            {
                buffer[target++] = (byte)((DigitAt(text, chars, source) << 4) | DigitAt(text, chars, source + 1));
                source += 2;
            }

            return byteCount;
        }

        private static int DigitAt(string text, char[] chars, int index)
        {
            return (text != null ? text[index] : chars[index]) - '0';
        }

        private static int NibbleAt(byte[] data, int offset, int nibble)
        {
            int b = data[offset + (nibble >> 1)];
            return (nibble & 1) == 0 ? b >> 4 : b & 0x0F;
        }

        private static void CheckRange(int length, int offset, int count, string parameterName)
        {
            if (offset < 0 || count < 0 || offset > length - count)
            {
                throw new ArgumentException("The range (offset " + offset + ", count " + count + ") lies outside a buffer of " + length + ".", parameterName);
            }
        }
    }
}
