namespace NanoPos.Iso8583
{
    /// <summary>The message type indicator on the wire: 2 bytes of BCD or 4 ASCII digits.</summary>
    internal static class MtiCodec
    {
        /// <summary>Gets the wire size of the MTI in bytes.</summary>
        internal static int Size(FieldEncoding encoding)
        {
            return encoding == FieldEncoding.Bcd ? 2 : 4;
        }

        /// <summary>Writes the MTI and returns the position after it.</summary>
        internal static int Write(int mti, FieldEncoding encoding, byte[] buffer, int pos, int origin)
        {
            if (mti < 0 || mti > 9999)
            {
                throw new IsoFormatException(IsoFormatException.MtiField, pos - origin, IsoError.InvalidMessage, "the MTI " + mti.ToString() + " is outside 0000-9999.");
            }

            int size = Size(encoding);
            if (buffer.Length - pos < size)
            {
                throw new IsoFormatException(IsoFormatException.MtiField, pos - origin, IsoError.BufferTooSmall, "the MTI needs " + size.ToString() + " bytes, the buffer has " + (buffer.Length - pos).ToString() + " left.");
            }

            int d0 = mti / 1000;
            int d1 = (mti / 100) % 10;
            int d2 = (mti / 10) % 10;
            int d3 = mti % 10;
            if (encoding == FieldEncoding.Bcd)
            {
                buffer[pos] = (byte)((d0 << 4) | d1);
                buffer[pos + 1] = (byte)((d2 << 4) | d3);
            }
            else
            {
                buffer[pos] = (byte)('0' + d0);
                buffer[pos + 1] = (byte)('0' + d1);
                buffer[pos + 2] = (byte)('0' + d2);
                buffer[pos + 3] = (byte)('0' + d3);
            }

            return pos + size;
        }

        /// <summary>Reads the MTI at <paramref name="pos"/> into <paramref name="mti"/> and returns the position after it.</summary>
        internal static int Read(FieldEncoding encoding, byte[] buffer, int pos, int end, int origin, out int mti)
        {
            int size = Size(encoding);
            if (end - pos < size)
            {
                throw new IsoFormatException(IsoFormatException.MtiField, pos - origin, IsoError.Truncated, "the MTI needs " + size.ToString() + " bytes, " + (end - pos).ToString() + " remain.");
            }

            mti = 0;
            for (int i = 0; i < size; i++)
            {
                int b = buffer[pos + i];
                if (encoding == FieldEncoding.Bcd)
                {
                    if ((b >> 4) > 9 || (b & 0x0F) > 9)
                    {
                        throw new IsoFormatException(IsoFormatException.MtiField, pos + i - origin, IsoError.NonBcdNibble, "byte " + Hex.ToHex(buffer, pos + i, 1) + " is not two BCD digits.");
                    }

                    mti = (mti * 100) + ((b >> 4) * 10) + (b & 0x0F);
                }
                else
                {
                    if (b < '0' || b > '9')
                    {
                        throw new IsoFormatException(IsoFormatException.MtiField, pos + i - origin, IsoError.InvalidCharacter, "byte " + Hex.ToHex(buffer, pos + i, 1) + " is not an ASCII digit.");
                    }

                    mti = (mti * 10) + (b - '0');
                }
            }

            return pos + size;
        }
    }
}
