using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// Frames messages for the TCP stream by a profile's frame format: a length header (2-byte binary or
    /// 4 ASCII digits) counting the bytes that follow, then the TPDU (if the profile has one), then the message.
    /// </summary>
    public sealed class FrameCodec
    {
        private readonly MessageProfile _profile;
        private readonly MessageCodec _codec;

        /// <summary>Creates a frame codec for a profile.</summary>
        /// <param name="profile">The profile.</param>
        public FrameCodec(MessageProfile profile)
        {
            if (profile == null)
            {
                throw new ArgumentNullException("profile");
            }

            _profile = profile;
            _codec = new MessageCodec(profile);
        }

        /// <summary>Gets the message codec used inside frames.</summary>
        public MessageCodec Codec
        {
            get { return _codec; }
        }

        /// <summary>Gets the length of the frame's length header in bytes (2 or 4).</summary>
        public int HeaderLength
        {
            get { return _profile.LengthHeader == LengthHeader.TwoByteBinary ? 2 : 4; }
        }

        /// <summary>Writes a whole frame: length header, TPDU, message.</summary>
        /// <param name="message">The message.</param>
        /// <param name="tpdu">Exactly <see cref="MessageProfile.TpduLength"/> bytes (null when the profile has no TPDU).</param>
        /// <param name="buffer">The output buffer.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <returns>The frame length in bytes, header included.</returns>
        /// <exception cref="IsoFormatException">The message cannot be packed or does not fit the buffer or the header.</exception>
        public int Pack(IsoMessage message, byte[] tpdu, byte[] buffer, int offset)
        {
            throw new NotImplementedException();
        }

        /// <summary>Reads a length header: the number of bytes that follow it in the frame.</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">The first byte of the header; <see cref="HeaderLength"/> bytes are read.</param>
        /// <returns>The number of bytes after the header.</returns>
        /// <exception cref="IsoFormatException">The header is truncated or not a number (field <see cref="IsoFormatException.FrameField"/>).</exception>
        public int ReadLength(byte[] buffer, int offset)
        {
            throw new NotImplementedException();
        }

        /// <summary>Reads one whole frame occupying exactly the given range.</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">The first byte of the length header.</param>
        /// <param name="count">The frame length, header included.</param>
        /// <param name="into">The message to fill (cleared first).</param>
        /// <param name="tpduOut">Receives the TPDU when not null (at least <see cref="MessageProfile.TpduLength"/> bytes).</param>
        /// <exception cref="IsoFormatException">The header disagrees with the bytes, or the message is malformed;
        /// offsets are relative to <paramref name="offset"/> (the start of the header).</exception>
        public void Unpack(byte[] buffer, int offset, int count, IsoMessage into, byte[] tpduOut)
        {
            throw new NotImplementedException();
        }
    }
}
