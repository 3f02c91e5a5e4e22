using System;
using System.Text;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// Writes one data element (length prefix and value) into the caller's buffer by its table row. It
    /// allocates nothing: a text value is copied out of its string once, as UTF-8, into the codec's scratch
    /// buffer, then checked and written from there. Error offsets are the start of the field (its prefix)
    /// relative to the origin the codec was given.
    /// </summary>
    /// <remarks>
    /// Why the scratch copy: on nanoFramework a string is stored as UTF-8, so its indexer and its Length walk it
    /// from the start on every call, and a loop over <c>text[i]</c> is quadratic. <c>text.Length</c> is read once
    /// and <see cref="Encoding.GetBytes(string, int, int, byte[], int)"/> walks the string once, natively. Every
    /// allowed character is ASCII, one byte in UTF-8, so the bytes up to the first non-ASCII one are the
    /// characters at the same indexes, and that byte is the first invalid character.
    /// </remarks>
    internal static class FieldWriter
    {
        // Created once: on nanoFramework Encoding.UTF8 creates a new encoder at every call.
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding();

        /// <summary>
        /// Writes a field's value and returns the position after it. <paramref name="scratch"/> holds at least
        /// three bytes per character of the row's longest value (the UTF-8 worst case).
        /// </summary>
        internal static int Write(FieldDefinition row, object value, MessageProfile profile, byte[] buffer, int pos, int origin, byte[] scratch)
        {
            int at = pos - origin;
            int prefix = profile.PrefixBytes[row.Id];
            if (row.IsBinary)
            {
                byte[] bytes = value as byte[];
                if (bytes == null)
                {
                    throw new IsoFormatException(row.Id, at, IsoError.InvalidMessage, "the field is binary (b) and needs a byte[] value, not text.");
                }

                int count = bytes.Length;
                if (count != row.Limit && (row.IsFixed || count > row.Limit))
                {
                    throw LengthError(row, count, at);
                }

                if (buffer.Length - pos < prefix + count)
                {
                    throw NoRoom(row, prefix + count, buffer, pos, at);
                }

                WritePrefix(row, prefix, profile, count, buffer, pos);
                Array.Copy(bytes, 0, buffer, pos + prefix, count);
                return pos + prefix + count;
            }

            string text = value as string;
            if (text == null)
            {
                throw new IsoFormatException(row.Id, at, IsoError.InvalidMessage, "the field is " + CharacterRules.ShortName(row.Content) + " and needs a string value, not bytes.");
            }

            int length = text.Length;
            if (length != row.Limit && (row.IsFixed || length > row.Limit))
            {
                throw LengthError(row, length, at);
            }

            Utf8.GetBytes(text, 0, length, scratch, 0);
            int data = row.IsBcd ? (length + 1) / 2 : length;
            if (buffer.Length - pos < prefix + data)
            {
                // A bad character is reported before a short buffer, whatever the encoding.
                CheckCharacters(row, scratch, length, at);
                throw NoRoom(row, prefix + data, buffer, pos, at);
            }

            WritePrefix(row, prefix, profile, length, buffer, pos);
            pos += prefix;
            if (row.IsBcd)
            {
                WriteBcd(row, scratch, length, buffer, pos, at);
            }
            else
            {
                CheckCharacters(row, scratch, length, at);
                Array.Copy(scratch, 0, buffer, pos, length);
            }

            return pos + data;
        }

        /// <summary>Gets the unit a row's lengths count, for messages.</summary>
        internal static string Unit(FieldDefinition row)
        {
            switch (row.Content)
            {
                case FieldContent.Binary:
                    return " bytes";
                case FieldContent.Numeric:
                case FieldContent.Track:
                    return " digits";
                default:
                    return " characters";
            }
        }

        private static IsoFormatException LengthError(FieldDefinition row, int length, int at)
        {
            return row.IsFixed
                ? new IsoFormatException(row.Id, at, IsoError.ValueTooLong, "the value is " + length.ToString() + Unit(row) + " long; the field is fixed at " + row.Limit.ToString() + ".")
                : new IsoFormatException(row.Id, at, IsoError.ValueTooLong, "the value is " + length.ToString() + Unit(row) + " long; the field allows at most " + row.Limit.ToString() + ".");
        }

        private static IsoFormatException NoRoom(FieldDefinition row, int needed, byte[] buffer, int pos, int at)
        {
            return new IsoFormatException(row.Id, at, IsoError.BufferTooSmall, "the field needs " + needed.ToString() + " bytes, the buffer has " + (buffer.Length - pos).ToString() + " left.");
        }

        private static void WritePrefix(FieldDefinition row, int prefix, MessageProfile profile, int length, byte[] buffer, int pos)
        {
            if (prefix > 0)
            {
                LengthPrefix.Write(row.LengthKind, profile.LengthPrefixEncoding, length, buffer, pos);
            }
        }

        /// <summary>
        /// Checks the characters of a text value (as ASCII bytes in <paramref name="chars"/>); in a z field the
        /// separator aliases 'D' and 'd' become '=' in place, which is how ASCII writes them.
        /// </summary>
        private static void CheckCharacters(FieldDefinition row, byte[] chars, int length, int at)
        {
            byte[] classes = CharacterRules.Classes;
            int mask = row.PackMask;
            for (int i = 0; i < length; i++)
            {
                int c = chars[i];
                if (c >= 128 || (classes[c] & mask) == 0)
                {
                    throw InvalidCharacter(row, c, i, at);
                }
            }

            if (row.IsTrack)
            {
                for (int i = 0; i < length; i++)
                {
                    if (chars[i] == 'D' || chars[i] == 'd')
                    {
                        chars[i] = (byte)'=';
                    }
                }
            }
        }

        /// <summary>
        /// Checks and packs n or z characters (ASCII bytes in <paramref name="chars"/>) two per byte, in one pass.
        /// An odd count gets one 0 pad nibble: first when right-aligned (PadLeft), last when left-aligned.
        /// </summary>
        private static void WriteBcd(FieldDefinition row, byte[] chars, int length, byte[] buffer, int pos, int at)
        {
            int i = 0;
            int digit;
            if ((length & 1) == 1 && row.PadsFirst)
            {
                digit = chars[0] - '0';
                buffer[pos++] = (byte)((uint)digit <= 9 ? digit : Nibble(row, chars, 0, at));
                i = 1;
            }

            // Two characters per byte; a digit is checked by one unsigned compare, anything else takes the call.
            int pairsEnd = i + ((length - i) & ~1);
            while (i < pairsEnd)
            {
                int high = chars[i] - '0';
                if ((uint)high > 9)
                {
                    high = Nibble(row, chars, i, at);
                }

                int low = chars[i + 1] - '0';
                if ((uint)low > 9)
                {
                    low = Nibble(row, chars, i + 1, at);
                }

                buffer[pos++] = (byte)((high << 4) | low);
                i += 2;
            }

            if (i < length)
            {
                digit = chars[i] - '0';
                buffer[pos] = (byte)(((uint)digit <= 9 ? digit : Nibble(row, chars, i, at)) << 4);
            }
        }

        /// <summary>The nibble of a character that is not a digit: the separator in a z field, otherwise an error.</summary>
        private static int Nibble(FieldDefinition row, byte[] chars, int index, int at)
        {
            int c = chars[index];
            if (c >= 128 || (CharacterRules.Classes[c] & row.PackMask) == 0)
            {
                throw InvalidCharacter(row, c, index, at);
            }

            // The only characters besides digits that a z field allows: '=' and its aliases 'D' and 'd'.
            return CharacterRules.SeparatorNibble;
        }

        private static IsoFormatException InvalidCharacter(FieldDefinition row, int c, int index, int at)
        {
            // Only plain fields echo the character: an error message may end up in a log.
            string which = row.Sensitivity == FieldSensitivity.Plain && c >= ' ' && c <= '~'
                ? "the character '" + ((char)c).ToString() + "' at index " + index.ToString()
                : "the character at index " + index.ToString();
            return new IsoFormatException(row.Id, at, IsoError.InvalidCharacter, which + " is not allowed in an " + CharacterRules.ShortName(row.Content) + " field.");
        }
    }
}
