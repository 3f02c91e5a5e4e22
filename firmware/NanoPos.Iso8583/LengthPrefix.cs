namespace NanoPos.Iso8583
{
    /// <summary>
    /// The LL and LLL length prefixes of variable fields: in BCD one byte (LL) or two bytes with a 0 pad
    /// nibble first (LLL, "123" → 01 23), in ASCII two or three digits. The number counts characters
    /// (digits for n and z), or bytes for b fields.
    /// </summary>
    internal static class LengthPrefix
    {
        /// <summary>The bytes a prefix occupies on the wire (0 for fixed fields).</summary>
        internal static int Size(LengthKind kind, FieldEncoding encoding)
        {
            if (kind == LengthKind.Fixed)
            {
                return 0;
            }

            int digits = kind == LengthKind.LlVar ? 2 : 3;
            return encoding == FieldEncoding.Bcd ? (digits + 1) / 2 : digits;
        }

        /// <summary>Writes a prefix (the caller has checked the room and that the length fits).</summary>
        internal static void Write(LengthKind kind, FieldEncoding encoding, int length, byte[] buffer, int pos)
        {
            if (kind == LengthKind.Fixed)
            {
                return;
            }

            int hundreds = length / 100;
            int tens = (length / 10) % 10;
            int units = length % 10;
            if (encoding == FieldEncoding.Bcd)
            {
                if (kind == LengthKind.LllVar)
                {
                    buffer[pos++] = (byte)hundreds;
                }

                buffer[pos] = (byte)((tens << 4) | units);
                return;
            }

            if (kind == LengthKind.LllVar)
            {
                buffer[pos++] = (byte)('0' + hundreds);
            }

            buffer[pos++] = (byte)('0' + tens);
            buffer[pos] = (byte)('0' + units);
        }

        /// <summary>
        /// Reads a prefix that starts at <paramref name="pos"/>, whose bytes the caller has checked are there.
        /// </summary>
        /// <returns>The length, or -1 when the prefix is not a number (a nibble above 9, a non-zero pad
        /// nibble, a character that is not a digit).</returns>
        internal static int Read(LengthKind kind, FieldEncoding encoding, byte[] buffer, int pos)
        {
            int digits = kind == LengthKind.LlVar ? 2 : 3;
            int value = 0;
            if (encoding == FieldEncoding.Bcd)
            {
                int bytes = (digits + 1) / 2;
                for (int i = 0; i < bytes; i++)
                {
                    int b = buffer[pos + i];
                    int high = b >> 4;
                    int low = b & 0x0F;
                    bool padNibble = i == 0 && (digits & 1) == 1;
                    if ((padNibble && high != 0) || high > 9 || low > 9)
                    {
                        return -1;
                    }

                    value = (value * 100) + (high * 10) + low;
                }

                return value;
            }

            for (int i = 0; i < digits; i++)
            {
                int c = buffer[pos + i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }
    }
}
