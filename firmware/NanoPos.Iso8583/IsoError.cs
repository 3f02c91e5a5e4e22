namespace NanoPos.Iso8583
{
    /// <summary>Why a message could not be packed or unpacked.</summary>
    public enum IsoError
    {
        /// <summary>Unpack: the bytes end before the frame, MTI, bitmap, length prefix or field does.</summary>
        Truncated = 1,

        /// <summary>A BCD nibble above 9 where a digit was expected (0xD is allowed only in track fields).</summary>
        NonBcdNibble = 2,

        /// <summary>A value (or a length prefix) longer than the field allows, or a fixed field of the wrong length.</summary>
        ValueTooLong = 3,

        /// <summary>A character the content type does not allow (a letter in an n field, a control byte in ans).</summary>
        InvalidCharacter = 4,

        /// <summary>The bitmap names a field the profile does not define, or the message sets one.</summary>
        FieldNotInProfile = 5,

        /// <summary>Unpack: bytes remain after the last field the bitmap names.</summary>
        TrailingBytes = 6,

        /// <summary>The frame's length header disagrees with the bytes that follow it.</summary>
        FrameLengthMismatch = 7,

        /// <summary>A length prefix or header that is not a number (for example ASCII letters).</summary>
        InvalidLength = 8,

        /// <summary>Pack: the output buffer is too small for the message.</summary>
        BufferTooSmall = 9,

        /// <summary>Pack: the MTI is outside 0000-9999 or the message lacks a required part.</summary>
        InvalidMessage = 10,
    }
}
