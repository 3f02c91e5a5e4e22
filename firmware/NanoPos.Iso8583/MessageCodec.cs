using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// Packs and unpacks ISO 8583 messages (MTI, bitmaps, fields) by a <see cref="MessageProfile"/>'s
    /// table. Pack writes into a caller buffer and allocates nothing; unpack allocates only the field
    /// values it returns. Every malformed input raises <see cref="IsoFormatException"/>.
    /// </summary>
    /// <remarks>
    /// Unpack assembles characters in one scratch buffer per codec (as long as the profile's longest text
    /// field) and pack copies each text value out of its string into another (three bytes per character, the
    /// UTF-8 worst case); each is guarded by a lock, so one codec may be shared between threads. Both visit only
    /// the fields present, 8 bitmap bits at a time. Every read is checked against the end of the given range:
    /// whatever the bytes, the result is a message or an <see cref="IsoFormatException"/>, never an index error
    /// or a loop without end.
    /// </remarks>
    public sealed class MessageCodec
    {
        private readonly MessageProfile _profile;
        private readonly char[] _scratch;
        private readonly byte[] _bitmap = new byte[BitmapCodec.Bytes];
        private readonly byte[] _packScratch;

        /// <summary>Creates a codec for a profile.</summary>
        /// <param name="profile">The profile whose table drives the codec.</param>
        public MessageCodec(MessageProfile profile)
        {
            if (profile == null)
            {
                throw new ArgumentNullException("profile");
            }

            _profile = profile;
            int longest = 1;
            for (int f = 2; f <= 128; f++)
            {
                FieldDefinition row = profile.GetField(f);
                if (row != null && row.Content != FieldContent.Binary && row.MaxLength > longest)
                {
                    longest = row.MaxLength;
                }
            }

            _scratch = new char[longest];

            // A text value is copied out of its string as UTF-8 before it is checked: up to 3 bytes per character.
            _packScratch = new byte[longest * 3];
        }

        /// <summary>Gets the profile this codec packs and unpacks with.</summary>
        public MessageProfile Profile
        {
            get { return _profile; }
        }

        /// <summary>Writes a message (MTI, bitmap(s), fields in ascending order) into a buffer.</summary>
        /// <param name="message">The message.</param>
        /// <param name="buffer">The output buffer.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="message"/> or <paramref name="buffer"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> lies outside the buffer.</exception>
        /// <exception cref="IsoFormatException">A value does not fit its field, a field is not in the
        /// profile, or the buffer is too small; offsets are relative to <paramref name="offset"/> (the start
        /// of the part that could not be written). The buffer's content is then undefined.</exception>
        public int Pack(IsoMessage message, byte[] buffer, int offset)
        {
            CheckPackArguments(message, buffer, offset);
            return PackAt(message, buffer, offset, offset);
        }

        /// <summary>Reads one message that occupies exactly the given range into <paramref name="into"/> (cleared first).</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">The first byte of the message.</param>
        /// <param name="count">The message length in bytes; every byte must belong to the message.</param>
        /// <param name="into">The message to fill.</param>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> or <paramref name="into"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range lies outside the buffer.</exception>
        /// <exception cref="IsoFormatException">The bytes are not a valid message of this profile; offsets are
        /// relative to <paramref name="offset"/>. <paramref name="into"/> is left cleared.</exception>
        public void Unpack(byte[] buffer, int offset, int count, IsoMessage into)
        {
            CheckUnpackArguments(buffer, offset, count, into);
            UnpackAt(buffer, offset, offset + count, offset, into);
        }

        /// <summary>Checks the arguments of a pack call (programming errors, not message errors).</summary>
        internal static void CheckPackArguments(IsoMessage message, byte[] buffer, int offset)
        {
            if (message == null)
            {
                throw new ArgumentNullException("message");
            }

            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || offset > buffer.Length)
            {
                throw new ArgumentOutOfRangeException("offset", "The offset lies outside the buffer.");
            }
        }

        /// <summary>Checks the arguments of an unpack call (programming errors, not message errors).</summary>
        internal static void CheckUnpackArguments(byte[] buffer, int offset, int count, IsoMessage into)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (into == null)
            {
                throw new ArgumentNullException("into");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count", "The range (offset " + offset.ToString() + ", count " + count.ToString() + ") lies outside a buffer of " + buffer.Length.ToString() + " bytes.");
            }
        }

        /// <summary>Packs at <paramref name="start"/>, reporting error offsets from <paramref name="origin"/>; returns the bytes written.</summary>
        internal int PackAt(IsoMessage message, byte[] buffer, int start, int origin)
        {
            int pos = MtiCodec.Write(message.Mti, _profile.MtiEncoding, buffer, start, origin);
            byte[] presence = message.Presence;
            bool secondary = message.HasSecondary();
            pos = BitmapCodec.Write(presence, secondary, _profile.BitmapEncoding, buffer, pos, origin);
            FieldDefinition[] rows = _profile.Rows;
            object[] values = message.Values;
            int maps = secondary ? 16 : 8;
            lock (_packScratch)
            {
                // Only the fields present: the presence bytes, 8 fields each, in ascending field order.
                for (int i = 0; i < maps; i++)
                {
                    int bits = presence[i];
                    for (int f = (i << 3) + 1; bits != 0; f++)
                    {
                        if ((bits & 0x80) != 0)
                        {
                            FieldDefinition row = rows[f];
                            if (row == null)
                            {
                                throw new IsoFormatException(f, pos - origin, IsoError.FieldNotInProfile, "profile " + _profile.Name + " has no field " + f.ToString() + ".");
                            }

                            pos = FieldWriter.Write(row, values[f], _profile, buffer, pos, origin, _packScratch);
                        }

                        bits = (bits << 1) & 0xFF;
                    }
                }
            }

            return pos - start;
        }

        /// <summary>Unpacks the range [start, end), reporting error offsets from <paramref name="origin"/>.</summary>
        internal void UnpackAt(byte[] buffer, int start, int end, int origin, IsoMessage into)
        {
            into.Clear();
            try
            {
                lock (_scratch)
                {
                    UnpackLocked(buffer, start, end, origin, into);
                }
            }
            catch (IsoFormatException)
            {
                into.Clear();
                throw;
            }
        }

        private void UnpackLocked(byte[] buffer, int start, int end, int origin, IsoMessage into)
        {
            int mti;
            int pos = MtiCodec.Read(_profile.MtiEncoding, buffer, start, end, origin, out mti);
            int bitmapStart = pos;
            byte[] bitmap = _bitmap;
            pos = BitmapCodec.Read(_profile.BitmapEncoding, buffer, pos, end, origin, bitmap);

            // Every field the bitmap names must be in the table before any value is read: 8 fields per step.
            byte[] defined = _profile.Defined;
            for (int i = 0; i < BitmapCodec.Bytes; i++)
            {
                int unknown = bitmap[i] & ~defined[i] & (i == 0 ? 0x7F : 0xFF);
                if (unknown != 0)
                {
                    int f = (i << 3) + BitmapCodec.FirstBit(unknown);
                    throw new IsoFormatException(f, bitmapStart + BitmapCodec.OffsetOf(_profile.BitmapEncoding, f) - origin, IsoError.FieldNotInProfile, "the bitmap names field " + f.ToString() + ", which profile " + _profile.Name + " does not define.");
                }
            }

            FieldDefinition[] rows = _profile.Rows;
            object[] values = into.Values;
            int last = IsoFormatException.BitmapField;
            for (int i = 0; i < BitmapCodec.Bytes; i++)
            {
                int bits = i == 0 ? bitmap[0] & 0x7F : bitmap[i];
                for (int f = (i << 3) + 1; bits != 0; f++)
                {
                    if ((bits & 0x80) != 0)
                    {
                        pos = FieldReader.Read(rows[f], _profile, buffer, pos, end, origin, _scratch, values);
                        last = f;
                    }

                    bits = (bits << 1) & 0xFF;
                }
            }

            if (pos != end)
            {
                throw new IsoFormatException(last, pos - origin, IsoError.TrailingBytes, (end - pos).ToString() + " bytes remain after the last field.");
            }

            into.AdoptPresence(bitmap);
            into.Mti = mti;
        }
    }
}
