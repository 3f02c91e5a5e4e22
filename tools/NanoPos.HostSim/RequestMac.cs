using NanoPos.Iso8583;
using NanoPos.Security;
using SecurityKeys = NanoPos.Security.WorkingKeys;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Checks the MAC (field 64) of a request as it arrived. The MAC element block is the packed message from the first
    /// byte of the MTI up to, not including, field 64; field 64 is the message's last field (primary bitmap only), so the
    /// block is the message minus its last 8 bytes. Recomputing over the received bytes, not over a re-packed copy,
    /// means the host checks exactly what travelled.
    /// </summary>
    internal static class RequestMac
    {
        /// <summary>The length of field 64, in bytes.</summary>
        public const int Length = CupMac.Length;

        /// <summary>Tells whether a check refuses the request (answered A0, nothing decided).</summary>
        /// <param name="check">The check's outcome.</param>
        /// <returns>True for <see cref="MacCheck.Missing"/>, <see cref="MacCheck.NoKeys"/> and <see cref="MacCheck.Wrong"/>.</returns>
        public static bool Refuses(MacCheck check)
        {
            return check == MacCheck.Missing || check == MacCheck.NoKeys || check == MacCheck.Wrong;
        }

        /// <summary>Checks a request's MAC under its terminal's MAK.</summary>
        /// <param name="security">The key store (TMK, working keys, whether a MAC is required).</param>
        /// <param name="request">The decoded request.</param>
        /// <param name="message">The packed message from its MTI to its end, or null to pack <paramref name="request"/> with the CUP profile (in-process callers without a frame).</param>
        /// <param name="offset">The index of the MTI's first byte in <paramref name="message"/>.</param>
        /// <param name="count">The number of bytes from the MTI to the end of the message.</param>
        /// <param name="answerKey">The MAK the answer is to be signed with, or null when the answer carries no MAC.</param>
        /// <returns>What the check found.</returns>
        public static MacCheck Check(HostSecurity security, IsoMessage request, byte[] message, int offset, int count, out TripleDes answerKey)
        {
            answerKey = null;
            if (HostSecurity.IsSignOn(request))
            {
                return MacCheck.SignOn;
            }

            if (!request.Has(64))
            {
                return security.RequireMac ? MacCheck.Missing : MacCheck.NotSent;
            }

            SecurityKeys keys = security.Find(request.GetString(41));
            if (keys == null)
            {
                return MacCheck.NoKeys;
            }

            for (int field = 65; field <= 128; field++)
            {
                if (request.Has(field))
                {
                    // Field 64 is then not the last 8 bytes: the block the terminal meant cannot be told.
                    return MacCheck.Wrong;
                }
            }

            if (message == null)
            {
                message = Pack(request, out count);
                offset = 0;
            }

            int blockLength = count - Length;
            if (blockLength <= 0 || !CupMac.Verify(message, offset, blockLength, keys.MacKey, message, offset + blockLength))
            {
                return MacCheck.Wrong;
            }

            answerKey = keys.MacKey;
            return MacCheck.Verified;
        }

        /// <summary>Computes the MAC of a packed message and writes it over the message's last 8 bytes (field 64).</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="mtiOffset">The index of the MTI's first byte.</param>
        /// <param name="end">The index just after the message's last byte.</param>
        /// <param name="mak">The MAC key.</param>
        public static void Sign(byte[] buffer, int mtiOffset, int end, TripleDes mak)
        {
            int macOffset = end - Length;
            CupMac.Compute(buffer, mtiOffset, macOffset - mtiOffset, mak, buffer, macOffset);
        }

        private static byte[] Pack(IsoMessage request, out int count)
        {
            byte[] buffer = new byte[8192];
            count = new MessageCodec(CupTerminalProfile.Instance).Pack(request, buffer, 0);
            return buffer;
        }
    }
}
