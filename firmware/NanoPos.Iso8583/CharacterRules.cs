namespace NanoPos.Iso8583
{
    /// <summary>
    /// Which characters each content type allows, and how digits and the track separator map to BCD
    /// nibbles. Shared by the pack and unpack sides so both apply the same rules.
    /// </summary>
    internal static class CharacterRules
    {
        /// <summary>The BCD nibble of the track separator '='.</summary>
        internal const int SeparatorNibble = 0xD;

        /// <summary>
        /// Tells whether a value character is allowed on the pack side: n digits; z digits, '=' and its
        /// aliases 'D'/'d'; an letters and digits; ans ASCII 0x20-0x7E.
        /// </summary>
        internal static bool IsAllowedOnPack(FieldContent content, char c)
        {
            if (content == FieldContent.Track && (c == 'D' || c == 'd'))
            {
                return true;
            }

            return IsAllowedOnUnpack(content, c);
        }

        /// <summary>Tells whether a character read from the wire is allowed (z: digits and '=' only).</summary>
        internal static bool IsAllowedOnUnpack(FieldContent content, char c)
        {
            switch (content)
            {
                case FieldContent.Numeric:
                    return c >= '0' && c <= '9';
                case FieldContent.Track:
                    return (c >= '0' && c <= '9') || c == '=';
                case FieldContent.AlphaNumeric:
                    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                case FieldContent.AlphaNumericSpecial:
                    return c >= ' ' && c <= '~';
                default:
                    return false;
            }
        }

        /// <summary>The nibble a checked n or z character packs to.</summary>
        internal static int NibbleOf(char c)
        {
            return c >= '0' && c <= '9' ? c - '0' : SeparatorNibble;
        }

        /// <summary>The character a value character is written as in ASCII ('D'/'d' in a z field become '=').</summary>
        internal static byte AsciiOf(FieldContent content, char c)
        {
            return content == FieldContent.Track && (c == 'D' || c == 'd') ? (byte)'=' : (byte)c;
        }

        /// <summary>The short ISO name of a content type, for messages ("n", "an", ...).</summary>
        internal static string ShortName(FieldContent content)
        {
            switch (content)
            {
                case FieldContent.Numeric:
                    return "n";
                case FieldContent.AlphaNumeric:
                    return "an";
                case FieldContent.AlphaNumericSpecial:
                    return "ans";
                case FieldContent.Binary:
                    return "b";
                case FieldContent.Track:
                    return "z";
                default:
                    return "?";
            }
        }
    }
}
