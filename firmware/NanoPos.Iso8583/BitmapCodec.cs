namespace NanoPos.Iso8583
{
    /// <summary>
    /// The primary and secondary bitmaps: bit 1 (the most significant bit of the first byte) says a
    /// secondary bitmap follows, bit n says field n is present. Written as 8 raw bytes or 16 hex characters
    /// per bitmap; held while unpacking as two ulongs, so nothing is allocated.
    /// </summary>
    internal static class BitmapCodec
    {
        /// <summary>Gets the wire size of one bitmap in bytes.</summary>
        internal static int Size(BitmapEncoding encoding)
        {
            return encoding == BitmapEncoding.Binary ? 8 : 16;
        }

        /// <summary>Writes the bitmap(s) of the fields a message holds and returns the position after them.</summary>
        internal static int Write(IsoMessage message, BitmapEncoding encoding, byte[] buffer, int pos, int origin)
        {
            bool secondary = false;
            for (int f = 65; f <= 128 && !secondary; f++)
            {
                secondary = message.Has(f);
            }

            int maps = secondary ? 2 : 1;
            int size = maps * Size(encoding);
            if (buffer.Length - pos < size)
            {
                throw new IsoFormatException(IsoFormatException.BitmapField, pos - origin, IsoError.BufferTooSmall, "the bitmap needs " + size.ToString() + " bytes, the buffer has " + (buffer.Length - pos).ToString() + " left.");
            }

            for (int i = 0; i < maps * 8; i++)
            {
                int value = 0;
                for (int bit = 0; bit < 8; bit++)
                {
                    int field = (i * 8) + bit + 1;
                    bool set = field == 1 ? secondary : message.Has(field);
                    if (set)
                    {
                        value |= 0x80 >> bit;
                    }
                }

                if (encoding == BitmapEncoding.Binary)
                {
                    buffer[pos++] = (byte)value;
                }
                else
                {
                    buffer[pos++] = HexDigit(value >> 4);
                    buffer[pos++] = HexDigit(value & 0x0F);
                }
            }

            return pos;
        }

        /// <summary>
        /// Reads the primary bitmap and, when its bit 1 is set, the secondary one. Returns the position after them.
        /// </summary>
        internal static int Read(BitmapEncoding encoding, byte[] buffer, int pos, int end, int origin, out ulong primary, out ulong secondary)
        {
            secondary = 0;
            primary = ReadOne(encoding, buffer, pos, end, origin);
            pos += Size(encoding);
            if ((primary & 0x8000000000000000UL) != 0)
            {
                secondary = ReadOne(encoding, buffer, pos, end, origin);
                pos += Size(encoding);
            }

            return pos;
        }

        /// <summary>Tells whether a field's bit is set in the bitmaps read by <see cref="Read"/>.</summary>
        internal static bool IsSet(ulong primary, ulong secondary, int field)
        {
            return field <= 64
                ? ((primary >> (64 - field)) & 1UL) != 0
                : ((secondary >> (128 - field)) & 1UL) != 0;
        }

        /// <summary>Gets the wire offset, from the first bitmap byte, of the byte or character holding a field's bit.</summary>
        internal static int OffsetOf(BitmapEncoding encoding, int field)
        {
            return encoding == BitmapEncoding.Binary ? (field - 1) / 8 : (field - 1) / 4;
        }

        private static ulong ReadOne(BitmapEncoding encoding, byte[] buffer, int pos, int end, int origin)
        {
            int size = Size(encoding);
            if (end - pos < size)
            {
                throw new IsoFormatException(IsoFormatException.BitmapField, pos - origin, IsoError.Truncated, "a bitmap needs " + size.ToString() + " bytes, " + (end - pos).ToString() + " remain.");
            }

            ulong value = 0;
            for (int i = 0; i < size; i++)
            {
                int b = buffer[pos + i];
                if (encoding == BitmapEncoding.Binary)
                {
                    value = (value << 8) | (uint)b;
                    continue;
                }

                int digit = HexValue(b);
                if (digit < 0)
                {
                    throw new IsoFormatException(IsoFormatException.BitmapField, pos + i - origin, IsoError.InvalidCharacter, "byte " + Hex.ToHex(buffer, pos + i, 1) + " is not a hexadecimal digit.");
                }

                value = (value << 4) | (uint)digit;
            }

            return value;
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
