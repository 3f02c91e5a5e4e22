using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// An ISO 8583 message: its MTI and the values of fields 2-128. Text fields (n, an, ans, z) hold
    /// strings; binary (b) fields hold byte arrays. Values are checked when the message is packed, against
    /// the profile it is packed with. Reuse one instance with <see cref="Clear"/> to avoid allocation.
    /// </summary>
    public sealed class IsoMessage
    {
        private readonly object[] _values = new object[129];

        /// <summary>Gets or sets the message type indicator as a number: 200 is "0200" (0 to 9999).</summary>
        public int Mti { get; set; }

        /// <summary>Sets a text field (n, an, ans or z); null removes it.</summary>
        /// <param name="field">The field number, 2 to 128.</param>
        /// <param name="value">The characters, unpadded (padding is the codec's business).</param>
        /// <exception cref="ArgumentOutOfRangeException">The field number is outside 2 to 128.</exception>
        public void Set(int field, string value)
        {
            _values[Check(field)] = value;
        }

        /// <summary>Sets a binary (b) field; null removes it. The array is kept, not copied.</summary>
        /// <param name="field">The field number, 2 to 128.</param>
        /// <param name="value">The bytes.</param>
        /// <exception cref="ArgumentOutOfRangeException">The field number is outside 2 to 128.</exception>
        public void Set(int field, byte[] value)
        {
            _values[Check(field)] = value;
        }

        /// <summary>Gets a text field's value, or null when it is absent or binary.</summary>
        /// <param name="field">The field number; any int is accepted.</param>
        public string GetString(int field)
        {
            return field >= 2 && field <= 128 ? _values[field] as string : null;
        }

        /// <summary>Gets a binary field's value, or null when it is absent or text.</summary>
        /// <param name="field">The field number; any int is accepted.</param>
        public byte[] GetBytes(int field)
        {
            return field >= 2 && field <= 128 ? _values[field] as byte[] : null;
        }

        /// <summary>Gets whether a field is present.</summary>
        /// <param name="field">The field number; any int is accepted.</param>
        public bool Has(int field)
        {
            return field >= 2 && field <= 128 && _values[field] != null;
        }

        /// <summary>Removes a field if present.</summary>
        /// <param name="field">The field number, 2 to 128.</param>
        /// <exception cref="ArgumentOutOfRangeException">The field number is outside 2 to 128.</exception>
        public void Remove(int field)
        {
            _values[Check(field)] = null;
        }

        /// <summary>Removes every field and sets the MTI to 0.</summary>
        public void Clear()
        {
            Array.Clear(_values, 0, _values.Length);
            Mti = 0;
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
