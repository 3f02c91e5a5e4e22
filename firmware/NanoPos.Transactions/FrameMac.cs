using NanoPos.Security;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The MAC of field 64 over a packed frame, in place: the MAC element block is the message from its MTI up to, not
    /// including, field 64, which is the last field of a message with a primary bitmap only, so the block is simply
    /// the frame from the MTI to 8 bytes before its end (firmware/NanoPos.Iso8583/README.md, "The MAC").
    /// </summary>
    /// <remarks>
    /// Working on the packed bytes means the MAC covers exactly what travels, with no second pack and no allocation:
    /// a request is packed with 8 placeholder bytes in field 64, which <see cref="Sign"/> then overwrites.
    /// </remarks>
    public static class FrameMac
    {
        /// <summary>The length of field 64, in bytes.</summary>
        public const int Length = CupMac.Length;

        /// <summary>Computes the MAC of a packed frame and writes it over the frame's last 8 bytes (field 64).</summary>
        /// <param name="frame">The packed frame.</param>
        /// <param name="mtiOffset">The index of the MTI's first byte (after the length header and TPDU).</param>
        /// <param name="frameLength">The length of the whole frame, in bytes; field 64 is its last 8.</param>
        /// <param name="mak">The MAC key.</param>
        public static void Sign(byte[] frame, int mtiOffset, int frameLength, TripleDes mak)
        {
            int macOffset = frameLength - Length;
            CupMac.Compute(frame, mtiOffset, macOffset - mtiOffset, mak, frame, macOffset);
        }

        /// <summary>Checks the MAC in a packed frame's last 8 bytes (constant time).</summary>
        /// <param name="frame">The packed frame.</param>
        /// <param name="mtiOffset">The index of the MTI's first byte.</param>
        /// <param name="frameLength">The length of the whole frame, in bytes.</param>
        /// <param name="mak">The MAC key.</param>
        /// <returns>True when the frame carries the MAC of its bytes under <paramref name="mak"/>.</returns>
        public static bool Verify(byte[] frame, int mtiOffset, int frameLength, TripleDes mak)
        {
            int macOffset = frameLength - Length;
            return macOffset > mtiOffset && CupMac.Verify(frame, mtiOffset, macOffset - mtiOffset, mak, frame, macOffset);
        }
    }
}
