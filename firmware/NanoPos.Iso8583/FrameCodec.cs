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
        /// <exception cref="ArgumentNullException"><paramref name="message"/> or <paramref name="buffer"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> lies outside the buffer.</exception>
        /// <exception cref="ArgumentException"><paramref name="tpdu"/> is not exactly <see cref="MessageProfile.TpduLength"/> bytes.</exception>
        /// <exception cref="IsoFormatException">The message cannot be packed or does not fit the buffer or the
        /// header; offsets are relative to <paramref name="offset"/> (the start of the header).</exception>
        public int Pack(IsoMessage message, byte[] tpdu, byte[] buffer, int offset)
        {
            MessageCodec.CheckPackArguments(message, buffer, offset);
            int tpduLength = _profile.TpduLength;
            int tpduGiven = tpdu == null ? 0 : tpdu.Length;
            if (tpduGiven != tpduLength)
            {
                throw new ArgumentException("Profile " + _profile.Name + " needs a TPDU of " + tpduLength.ToString() + " bytes, not " + tpduGiven.ToString() + ".", "tpdu");
            }

            int head = HeaderLength + tpduLength;
            if (buffer.Length - offset < head)
            {
                throw new IsoFormatException(IsoFormatException.FrameField, 0, IsoError.BufferTooSmall, "the length header and TPDU need " + head.ToString() + " bytes, the buffer has " + (buffer.Length - offset).ToString() + ".");
            }

            if (tpduLength > 0)
            {
                Array.Copy(tpdu, 0, buffer, offset + HeaderLength, tpduLength);
            }

            int body = tpduLength + _codec.PackAt(message, buffer, offset + head, offset);
            int limit = _profile.LengthHeader == LengthHeader.TwoByteBinary ? 65535 : 9999;
            if (body > limit)
            {
                throw new IsoFormatException(IsoFormatException.FrameField, 0, IsoError.ValueTooLong, "the frame carries " + body.ToString() + " bytes; its length header holds at most " + limit.ToString() + ".");
            }

            if (_profile.LengthHeader == LengthHeader.TwoByteBinary)
            {
                buffer[offset] = (byte)(body >> 8);
                buffer[offset + 1] = (byte)body;
            }
            else
            {
                buffer[offset] = (byte)('0' + (body / 1000));
                buffer[offset + 1] = (byte)('0' + ((body / 100) % 10));
                buffer[offset + 2] = (byte)('0' + ((body / 10) % 10));
                buffer[offset + 3] = (byte)('0' + (body % 10));
            }

            return HeaderLength + body;
        }

        /// <summary>Reads a length header: the number of bytes that follow it in the frame.</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">The first byte of the header; <see cref="HeaderLength"/> bytes are read.</param>
        /// <returns>The number of bytes after the header.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
        /// <exception cref="IsoFormatException">The header is truncated or not a number (field <see cref="IsoFormatException.FrameField"/>).</exception>
        public int ReadLength(byte[] buffer, int offset)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            return ReadLengthIn(buffer, offset, buffer.Length);
        }

        /// <summary>Reads one whole frame occupying exactly the given range.</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">The first byte of the length header.</param>
        /// <param name="count">The frame length, header included.</param>
        /// <param name="into">The message to fill (cleared first).</param>
        /// <param name="tpduOut">Receives the TPDU when not null (at least <see cref="MessageProfile.TpduLength"/> bytes).</param>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> or <paramref name="into"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range lies outside the buffer.</exception>
        /// <exception cref="ArgumentException"><paramref name="tpduOut"/> is shorter than the TPDU.</exception>
        /// <exception cref="IsoFormatException">The header disagrees with the bytes, or the message is malformed;
        /// offsets are relative to <paramref name="offset"/> (the start of the header).</exception>
        public void Unpack(byte[] buffer, int offset, int count, IsoMessage into, byte[] tpduOut)
        {
            MessageCodec.CheckUnpackArguments(buffer, offset, count, into);
            int tpduLength = _profile.TpduLength;
            if (tpduOut != null && tpduOut.Length < tpduLength)
            {
                throw new ArgumentException("The TPDU buffer needs " + tpduLength.ToString() + " bytes.", "tpduOut");
            }

            into.Clear();
            int end = offset + count;
            int announced = ReadLengthIn(buffer, offset, end);
            if (announced != count - HeaderLength)
            {
                throw new IsoFormatException(IsoFormatException.FrameField, 0, IsoError.FrameLengthMismatch, "the length header says " + announced.ToString() + " bytes follow, " + (count - HeaderLength).ToString() + " do.");
            }

            if (announced < tpduLength)
            {
                throw new IsoFormatException(IsoFormatException.FrameField, HeaderLength, IsoError.Truncated, "the TPDU needs " + tpduLength.ToString() + " bytes, " + announced.ToString() + " follow the header.");
            }

            if (tpduOut != null && tpduLength > 0)
            {
                Array.Copy(buffer, offset + HeaderLength, tpduOut, 0, tpduLength);
            }

            _codec.UnpackAt(buffer, offset + HeaderLength + tpduLength, end, offset, into);
        }

        private int ReadLengthIn(byte[] buffer, int offset, int end)
        {
            int size = HeaderLength;
            if (offset > end || end - offset < size)
            {
                throw new IsoFormatException(IsoFormatException.FrameField, 0, IsoError.Truncated, "the length header needs " + size.ToString() + " bytes.");
            }

            if (_profile.LengthHeader == LengthHeader.TwoByteBinary)
            {
                return (buffer[offset] << 8) | buffer[offset + 1];
            }

            int value = 0;
            for (int i = 0; i < size; i++)
            {
                int c = buffer[offset + i];
                if (c < '0' || c > '9')
                {
                    throw new IsoFormatException(IsoFormatException.FrameField, i, IsoError.InvalidLength, "the length header byte " + Hex.ToHex(buffer, offset + i, 1) + " is not an ASCII digit.");
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }
    }
}
