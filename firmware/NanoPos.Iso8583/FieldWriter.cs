using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// Writes one data element (length prefix and value) into the caller's buffer by its table row. It
    /// allocates nothing on success: BCD is written nibble by nibble from the string's characters. Error
    /// offsets are the start of the field (its prefix) relative to the origin the codec was given.
    /// </summary>
    internal static class FieldWriter
    {
        /// <summary>Writes a field of a message and returns the position after it.</summary>
        internal static int Write(FieldDefinition row, IsoMessage message, MessageProfile profile, byte[] buffer, int pos, int origin)
        {
            int field = row.Number;
            int at = pos - origin;
            string text = message.GetString(field);
            byte[] bytes = message.GetBytes(field);
            bool binary = row.Content == FieldContent.Binary;
            if (binary && bytes == null)
            {
                throw new IsoFormatException(field, at, IsoError.InvalidMessage, "the field is binary (b) and needs a byte[] value, not text.");
            }

            if (!binary && text == null)
            {
                throw new IsoFormatException(field, at, IsoError.InvalidMessage, "the field is " + CharacterRules.ShortName(row.Content) + " and needs a string value, not bytes.");
            }

            int length = binary ? bytes.Length : text.Length;
            CheckLength(row, length, at);
            if (!binary)
            {
                CheckCharacters(row, text, at);
            }

            int prefix = LengthPrefix.Size(row.LengthKind, profile.LengthPrefixEncoding);
            int data = row.Encoding == FieldEncoding.Bcd ? (length + 1) / 2 : length;
            if (buffer.Length - pos < prefix + data)
            {
                throw new IsoFormatException(field, at, IsoError.BufferTooSmall, "the field needs " + (prefix + data).ToString() + " bytes, the buffer has " + (buffer.Length - pos).ToString() + " left.");
            }

            LengthPrefix.Write(row.LengthKind, profile.LengthPrefixEncoding, length, buffer, pos);
            pos += prefix;
            if (row.Encoding == FieldEncoding.Bcd)
            {
                WriteBcd(row, text, length, buffer, pos);
            }
            else if (binary)
            {
                Array.Copy(bytes, 0, buffer, pos, length);
            }
            else
            {
                for (int i = 0; i < length; i++)
                {
                    buffer[pos + i] = CharacterRules.AsciiOf(row.Content, text[i]);
                }
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

        private static void CheckLength(FieldDefinition row, int length, int at)
        {
            if (row.LengthKind == LengthKind.Fixed && length != row.MaxLength)
            {
                throw new IsoFormatException(row.Number, at, IsoError.ValueTooLong, "the value is " + length.ToString() + Unit(row) + " long; the field is fixed at " + row.MaxLength.ToString() + ".");
            }

            if (length > row.MaxLength)
            {
                throw new IsoFormatException(row.Number, at, IsoError.ValueTooLong, "the value is " + length.ToString() + Unit(row) + " long; the field allows at most " + row.MaxLength.ToString() + ".");
            }
        }

        private static void CheckCharacters(FieldDefinition row, string text, int at)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!CharacterRules.IsAllowedOnPack(row.Content, c))
                {
                    // Only plain fields echo the character: an error message may end up in a log.
                    string which = row.Sensitivity == FieldSensitivity.Plain && c >= ' ' && c <= '~'
                        ? "the character '" + c.ToString() + "' at index " + i.ToString()
                        : "the character at index " + i.ToString();
                    throw new IsoFormatException(row.Number, at, IsoError.InvalidCharacter, which + " is not allowed in an " + CharacterRules.ShortName(row.Content) + " field.");
                }
            }
        }

        private static void WriteBcd(FieldDefinition row, string text, int length, byte[] buffer, int pos)
        {
            // An odd count gets one 0 pad nibble: first when right-aligned (PadLeft), last when left-aligned.
            int front = (length & 1) == 1 && row.Padding == FieldPadding.PadLeft ? 1 : 0;
            int bytes = (length + 1) / 2;
            for (int b = 0; b < bytes; b++)
            {
                int first = (2 * b) - front;
                int high = first >= 0 && first < length ? CharacterRules.NibbleOf(text[first]) : 0;
                int low = first + 1 < length ? CharacterRules.NibbleOf(text[first + 1]) : 0;
                buffer[pos + b] = (byte)((high << 4) | low);
            }
        }
    }
}
