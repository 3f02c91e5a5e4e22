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
        /// <summary>Reads a field into the message and returns the position after it.</summary>
        internal static int Read(FieldDefinition row, MessageProfile profile, byte[] buffer, int pos, int end, int origin, char[] scratch, IsoMessage into)
        {
            int field = row.Number;
            int length = row.MaxLength;
            if (row.LengthKind != LengthKind.Fixed)
            {
                int prefix = LengthPrefix.Size(row.LengthKind, profile.LengthPrefixEncoding);
                if (end - pos < prefix)
                {
                    throw new IsoFormatException(field, pos - origin, IsoError.Truncated, "the length prefix needs " + prefix.ToString() + " bytes, " + (end - pos).ToString() + " remain.");
                }

                length = LengthPrefix.Read(row.LengthKind, profile.LengthPrefixEncoding, buffer, pos);
                if (length < 0)
                {
                    throw new IsoFormatException(field, pos - origin, IsoError.InvalidLength, "the length prefix " + Hex.ToHex(buffer, pos, prefix) + " is not a decimal number.");
                }

                if (length > row.MaxLength)
                {
                    throw new IsoFormatException(field, pos - origin, IsoError.ValueTooLong, "the length prefix says " + length.ToString() + FieldWriter.Unit(row) + "; the field allows at most " + row.MaxLength.ToString() + ".");
                }

                pos += prefix;
            }

            int data = row.Encoding == FieldEncoding.Bcd ? (length + 1) / 2 : length;
            if (end - pos < data)
            {
                throw new IsoFormatException(field, pos - origin, IsoError.Truncated, "the value needs " + data.ToString() + " bytes, " + (end - pos).ToString() + " remain.");
            }

            if (row.Encoding == FieldEncoding.Binary)
            {
                byte[] bytes = new byte[length];
                Array.Copy(buffer, pos, bytes, 0, length);
                into.Set(field, bytes);
            }
            else if (row.Encoding == FieldEncoding.Bcd)
            {
                ReadBcd(row, buffer, pos, length, origin, scratch);
                into.Set(field, new string(scratch, 0, length));
            }
            else
            {
                for (int i = 0; i < length; i++)
                {
                    char c = (char)buffer[pos + i];
                    if (!CharacterRules.IsAllowedOnUnpack(row.Content, c))
                    {
                        throw new IsoFormatException(field, pos + i - origin, IsoError.InvalidCharacter, "byte " + Hex.ToHex(buffer, pos + i, 1) + " is not allowed in an " + CharacterRules.ShortName(row.Content) + " field.");
                    }

                    scratch[i] = c;
                }

                into.Set(field, new string(scratch, 0, length));
            }

            return pos + data;
        }

        private static void ReadBcd(FieldDefinition row, byte[] buffer, int pos, int length, int origin, char[] scratch)
        {
            bool track = row.Content == FieldContent.Track;
            int front = (length & 1) == 1 && row.Padding == FieldPadding.PadLeft ? 1 : 0;
            int nibbles = ((length + 1) / 2) * 2;
            for (int n = 0; n < nibbles; n++)
            {
                int b = buffer[pos + (n >> 1)];
                int value = (n & 1) == 0 ? b >> 4 : b & 0x0F;
                int index = n - front;
                if (index < 0 || index >= length)
                {
                    if (value != 0)
                    {
                        throw new IsoFormatException(row.Number, pos + (n >> 1) - origin, IsoError.NonBcdNibble, "the pad nibble is " + value.ToString() + ", expected 0.");
                    }
                }
                else if (value <= 9)
                {
                    scratch[index] = (char)('0' + value);
                }
                else if (track && value == CharacterRules.SeparatorNibble)
                {
                    scratch[index] = '=';
                }
                else
                {
                    throw new IsoFormatException(row.Number, pos + (n >> 1) - origin, IsoError.NonBcdNibble, "nibble " + value.ToString() + " is not a decimal digit" + (track ? " or the separator D." : "."));
                }
            }
        }
    }
}
