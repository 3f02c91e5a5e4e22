using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// An ISO 8583 message: its MTI and the values of fields 2-128. Text fields (n, an, ans, z) hold
    /// strings; binary (b) fields hold byte arrays. Values are checked when the message is packed, against
    /// the profile it is packed with. Reuse one instance with <see cref="Clear"/> to avoid allocation.
    /// </summary>
    /// <remarks>
    /// The message keeps its presence bitmap up to date on every <see cref="Set(int, string)"/>,
    /// <see cref="Remove"/> and <see cref="Clear"/>, so the codec writes the bitmap as it is and visits only the
    /// fields present, instead of asking 128 times per pack whether a field is there.
    /// </remarks>
    public sealed class IsoMessage
    {
        /// <summary>The values by field number (index 0 and 1 unused); the codec reads and, on unpack, fills them.</summary>
        internal readonly object[] Values = new object[129];

        /// <summary>
        /// The fields present, in wire order: byte (n-1)/8, bit 0x80 &gt;&gt; (n-1)%8 for field n. Bit 1 (the
        /// secondary-bitmap flag) is never set here: the codec adds it when a field above 64 is present.
        /// </summary>
        internal readonly byte[] Presence = new byte[16];

        /// <summary>Gets or sets the message type indicator as a number: 200 is "0200" (0 to 9999).</summary>
        public int Mti { get; set; }

        /// <summary>Sets a text field (n, an, ans or z); null removes it.</summary>
        /// <param name="field">The field number, 2 to 128.</param>
        /// <param name="value">The characters, unpadded (padding is the codec's business).</param>
        /// <exception cref="ArgumentOutOfRangeException">The field number is outside 2 to 128.</exception>
        public void Set(int field, string value)
        {
            Put(Check(field), value);
        }

        /// <summary>Sets a binary (b) field; null removes it. The array is kept, not copied.</summary>
        /// <param name="field">The field number, 2 to 128.</param>
        /// <param name="value">The bytes.</param>
        /// <exception cref="ArgumentOutOfRangeException">The field number is outside 2 to 128.</exception>
        public void Set(int field, byte[] value)
        {
            Put(Check(field), value);
        }

        /// <summary>Gets a text field's value, or null when it is absent or binary.</summary>
        /// <param name="field">The field number; any int is accepted.</param>
        public string GetString(int field)
        {
            return field >= 2 && field <= 128 ? Values[field] as string : null;
        }

        /// <summary>Gets a binary field's value, or null when it is absent or text.</summary>
        /// <param name="field">The field number; any int is accepted.</param>
        public byte[] GetBytes(int field)
        {
            return field >= 2 && field <= 128 ? Values[field] as byte[] : null;
        }

        /// <summary>Gets whether a field is present.</summary>
        /// <param name="field">The field number; any int is accepted.</param>
        public bool Has(int field)
        {
            return field >= 2 && field <= 128 && Values[field] != null;
        }

        /// <summary>Removes a field if present.</summary>
        /// <param name="field">The field number, 2 to 128.</param>
        /// <exception cref="ArgumentOutOfRangeException">The field number is outside 2 to 128.</exception>
        public void Remove(int field)
        {
            Put(Check(field), null);
        }

        /// <summary>Removes every field and sets the MTI to 0.</summary>
        public void Clear()
        {
            Array.Clear(Values, 0, Values.Length);
            Array.Clear(Presence, 0, Presence.Length);
            Mti = 0;
        }

        /// <summary>Gets whether a field above 64 is present, so the message needs the secondary bitmap.</summary>
        internal bool HasSecondary()
        {
            byte[] p = Presence;
            return (p[8] | p[9] | p[10] | p[11] | p[12] | p[13] | p[14] | p[15]) != 0;
        }

        /// <summary>
        /// Takes the presence bits of a bitmap read from the wire (bit 1 dropped) after the codec has filled
        /// <see cref="Values"/> for exactly those fields.
        /// </summary>
        internal void AdoptPresence(byte[] bitmap)
        {
            Array.Copy(bitmap, 0, Presence, 0, Presence.Length);
            Presence[0] &= 0x7F;
        }

        private void Put(int field, object value)
        {
            int index = (field - 1) >> 3;
            int bit = 0x80 >> ((field - 1) & 7);
            Presence[index] = (byte)(value == null ? Presence[index] & ~bit : Presence[index] | bit);
            Values[field] = value;
        }

        private static int Check(int field)
        {
            if (field < 2 || field > 128)
            {
                throw new ArgumentOutOfRangeException("field", "Field numbers run from 2 to 128.");
            }

            return field;
        }
    }
}
