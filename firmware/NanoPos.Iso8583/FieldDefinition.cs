using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// One row of a profile's field table: everything the codec needs to pack, unpack and show one data
    /// element. Rows are immutable.
    /// </summary>
    public sealed class FieldDefinition
    {
        /// <summary>Creates a row.</summary>
        /// <param name="number">The data element number, 2 to 128.</param>
        /// <param name="name">A short English name, for the decode tool and error messages.</param>
        /// <param name="content">The content type (n, an, ans, b, z).</param>
        /// <param name="lengthKind">Fixed, LLVAR or LLLVAR.</param>
        /// <param name="maxLength">For fixed fields the exact length, otherwise the maximum: in characters
        /// (digits for n and z), or in bytes for b fields.</param>
        /// <param name="encoding">How the content is written: BCD for n and z, ASCII for an/ans (and n in the
        /// ASCII profile), Binary for b.</param>
        /// <param name="padding">Where the pad nibble of an odd-length BCD value goes; ignored for other encodings.</param>
        /// <param name="sensitivity">How the field may be shown to a person.</param>
        /// <exception cref="ArgumentException">The combination is invalid (see the checks in the body).</exception>
        public FieldDefinition(int number, string name, FieldContent content, LengthKind lengthKind, int maxLength, FieldEncoding encoding, FieldPadding padding, FieldSensitivity sensitivity)
        {
            if (number < 2 || number > 128)
            {
                throw new ArgumentException("Field numbers run from 2 to 128; 1 is the secondary bitmap.");
            }

            int limit = lengthKind == LengthKind.LlVar ? 99 : 999;
            if (maxLength < 1 || maxLength > limit)
            {
                throw new ArgumentException("Field " + number.ToString() + ": maximum length " + maxLength.ToString() + " is outside 1.." + limit.ToString() + ".");
            }

            bool binaryContent = content == FieldContent.Binary;
            bool binaryEncoding = encoding == FieldEncoding.Binary;
            if (binaryContent != binaryEncoding)
            {
                throw new ArgumentException("Field " + number.ToString() + ": binary content and binary encoding go together.");
            }

            if (encoding == FieldEncoding.Bcd && content != FieldContent.Numeric && content != FieldContent.Track)
            {
                throw new ArgumentException("Field " + number.ToString() + ": only n and z fields can be BCD.");
            }

            Number = number;
            Name = name;
            Content = content;
            LengthKind = lengthKind;
            MaxLength = maxLength;
            Encoding = encoding;
            Padding = padding;
            Sensitivity = sensitivity;
            Id = number;
            Limit = maxLength;
            IsFixed = lengthKind == LengthKind.Fixed;
            IsBinary = binaryContent;
            IsBcd = encoding == FieldEncoding.Bcd;
            IsTrack = content == FieldContent.Track;
            PadsFirst = padding == FieldPadding.PadLeft;
            PackMask = CharacterRules.PackMask(content);
            UnpackMask = CharacterRules.UnpackMask(content);
        }

        // What the codec reads for every field it packs or unpacks, as fields: the nanoFramework interpreter runs
        // every property getter as a call (it inlines nothing), and the codec would make about ten such calls per field.

        /// <summary>The data element number (as <see cref="Number"/>).</summary>
        internal readonly int Id;

        /// <summary>The exact or maximum length (as <see cref="MaxLength"/>).</summary>
        internal readonly int Limit;

        /// <summary>Whether the length is fixed (no prefix on the wire).</summary>
        internal readonly bool IsFixed;

        /// <summary>Whether the content is b: the value is a byte[], written as it is.</summary>
        internal readonly bool IsBinary;

        /// <summary>Whether the value is written as packed BCD.</summary>
        internal readonly bool IsBcd;

        /// <summary>Whether the content is z (track data, with the separator '=').</summary>
        internal readonly bool IsTrack;

        /// <summary>Whether an odd-length BCD value puts its pad nibble first (right-aligned numbers).</summary>
        internal readonly bool PadsFirst;

        /// <summary>The <see cref="CharacterRules"/> classes a character may have on pack.</summary>
        internal readonly int PackMask;

        /// <summary>The <see cref="CharacterRules"/> classes a character may have on unpack.</summary>
        internal readonly int UnpackMask;

        /// <summary>Gets the data element number, 2 to 128.</summary>
        public int Number { get; }

        /// <summary>Gets the short English name.</summary>
        public string Name { get; }

        /// <summary>Gets the content type.</summary>
        public FieldContent Content { get; }

        /// <summary>Gets how the length is known.</summary>
        public LengthKind LengthKind { get; }

        /// <summary>Gets the exact (fixed) or maximum (variable) length, in characters, or in bytes for b fields.</summary>
        public int MaxLength { get; }

        /// <summary>Gets how the content is written on the wire.</summary>
        public FieldEncoding Encoding { get; }

        /// <summary>Gets where the pad nibble of an odd-length BCD value goes.</summary>
        public FieldPadding Padding { get; }

        /// <summary>Gets how the field may be shown to a person.</summary>
        public FieldSensitivity Sensitivity { get; }
    }
}
