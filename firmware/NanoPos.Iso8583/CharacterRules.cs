namespace NanoPos.Iso8583
{
    /// <summary>
    /// Which characters each content type allows, as a table of character classes per ASCII code, and how digits
    /// and the track separator map to BCD nibbles. Shared by the pack and unpack sides so both apply the same rules.
    /// </summary>
    /// <remarks>
    /// The codec checks a character as <c>c &lt; 128 &amp;&amp; (Classes[c] &amp; mask) != 0</c>, inline in its loops,
    /// with the mask of the field's row (<see cref="PackMask"/>, <see cref="UnpackMask"/>): the nanoFramework
    /// interpreter inlines no method, and a call plus a switch per character cost more than the rest of the loop.
    /// Every allowed character is ASCII, so the codec may check the UTF-8 bytes of a value instead of its characters.
    /// </remarks>
    internal static class CharacterRules
    {
        /// <summary>The BCD nibble of the track separator '='.</summary>
        internal const int SeparatorNibble = 0xD;

        /// <summary>Class of '0' to '9'.</summary>
        internal const int Digit = 1;

        /// <summary>Class of 'A' to 'Z' and 'a' to 'z'.</summary>
        internal const int Letter = 2;

        /// <summary>Class of the printable ASCII characters 0x20 to 0x7E.</summary>
        internal const int Printable = 4;

        /// <summary>Class of the track separator '='.</summary>
        internal const int Separator = 8;

        /// <summary>Class of 'D' and 'd', accepted on pack as the track separator (EMV tag 57 writes it so).</summary>
        internal const int SeparatorAlias = 16;

        /// <summary>The classes of each ASCII code 0 to 127 (a bit set of the constants above).</summary>
        internal static readonly byte[] Classes = BuildClasses();

        /// <summary>
        /// Gets the classes a value character may have on the pack side: n digits; z digits, '=' and its aliases
        /// 'D'/'d'; an letters and digits; ans ASCII 0x20-0x7E.
        /// </summary>
        internal static int PackMask(FieldContent content)
        {
            return content == FieldContent.Track ? Digit | Separator | SeparatorAlias : UnpackMask(content);
        }

        /// <summary>Gets the classes a character read from the wire may have (z: digits and '=' only).</summary>
        internal static int UnpackMask(FieldContent content)
        {
            switch (content)
            {
                case FieldContent.Numeric:
                    return Digit;
                case FieldContent.Track:
                    return Digit | Separator;
                case FieldContent.AlphaNumeric:
                    return Digit | Letter;
                case FieldContent.AlphaNumericSpecial:
                    return Printable;
                default:
                    return 0;
            }
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

        private static byte[] BuildClasses()
        {
            byte[] classes = new byte[128];
            for (int c = ' '; c <= '~'; c++)
            {
                int bits = Printable;
                if (c >= '0' && c <= '9')
                {
                    bits |= Digit;
                }
                else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
                {
                    bits |= Letter;
                }

                if (c == '=')
                {
                    bits |= Separator;
                }

                if (c == 'D' || c == 'd')
                {
                    bits |= SeparatorAlias;
                }

                classes[c] = (byte)bits;
            }

            return classes;
        }
    }
}
