using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// The primary and secondary bitmaps: bit 1 (the most significant bit of the first byte) says a
    /// secondary bitmap follows, bit n says field n is present. Written as 8 raw bytes or 16 hex characters
    /// per bitmap. In memory a bitmap is 16 bytes in wire order (the message's presence bits, the codec's
    /// buffer for what it reads), so nothing is allocated and nothing walks the 128 fields one by one.
    /// </summary>
    internal static class BitmapCodec
    {
        /// <summary>The bytes of the primary and secondary bitmaps in memory.</summary>
        internal const int Bytes = 16;

        /// <summary>Gets the wire size of one bitmap in bytes.</summary>
        internal static int Size(BitmapEncoding encoding)
        {
            return encoding == BitmapEncoding.Binary ? 8 : 16;
        }

        /// <summary>
        /// Writes the bitmap(s) of a message's presence bits, with bit 1 set when <paramref name="secondary"/>,
        /// and returns the position after them.
        /// </summary>
        internal static int Write(byte[] presence, bool secondary, BitmapEncoding encoding, byte[] buffer, int pos, int origin)
        {
            int count = secondary ? 16 : 8;
            int size = encoding == BitmapEncoding.Binary ? count : count * 2;
            if (buffer.Length - pos < size)
            {
                throw new IsoFormatException(IsoFormatException.BitmapField, pos - origin, IsoError.BufferTooSmall, "the bitmap needs " + size.ToString() + " bytes, the buffer has " + (buffer.Length - pos).ToString() + " left.");
            }

            int first = presence[0] | (secondary ? 0x80 : 0);
            if (encoding == BitmapEncoding.Binary)
            {
                Array.Copy(presence, 0, buffer, pos, count);
                buffer[pos] = (byte)first;
                return pos + count;
            }

            for (int i = 0; i < count; i++)
            {
                int value = i == 0 ? first : presence[i];
                buffer[pos++] = HexDigit(value >> 4);
                buffer[pos++] = HexDigit(value & 0x0F);
            }

            return pos;
        }

        /// <summary>
        /// Reads the primary bitmap and, when its bit 1 is set, the secondary one into <paramref name="bitmap"/>
        /// (16 bytes, wire order; the secondary half is zero when there is none). Returns the position after them.
        /// </summary>
        internal static int Read(BitmapEncoding encoding, byte[] buffer, int pos, int end, int origin, byte[] bitmap)
        {
            pos = ReadOne(encoding, buffer, pos, end, origin, bitmap, 0);
            if ((bitmap[0] & 0x80) != 0)
            {
                return ReadOne(encoding, buffer, pos, end, origin, bitmap, 8);
            }

            Array.Clear(bitmap, 8, 8);
            return pos;
        }

        /// <summary>Gets the wire offset, from the first bitmap byte, of the byte or character holding a field's bit.</summary>
        internal static int OffsetOf(BitmapEncoding encoding, int field)
        {
            return encoding == BitmapEncoding.Binary ? (field - 1) / 8 : (field - 1) / 4;
        }

        /// <summary>Gets the number (1 to 8) of the first field whose bit is set in a bitmap byte (not 0), counting from its top bit.</summary>
        internal static int FirstBit(int bits)
        {
            int n = 1;
            for (int mask = 0x80; (bits & mask) == 0; mask >>= 1)
            {
                n++;
            }

            return n;
        }

        private static int ReadOne(BitmapEncoding encoding, byte[] buffer, int pos, int end, int origin, byte[] bitmap, int into)
        {
            int size = Size(encoding);
            if (end - pos < size)
            {
                throw new IsoFormatException(IsoFormatException.BitmapField, pos - origin, IsoError.Truncated, "a bitmap needs " + size.ToString() + " bytes, " + (end - pos).ToString() + " remain.");
            }

            if (encoding == BitmapEncoding.Binary)
            {
                Array.Copy(buffer, pos, bitmap, into, 8);
                return pos + 8;
            }

            for (int i = 0; i < 8; i++)
            {
                int high = HexValue(buffer[pos]);
                if (high < 0)
                {
                    throw NotHex(buffer, pos, origin);
                }

                int low = HexValue(buffer[pos + 1]);
                if (low < 0)
                {
                    throw NotHex(buffer, pos + 1, origin);
                }

                bitmap[into + i] = (byte)((high << 4) | low);
                pos += 2;
            }

            return pos;
        }

        private static IsoFormatException NotHex(byte[] buffer, int at, int origin)
        {
            return new IsoFormatException(IsoFormatException.BitmapField, at - origin, IsoError.InvalidCharacter, "byte " + Hex.ToHex(buffer, at, 1) + " is not a hexadecimal digit.");
        }

        private static byte HexDigit(int value)
        {
            return (byte)(value < 10 ? '0' + value : 'A' + value - 10);
        }

        private static int HexValue(int c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        }
    }
}
