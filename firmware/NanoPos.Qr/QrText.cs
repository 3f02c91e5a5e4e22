namespace NanoPos.Qr
{
    /// <summary>
    /// Reads the text to encode: picks the most compact mode, counts the bits and characters, and writes the
    /// segment (mode, character count, data) into a codeword buffer. Byte mode writes UTF-8 without allocating.
    /// </summary>
    internal static class QrText
    {
        private const string Alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

        /// <summary>Gets the most compact single mode that can hold every character of the text.</summary>
        internal static QrMode ChooseMode(string text)
        {
            bool numeric = true;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    numeric = false;
                    if (Alphanumeric.IndexOf(c) < 0)
                    {
                        return QrMode.Byte;
                    }
                }
            }

            return numeric ? QrMode.Numeric : QrMode.Alphanumeric;
        }

        /// <summary>Gets the count written in the character count field: characters, or UTF-8 bytes in byte mode.</summary>
        internal static int CountUnits(string text, QrMode mode)
        {
            if (mode != QrMode.Byte)
            {
                return text.Length;
            }

            int bytes = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    bytes += 1;
                }
                else if (c < 0x800)
                {
                    bytes += 2;
                }
                else if (IsHighSurrogate(c) && i + 1 < text.Length && IsLowSurrogate(text[i + 1]))
                {
                    bytes += 4;
                    i++;
                }
                else
                {
                    bytes += 3;
                }
            }

            return bytes;
        }

        /// <summary>Gets the width of the character count field in bits for versions 1 to 9.</summary>
        internal static int CountFieldBits(QrMode mode)
        {
            return mode == QrMode.Numeric ? 10 : mode == QrMode.Alphanumeric ? 9 : 8;
        }

        /// <summary>Gets the bits of the whole segment: 4 mode bits, the count field and the data.</summary>
        internal static int SegmentBits(QrMode mode, int units)
        {
            int data;
            if (mode == QrMode.Numeric)
            {
                data = ((units / 3) * 10) + ((units % 3) == 2 ? 7 : (units % 3) == 1 ? 4 : 0);
            }
            else if (mode == QrMode.Alphanumeric)
            {
                data = ((units / 2) * 11) + ((units % 2) * 6);
            }
            else
            {
                data = units * 8;
            }

            return 4 + CountFieldBits(mode) + data;
        }

        /// <summary>Writes the segment at the start of the buffer and returns the bit length written.</summary>
        internal static int WriteSegment(string text, QrMode mode, int units, byte[] buffer)
        {
            int bit = 0;
            bit = Put(buffer, bit, (int)mode, 4);
            bit = Put(buffer, bit, units, CountFieldBits(mode));
            if (mode == QrMode.Numeric)
            {
                int i = 0;
                for (; i + 3 <= text.Length; i += 3)
                {
                    bit = Put(buffer, bit, ((text[i] - '0') * 100) + ((text[i + 1] - '0') * 10) + (text[i + 2] - '0'), 10);
                }

                if (text.Length - i == 2)
                {
                    bit = Put(buffer, bit, ((text[i] - '0') * 10) + (text[i + 1] - '0'), 7);
                }
                else if (text.Length - i == 1)
                {
                    bit = Put(buffer, bit, text[i] - '0', 4);
                }
            }
            else if (mode == QrMode.Alphanumeric)
            {
                int i = 0;
                for (; i + 2 <= text.Length; i += 2)
                {
                    bit = Put(buffer, bit, (Alphanumeric.IndexOf(text[i]) * 45) + Alphanumeric.IndexOf(text[i + 1]), 11);
                }

                if (i < text.Length)
                {
                    bit = Put(buffer, bit, Alphanumeric.IndexOf(text[i]), 6);
                }
            }
            else
            {
                bit = WriteUtf8(text, buffer, bit);
            }

            return bit;
        }

        /// <summary>Writes the low <paramref name="count"/> bits of a value, most significant first; returns the next bit.</summary>
        internal static int Put(byte[] buffer, int bit, int value, int count)
        {
            for (int i = count - 1; i >= 0; i--)
            {
                if (((value >> i) & 1) != 0)
                {
                    buffer[bit >> 3] |= (byte)(0x80 >> (bit & 7));
                }

                bit++;
            }

            return bit;
        }

        private static int WriteUtf8(string text, byte[] buffer, int bit)
        {
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (c < 0x80)
                {
                    bit = Put(buffer, bit, c, 8);
                }
                else if (c < 0x800)
                {
                    bit = Put(buffer, bit, 0xC0 | (c >> 6), 8);
                    bit = Put(buffer, bit, 0x80 | (c & 0x3F), 8);
                }
                else if (IsHighSurrogate((char)c) && i + 1 < text.Length && IsLowSurrogate(text[i + 1]))
                {
                    int cp = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
                    i++;
                    bit = Put(buffer, bit, 0xF0 | (cp >> 18), 8);
                    bit = Put(buffer, bit, 0x80 | ((cp >> 12) & 0x3F), 8);
                    bit = Put(buffer, bit, 0x80 | ((cp >> 6) & 0x3F), 8);
                    bit = Put(buffer, bit, 0x80 | (cp & 0x3F), 8);
                }
                else
                {
                    // A lone surrogate is written as U+FFFD, as .NET's UTF-8 encoder does.
                    if (c >= 0xD800 && c <= 0xDFFF)
                    {
                        c = 0xFFFD;
                    }

                    bit = Put(buffer, bit, 0xE0 | (c >> 12), 8);
                    bit = Put(buffer, bit, 0x80 | ((c >> 6) & 0x3F), 8);
                    bit = Put(buffer, bit, 0x80 | (c & 0x3F), 8);
                }
            }

            return bit;
        }

        private static bool IsHighSurrogate(char c)
        {
            return c >= 0xD800 && c <= 0xDBFF;
        }

        private static bool IsLowSurrogate(char c)
        {
            return c >= 0xDC00 && c <= 0xDFFF;
        }
    }
}
