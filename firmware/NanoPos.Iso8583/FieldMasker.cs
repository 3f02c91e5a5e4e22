namespace NanoPos.Iso8583
{
    /// <summary>
    /// The text a person may see for a field value (logs, the decode tool, the technician screen), by the
    /// row's <see cref="FieldSensitivity"/>: plain values as they are (binary ones in hex), a PAN as its first
    /// 6 and last 4 digits with '*' between, and secret values (track data, PIN block, keys, ICC data, expiry
    /// date) only as "[secret, N bytes]" — never any of their content.
    /// </summary>
    /// <remarks>
    /// Two safety nets on top of the table: a track (z) field is secret whatever its row says, and a field
    /// without a row (not in the profile) is treated as secret. Allocates the returned string.
    /// </remarks>
    public static class FieldMasker
    {
        /// <summary>
        /// Masks a primary account number: 13 digits or more show the first 6 and the last 4, shorter ones
        /// only the last 4, and 4 or fewer none; every hidden character becomes '*'.
        /// </summary>
        /// <param name="pan">The PAN; null gives an empty string.</param>
        /// <returns>The masked PAN, as long as the PAN ("621234*********4567").</returns>
        public static string MaskPan(string pan)
        {
            if (pan == null)
            {
                return string.Empty;
            }

            // One walk over the string (on the device its indexer walks from the start at every call).
            char[] text = pan.ToCharArray();
            int length = text.Length;
            int head = length >= 13 ? 6 : 0;
            int tail = length > 4 ? 4 : 0;
            for (int i = head; i < length - tail; i++)
            {
                text[i] = '*';
            }

            return new string(text);
        }

        /// <summary>Gets the display text of a text field value.</summary>
        /// <param name="row">The field's row, or null when the profile lacks the field (then treated as secret).</param>
        /// <param name="value">The value; null gives an empty string.</param>
        /// <returns>The value, the masked PAN, or "[secret, N characters]".</returns>
        public static string Mask(FieldDefinition row, string value)
        {
            if (value == null)
            {
                return string.Empty;
            }

            if (IsSecret(row))
            {
                return "[secret, " + value.Length.ToString() + " characters]";
            }

            return row.Sensitivity == FieldSensitivity.Pan ? MaskPan(value) : value;
        }

        /// <summary>Gets the display text of a binary field value.</summary>
        /// <param name="row">The field's row, or null when the profile lacks the field (then treated as secret).</param>
        /// <param name="value">The bytes; null gives an empty string.</param>
        /// <returns>Uppercase hex for plain fields, otherwise "[secret, N bytes]".</returns>
        public static string Mask(FieldDefinition row, byte[] value)
        {
            if (value == null)
            {
                return string.Empty;
            }

            // A binary PAN cannot be cut at digits: it is hidden like a secret.
            if (IsSecret(row) || row.Sensitivity == FieldSensitivity.Pan)
            {
                return "[secret, " + value.Length.ToString() + " bytes]";
            }

            return Hex.ToHex(value);
        }

        /// <summary>Gets the display text of one field of a message.</summary>
        /// <param name="message">The message.</param>
        /// <param name="profile">The profile whose rows say how each field may be shown.</param>
        /// <param name="field">The field number; any int is accepted.</param>
        /// <returns>The display text, or null when the field is absent.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="message"/> or <paramref name="profile"/> is null.</exception>
        public static string Display(IsoMessage message, MessageProfile profile, int field)
        {
            if (message == null)
            {
                throw new System.ArgumentNullException("message");
            }

            if (profile == null)
            {
                throw new System.ArgumentNullException("profile");
            }

            if (!message.Has(field))
            {
                return null;
            }

            FieldDefinition row = profile.GetField(field);
            byte[] bytes = message.GetBytes(field);
            return bytes != null ? Mask(row, bytes) : Mask(row, message.GetString(field));
        }

        private static bool IsSecret(FieldDefinition row)
        {
            return row == null || row.Sensitivity == FieldSensitivity.Secret || row.Content == FieldContent.Track;
        }
    }
}
