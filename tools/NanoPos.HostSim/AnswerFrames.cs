using System;
using NanoPos.Iso8583;
using NanoPos.Security;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Packs an answer frame, with its MAC when the request's MAC verified, and applies the MAC faults
    /// (<see cref="FaultKind.BadMac"/>, <see cref="FaultKind.NoMac"/>). Shared by the TCP server and
    /// <see cref="SimulatedAcquirer"/>, so both sign answers identically.
    /// </summary>
    /// <remarks>
    /// The MAC is computed over the answer as it is sent, after any content fault (wrongAmount, bareAnswer …): those
    /// faults stand for a host that decided wrongly, not for a forger, so the terminal's content checks still get to see
    /// them. Field 64 is packed as 8 placeholder bytes, then the MAC of the packed bytes is written over them.
    /// </remarks>
    internal static class AnswerFrames
    {
        /// <summary>Packs an answer into a frame, signed with <paramref name="mak"/> unless it is null or the fault drops the MAC.</summary>
        /// <param name="codec">The frame codec.</param>
        /// <param name="response">The answer; field 64 is set (to the MAC as sent) or removed to match the frame.</param>
        /// <param name="tpdu">The answer's TPDU (null when the profile has none).</param>
        /// <param name="buffer">The output buffer.</param>
        /// <param name="offset">Where the frame starts.</param>
        /// <param name="mak">The MAC key, or null for an answer without a MAC (sign-on, A0, a request sent without one).</param>
        /// <param name="fault">The fault, or null.</param>
        /// <returns>The frame length, header included.</returns>
        public static int Pack(FrameCodec codec, IsoMessage response, byte[] tpdu, byte[] buffer, int offset, TripleDes mak, FaultRule fault)
        {
            bool sign = mak != null && fault?.Kind != FaultKind.NoMac;
            if (!sign)
            {
                response.Remove(64);
                return codec.Pack(response, tpdu, buffer, offset);
            }

            response.Set(64, new byte[RequestMac.Length]);
            int length = codec.Pack(response, tpdu, buffer, offset);
            int end = offset + length;
            RequestMac.Sign(buffer, offset + codec.HeaderLength + (tpdu?.Length ?? 0), end, mak);
            if (fault?.Kind == FaultKind.BadMac)
            {
                // Every bit of the MAC flipped: a well-formed field 64 that can never verify.
                for (int i = end - RequestMac.Length; i < end; i++)
                {
                    buffer[i] ^= 0xFF;
                }
            }

            // The message says what the frame says, for transcripts and tests that read the answer object.
            response.Set(64, buffer.AsSpan(end - RequestMac.Length, RequestMac.Length).ToArray());
            return length;
        }
    }
}
