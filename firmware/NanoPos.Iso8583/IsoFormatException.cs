using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// The one error the codec raises for bad messages, in both directions: it names the field, the byte
    /// offset and the reason, so a malformed frame from the network is a clear report, never an
    /// IndexOutOfRangeException.
    /// </summary>
    public class IsoFormatException : Exception
    {
        /// <summary>The <see cref="Field"/> value for the frame header and TPDU.</summary>
        public const int FrameField = -1;

        /// <summary>The <see cref="Field"/> value for the MTI.</summary>
        public const int MtiField = 0;

        /// <summary>The <see cref="Field"/> value for the primary and secondary bitmaps.</summary>
        public const int BitmapField = 1;

        /// <summary>Creates the error.</summary>
        /// <param name="field">The field number, or <see cref="FrameField"/>, <see cref="MtiField"/>, <see cref="BitmapField"/>.</param>
        /// <param name="offset">The byte offset, from the start of the range given to the codec, where the problem is.</param>
        /// <param name="reason">The kind of problem.</param>
        /// <param name="detail">One sentence for people, without the field and offset (they are added).</param>
        public IsoFormatException(int field, int offset, IsoError reason, string detail)
            : base(Describe(field, offset, detail))
        {
            Field = field;
            Offset = offset;
            Reason = reason;
            Detail = detail;
        }

        /// <summary>Gets the field number, or <see cref="FrameField"/>, <see cref="MtiField"/>, <see cref="BitmapField"/>.</summary>
        public int Field { get; }

        /// <summary>Gets the byte offset of the problem from the start of the range given to the codec.</summary>
        public int Offset { get; }

        /// <summary>Gets the kind of problem.</summary>
        public IsoError Reason { get; }

        /// <summary>Gets the sentence for people, without the field and offset.</summary>
        public string Detail { get; }

        private static string Describe(int field, int offset, string detail)
        {
            string where = field == FrameField ? "frame header" : field == MtiField ? "MTI" : field == BitmapField ? "bitmap" : "field " + field.ToString();
            return where + " at byte " + offset.ToString() + ": " + detail;
        }
    }
}
