using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// Reads one data element (length prefix and value) by its table row, checking every read against the
    /// end of the range. It allocates only the value it returns (one string or one byte[]); characters are
    /// assembled in the codec's scratch buffer first. Error offsets are relative to the codec's origin:
    /// the start of the part that is cut short (Truncated), the prefix (InvalidLength, ValueTooLong), or the
    /// offending byte (NonBcdNibble, InvalidCharacter).
    /// </summary>
    internal static class FieldReader
    {
        /// <summary>Reads a field, stores its value in <paramref name="values"/> and returns the position after it.</summary>
        internal static int Read(FieldDefinition row, MessageProfile profile, byte[] buffer, int pos, int end, int origin, char[] scratch, object[] values)
        {
            int field = row.Id;
            int length = row.Limit;
            int prefix = profile.PrefixBytes[field];
            if (prefix > 0)
            {
                if (end - pos < prefix)
                {
                    throw new IsoFormatException(field, pos - origin, IsoError.Truncated, "the length prefix needs " + prefix.ToString() + " bytes, " + (end - pos).ToString() + " remain.");
                }

                length = LengthPrefix.Read(row.LengthKind, profile.LengthPrefixEncoding, buffer, pos);
                if (length < 0)
                {
                    throw new IsoFormatException(field, pos - origin, IsoError.InvalidLength, "the length prefix " + Hex.ToHex(buffer, pos, prefix) + " is not a decimal number.");
                }

                if (length > row.Limit)
                {
                    throw new IsoFormatException(field, pos - origin, IsoError.ValueTooLong, "the length prefix says " + length.ToString() + FieldWriter.Unit(row) + "; the field allows at most " + row.Limit.ToString() + ".");
                }

                pos += prefix;
            }

            int data = row.IsBcd ? (length + 1) / 2 : length;
            if (end - pos < data)
            {
                throw new IsoFormatException(field, pos - origin, IsoError.Truncated, "the value needs " + data.ToString() + " bytes, " + (end - pos).ToString() + " remain.");
            }

            if (row.IsBinary)
            {
                byte[] bytes = new byte[length];
                Array.Copy(buffer, pos, bytes, 0, length);
                values[field] = bytes;
            }
            else if (row.IsBcd)
            {
                ReadBcd(row, buffer, pos, length, origin, scratch);
                values[field] = new string(scratch, 0, length);
            }
            else
            {
                byte[] classes = CharacterRules.Classes;
                int mask = row.UnpackMask;
                for (int i = 0; i < length; i++)
                {
                    int c = buffer[pos + i];
                    if (c >= 128 || (classes[c] & mask) == 0)
                    {
                        throw new IsoFormatException(field, pos + i - origin, IsoError.InvalidCharacter, "byte " + Hex.ToHex(buffer, pos + i, 1) + " is not allowed in an " + CharacterRules.ShortName(row.Content) + " field.");
                    }

                    scratch[i] = (char)c;
                }

                values[field] = new string(scratch, 0, length);
            }

            return pos + data;
        }

        /// <summary>
        /// Unpacks <paramref name="length"/> digits (and, in a z field, separators) into the scratch buffer, a
        /// byte at a time; the pad nibble of an odd count (first when right-aligned, last when left-aligned) must be 0.
        /// </summary>
        private static void ReadBcd(FieldDefinition row, byte[] buffer, int pos, int length, int origin, char[] scratch)
        {
            int n = 0;
            int b;
            bool odd = (length & 1) == 1;
            if (odd && row.PadsFirst)
            {
                b = buffer[pos];
                if ((b >> 4) != 0)
                {
                    throw PadNotZero(row, b >> 4, pos, origin);
                }

                scratch[n++] = Digit(row, b & 0x0F, pos, origin);
                pos++;
            }

            // Whole bytes: two digits each, checked inline (a call per digit costs more than the check).
            int whole = (length - n) >> 1;
            for (int k = 0; k < whole; k++)
            {
                b = buffer[pos];
                int high = b >> 4;
                int low = b & 0x0F;
                scratch[n++] = high <= 9 ? (char)('0' + high) : Digit(row, high, pos, origin);
                scratch[n++] = low <= 9 ? (char)('0' + low) : Digit(row, low, pos, origin);
                pos++;
            }

            if (n < length)
            {
                b = buffer[pos];
                scratch[n] = Digit(row, b >> 4, pos, origin);
                if ((b & 0x0F) != 0)
                {
                    throw PadNotZero(row, b & 0x0F, pos, origin);
                }
            }
        }

        /// <summary>The character of a value nibble: a digit, or '=' for 0xD in a z field; anything else is refused.</summary>
        private static char Digit(FieldDefinition row, int value, int pos, int origin)
        {
            if (value <= 9)
            {
                return (char)('0' + value);
            }

            if (row.IsTrack && value == CharacterRules.SeparatorNibble)
            {
                return '=';
            }

            throw new IsoFormatException(row.Id, pos - origin, IsoError.NonBcdNibble, "nibble " + value.ToString() + " is not a decimal digit" + (row.IsTrack ? " or the separator D." : "."));
        }

        private static IsoFormatException PadNotZero(FieldDefinition row, int value, int pos, int origin)
        {
            return new IsoFormatException(row.Id, pos - origin, IsoError.NonBcdNibble, "the pad nibble is " + value.ToString() + ", expected 0.");
        }
    }
}
