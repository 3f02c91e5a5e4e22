using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>What <see cref="HostSimClient.Receive"/> got: a message, a malformed frame, a timeout or a close.</summary>
    public sealed class ClientReply
    {
        /// <summary>Creates a reply.</summary>
        /// <param name="kind">How the wait ended.</param>
        /// <param name="frame">The bytes received for this frame, header included (partial for a timeout or a close).</param>
        /// <param name="message">The decoded message, or null.</param>
        /// <param name="tpdu">The frame's TPDU, or null.</param>
        /// <param name="error">The codec's error for a malformed frame, or null.</param>
        public ClientReply(ClientReplyKind kind, byte[] frame, IsoMessage message, byte[] tpdu, IsoFormatException error)
        {
            Kind = kind;
            Frame = frame;
            Message = message;
            Tpdu = tpdu;
            Error = error;
        }

        /// <summary>Gets how the wait ended.</summary>
        public ClientReplyKind Kind { get; }

        /// <summary>Gets the bytes received for this frame, header included (possibly partial, never null).</summary>
        public byte[] Frame { get; }

        /// <summary>Gets the decoded message when <see cref="Kind"/> is Message, otherwise null.</summary>
        public IsoMessage Message { get; }

        /// <summary>Gets the TPDU of a whole frame, or null.</summary>
        public byte[] Tpdu { get; }

        /// <summary>Gets the codec's error when <see cref="Kind"/> is Malformed, otherwise null.</summary>
        public IsoFormatException Error { get; }

        /// <summary>Describes the reply for assertion messages.</summary>
        /// <returns>"Message 0210 rc 00", "Timeout after 3 bytes", ….</returns>
        public override string ToString()
        {
            return Kind == ClientReplyKind.Message
                ? "Message " + Mti.Format(Message.Mti) + " rc " + (Message.GetString(39) ?? "--")
                : Kind + " after " + Frame.Length + " bytes" + (Error != null ? ": " + Error.Message : string.Empty);
        }
    }
}
