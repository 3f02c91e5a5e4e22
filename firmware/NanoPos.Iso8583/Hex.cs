using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// Hexadecimal text for bytes, for logs and the decode tool: uppercase out, either case in.
    /// </summary>
    public static class Hex
    {
        private const string Digits = "0123456789ABCDEF";

        /// <summary>
        /// Formats all bytes of an array as uppercase hex, two characters per byte, no separators.
        /// </summary>
        /// <param name="data">The bytes.</param>
        /// <returns>The hex text, e.g. "0200A1".</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        public static string ToHex(byte[] data)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            return ToHex(data, 0, data.Length);
        }

        /// <summary>
        /// Formats a range of bytes as uppercase hex, two characters per byte, no separators.
        /// </summary>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The number of bytes.</param>
        /// <returns>The hex text.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the array.</exception>
        public static string ToHex(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentException("The range (offset " + offset + ", count " + count + ") lies outside " + data.Length + " bytes.");
            }

            char[] text = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                int b = data[offset + i];
                text[2 * i] = Digits[b >> 4];
                text[(2 * i) + 1] = Digits[b & 0x0F];
            }

            return new string(text);
        }

        /// <summary>
        /// Parses hex text into a new array. Upper and lower case are accepted, and whitespace (space, tab,
        /// CR, LF) may separate bytes, so a pasted dump such as "02 00 30 20" parses.
        /// </summary>
        /// <param name="hex">The hex text.</param>
        /// <returns>The bytes.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="hex"/> is null.</exception>
        /// <exception cref="FormatException">A character is not a hex digit, whitespace splits a byte, or a byte
        /// lacks its second digit; the message gives the character position.</exception>
        public static byte[] Parse(string hex)
        {
            byte[] result = new byte[CountBytes(hex)];
            Parse(hex, result, 0);
            return result;
        }

        /// <summary>
        /// Parses hex text into a caller buffer (same rules as <see cref="Parse(string)"/>).
        /// </summary>
        /// <param name="hex">The hex text.</param>
        /// <param name="buffer">The buffer to write into.</param>
        /// <param name="offset">The index of the first byte to write.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The buffer has no room for the bytes.</exception>
        /// <exception cref="FormatException">The text is not valid hex; nothing is written then.</exception>
        public static int Parse(string hex, byte[] buffer, int offset)
        {
            int count = CountBytes(hex);
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentException("The buffer has no room for " + count + " bytes at offset " + offset + ".");
            }

            int target = offset;
            int high = -1;
            int length = hex.Length;
            for (int i = 0; i < length; i++)
            {
                int value = DigitValue(hex[i]);
                if (value < 0)
                {
                    continue;
                }

                if (high < 0)
                {
                    high = value;
                }
                else
                {
                    buffer[target++] = (byte)((high << 4) | value);
                    high = -1;
                }
            }

            return count;
        }

        // Checks the whole text and counts its bytes, so Parse writes only valid input.
        private static int CountBytes(string hex)
        {
            if (hex == null)
            {
                throw new ArgumentNullException("hex");
            }

            // Length once: on the device it counts the characters of the UTF-8 string at every call.
            int digits = 0;
            int length = hex.Length;
            for (int i = 0; i < length; i++)
            {
                char c = hex[i];
                if (DigitValue(c) >= 0)
                {
                    digits++;
                }
                else if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                {
                    if ((digits & 1) == 1)
                    {
                        throw new FormatException("Whitespace inside a byte at position " + i + " of the hex text.");
                    }
                }
                else
                {
                    throw new FormatException("'" + c + "' at position " + i + " is not a hex digit.");
                }
            }

            if ((digits & 1) == 1)
            {
                throw new FormatException("The hex text ends in the middle of a byte (odd number of hex digits).");
            }

            return digits / 2;
        }

        private static int DigitValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            return -1;
        }
    }
}
