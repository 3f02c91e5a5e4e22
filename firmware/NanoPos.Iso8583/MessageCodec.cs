using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// Packs and unpacks ISO 8583 messages (MTI, bitmaps, fields) by a <see cref="MessageProfile"/>'s
    /// table. Pack writes into a caller buffer and allocates nothing; unpack allocates only the field
    /// values it returns. Every malformed input raises <see cref="IsoFormatException"/>.
    /// </summary>
    public sealed class MessageCodec
    {
        private readonly MessageProfile _profile;

        /// <summary>Creates a codec for a profile.</summary>
        /// <param name="profile">The profile whose table drives the codec.</param>
        public MessageCodec(MessageProfile profile)
        {
            if (profile == null)
            {
                throw new ArgumentNullException("profile");
            }

            _profile = profile;
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
        /// <exception cref="IsoFormatException">A value does not fit its field, a field is not in the
        /// profile, or the buffer is too small; offsets are relative to <paramref name="offset"/>.</exception>
        public int Pack(IsoMessage message, byte[] buffer, int offset)
        {
            throw new NotImplementedException();
        }

        /// <summary>Reads one message that occupies exactly the given range into <paramref name="into"/> (cleared first).</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">The first byte of the message.</param>
        /// <param name="count">The message length in bytes; every byte must belong to the message.</param>
        /// <param name="into">The message to fill.</param>
        /// <exception cref="IsoFormatException">The bytes are not a valid message of this profile; offsets are
        /// relative to <paramref name="offset"/>.</exception>
        public void Unpack(byte[] buffer, int offset, int count, IsoMessage into)
        {
            throw new NotImplementedException();
        }
    }
}
