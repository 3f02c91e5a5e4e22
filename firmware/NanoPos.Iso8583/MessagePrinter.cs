using System;
using NanoPos.Hal;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// Prints a message field by field for people, every value through <see cref="FieldMasker"/>: one line
    /// for the MTI, one for the bitmap, then one per field ("  2  Primary account number   621234******4567").
    /// Used by the device log and by <c>nanopos decode</c>; also names <see cref="IsoError"/> values, since
    /// an enum prints as a number on the device. Allocates (not a hot path).
    /// </summary>
    public static class MessagePrinter
    {
        /// <summary>The width the field names are padded to, in characters.</summary>
        public const int NameWidth = 46;

        /// <summary>Gets the lines describing a message: MTI, bitmap, then each present field in ascending order.</summary>
        /// <param name="message">The message.</param>
        /// <param name="profile">The profile giving names and sensitivities (fields it lacks are shown as secret).</param>
        /// <returns>The lines, without line ends.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static string[] Lines(IsoMessage message, MessageProfile profile)
        {
            if (message == null)
            {
                throw new ArgumentNullException("message");
            }

            if (profile == null)
            {
                throw new ArgumentNullException("profile");
            }

            int count = 0;
            for (int f = 2; f <= 128; f++)
            {
                count += message.Has(f) ? 1 : 0;
            }

            string[] lines = StringArray.Create(count + 2);
            string mti = message.Mti >= 0 && message.Mti <= 9999 ? Mti.Format(message.Mti) : message.Mti.ToString();
            lines[0] = "MTI     " + mti + "  " + Mti.Describe(message.Mti);
            lines[1] = "bitmap  " + BitmapHex(message);
            int next = 2;
            for (int f = 2; f <= 128; f++)
            {
                if (message.Has(f))
                {
                    lines[next++] = FieldLine(message, profile, f);
                }
            }

            return lines;
        }

        /// <summary>Prints a message: <see cref="Lines"/> joined with '\n', ending with one.</summary>
        /// <param name="message">The message.</param>
        /// <param name="profile">The profile giving names and sensitivities.</param>
        /// <returns>The text.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static string Print(IsoMessage message, MessageProfile profile)
        {
            string[] lines = Lines(message, profile);
            string[] parts = StringArray.Create(lines.Length * 2);
            for (int i = 0; i < lines.Length; i++)
            {
                parts[2 * i] = lines[i];
                parts[(2 * i) + 1] = "\n";
            }

            return string.Concat(parts);
        }

        /// <summary>Gets the line of one field: number, name, masked value.</summary>
        /// <param name="message">The message.</param>
        /// <param name="profile">The profile giving the name and sensitivity.</param>
        /// <param name="field">The field number; any int is accepted.</param>
        /// <returns>The line, or null when the field is absent.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static string FieldLine(IsoMessage message, MessageProfile profile, int field)
        {
            string value = FieldMasker.Display(message, profile, field);
            if (value == null)
            {
                return null;
            }

            FieldDefinition row = profile.GetField(field);
            string name = row != null ? row.Name : "(not in profile " + profile.Name + ")";
            string number = field.ToString();
            return "   ".Substring(number.Length) + number + "  " + name.PadRight(NameWidth, ' ') + " " + value;
        }

        /// <summary>Gets the name of an error kind, the same on the device as on the desktop ("Truncated").</summary>
        /// <param name="reason">The error kind.</param>
        /// <returns>Its name, or its number for a value the enum does not define.</returns>
        public static string ReasonName(IsoError reason)
        {
            switch (reason)
            {
                case IsoError.Truncated:
                    return "Truncated";
                case IsoError.NonBcdNibble:
                    return "NonBcdNibble";
                case IsoError.ValueTooLong:
                    return "ValueTooLong";
                case IsoError.InvalidCharacter:
                    return "InvalidCharacter";
                case IsoError.FieldNotInProfile:
                    return "FieldNotInProfile";
                case IsoError.TrailingBytes:
                    return "TrailingBytes";
                case IsoError.FrameLengthMismatch:
                    return "FrameLengthMismatch";
                case IsoError.InvalidLength:
                    return "InvalidLength";
                case IsoError.BufferTooSmall:
                    return "BufferTooSmall";
                case IsoError.InvalidMessage:
                    return "InvalidMessage";
                default:
                    return ((int)reason).ToString();
            }
        }

        /// <summary>
        /// Describes a codec error for people: reason, the part (with the field's name when the profile has
        /// it), the byte offset and the detail, e.g. "Truncated: field 4 (Amount, transaction) at byte 30: the
        /// value needs 6 bytes, 2 remain."
        /// </summary>
        /// <param name="error">The error.</param>
        /// <param name="profile">The profile, for the field name; may be null.</param>
        /// <returns>One line.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
        public static string Describe(IsoFormatException error, MessageProfile profile)
        {
            if (error == null)
            {
                throw new ArgumentNullException("error");
            }

            string part;
            switch (error.Field)
            {
                case IsoFormatException.FrameField:
                    part = "frame header";
                    break;
                case IsoFormatException.MtiField:
                    part = "MTI";
                    break;
                case IsoFormatException.BitmapField:
                    part = "bitmap";
                    break;
                default:
                    FieldDefinition row = profile != null ? profile.GetField(error.Field) : null;
                    part = "field " + error.Field.ToString() + (row != null ? " (" + row.Name + ")" : string.Empty);
                    break;
            }

            return ReasonName(error.Reason) + ": " + part + " at byte " + error.Offset.ToString() + ": " + error.Detail;
        }

        private static string BitmapHex(IsoMessage message)
        {
            byte[] bitmap = new byte[16];
            int length = BitmapCodec.Write(message.Presence, message.HasSecondary(), BitmapEncoding.Binary, bitmap, 0, 0);
            return Hex.ToHex(bitmap, 0, length);
        }
    }
}
