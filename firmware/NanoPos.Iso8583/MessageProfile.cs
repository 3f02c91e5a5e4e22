using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// A dialect of ISO 8583: the field table plus how the MTI, the bitmaps, the length prefixes and the
    /// frame are written. The codec is the same for every profile; only this data changes.
    /// </summary>
    public sealed class MessageProfile
    {
        /// <summary>The rows by field number (null where the profile has none), read directly by the codec.</summary>
        internal readonly FieldDefinition[] Rows = new FieldDefinition[129];

        /// <summary>The wire size in bytes of each field's length prefix (0 for fixed fields), by field number.</summary>
        internal readonly int[] PrefixBytes = new int[129];

        /// <summary>
        /// The fields the profile defines as a bitmap in wire order (byte (n-1)/8, bit 0x80 &gt;&gt; (n-1)%8 for field n),
        /// so unpack checks a received bitmap against the table 8 fields at a time.
        /// </summary>
        internal readonly byte[] Defined = new byte[16];

        /// <summary>Creates a profile from its rows.</summary>
        /// <param name="name">A short name for messages ("CUP terminal").</param>
        /// <param name="mtiEncoding">BCD (2 bytes) or ASCII (4 bytes).</param>
        /// <param name="bitmapEncoding">Binary or ASCII hex.</param>
        /// <param name="lengthPrefixEncoding">How LL and LLL prefixes are written: BCD (1 or 2 bytes) or ASCII (2 or 3 bytes).</param>
        /// <param name="lengthHeader">How a frame announces its length.</param>
        /// <param name="tpduLength">The bytes of transport header (TPDU) after the length, 0 when there is none.</param>
        /// <param name="fields">The rows; each number at most once.</param>
        /// <exception cref="ArgumentException">A row is null or a number repeats.</exception>
        public MessageProfile(string name, FieldEncoding mtiEncoding, BitmapEncoding bitmapEncoding, FieldEncoding lengthPrefixEncoding, LengthHeader lengthHeader, int tpduLength, FieldDefinition[] fields)
        {
            if (fields == null)
            {
                throw new ArgumentNullException("fields");
            }

            for (int i = 0; i < fields.Length; i++)
            {
                FieldDefinition f = fields[i];
                if (f == null || Rows[f.Number] != null)
                {
                    throw new ArgumentException("Profile " + name + ": row " + i.ToString() + " is null or repeats a field number.");
                }

                int n = f.Number;
                Rows[n] = f;
                PrefixBytes[n] = LengthPrefix.Size(f.LengthKind, lengthPrefixEncoding);
                Defined[(n - 1) >> 3] |= (byte)(0x80 >> ((n - 1) & 7));
            }

            Name = name;
            MtiEncoding = mtiEncoding;
            BitmapEncoding = bitmapEncoding;
            LengthPrefixEncoding = lengthPrefixEncoding;
            LengthHeader = lengthHeader;
            TpduLength = tpduLength;
        }

        /// <summary>Gets the profile's short name.</summary>
        public string Name { get; }

        /// <summary>Gets how the MTI is written (BCD: 2 bytes, ASCII: 4 bytes).</summary>
        public FieldEncoding MtiEncoding { get; }

        /// <summary>Gets how the bitmaps are written.</summary>
        public BitmapEncoding BitmapEncoding { get; }

        /// <summary>Gets how LL and LLL length prefixes are written.</summary>
        public FieldEncoding LengthPrefixEncoding { get; }

        /// <summary>Gets how a frame announces its length.</summary>
        public LengthHeader LengthHeader { get; }

        /// <summary>Gets the TPDU length in bytes (0 when the frame has none).</summary>
        public int TpduLength { get; }

        /// <summary>Gets the row of a field, or null when the profile does not define it.</summary>
        /// <param name="number">The field number; any int is accepted.</param>
        public FieldDefinition GetField(int number)
        {
            return number >= 2 && number <= 128 ? Rows[number] : null;
        }
    }
}
