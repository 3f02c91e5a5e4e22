using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// What the codec measurements share, as the terminal's host exchange holds it: one CUP frame codec, one output
    /// buffer, one <see cref="IsoMessage"/> that every unpack refills and one TPDU buffer; plus the 0200/0210 pair of
    /// <see cref="SampleMessages"/> and their golden frames as unpack input.
    /// </summary>
    public sealed class CodecRig
    {
        /// <summary>Creates the rig (allocates the messages, buffers and frames once).</summary>
        public CodecRig()
        {
            Codec = new FrameCodec(CupTerminalProfile.Instance);
            Buffer = new byte[HostExchange.MaxFrameLength];
            Into = new IsoMessage();
            TpduOut = new byte[Tpdu.Length];
            RequestTpdu = Tpdu.Create(3, 0);
            ResponseTpdu = Tpdu.ResponseTo(RequestTpdu);
            Sale = SampleMessages.Sale();
            Response = SampleMessages.SaleResponse();
            SaleFrame = Hex.Parse(GoldenFrames.Sale0200Hex);
            ResponseFrame = Hex.Parse(GoldenFrames.Response0210Hex);
        }

        /// <summary>Gets the CUP frame codec.</summary>
        public FrameCodec Codec { get; }

        /// <summary>Gets the output buffer every pack writes into (<see cref="HostExchange.MaxFrameLength"/> bytes, as the terminal's).</summary>
        public byte[] Buffer { get; }

        /// <summary>Gets the message every unpack fills.</summary>
        public IsoMessage Into { get; }

        /// <summary>Gets the buffer every unpack writes the TPDU into (5 bytes).</summary>
        public byte[] TpduOut { get; }

        /// <summary>Gets the request TPDU 60 0003 0000.</summary>
        public byte[] RequestTpdu { get; }

        /// <summary>Gets the response TPDU 60 0000 0003.</summary>
        public byte[] ResponseTpdu { get; }

        /// <summary>Gets the 0200 sale.</summary>
        public IsoMessage Sale { get; }

        /// <summary>Gets the 0210 approval.</summary>
        public IsoMessage Response { get; }

        /// <summary>Gets the golden 0200 frame (137 bytes).</summary>
        public byte[] SaleFrame { get; }

        /// <summary>Gets the golden 0210 frame (130 bytes).</summary>
        public byte[] ResponseFrame { get; }

        /// <summary>Packs a message as a whole frame into <see cref="Buffer"/>.</summary>
        /// <param name="message">The message.</param>
        /// <param name="tpdu">Its TPDU (5 bytes).</param>
        /// <returns>The frame length in bytes.</returns>
        public int Pack(IsoMessage message, byte[] tpdu)
        {
            return Codec.Pack(message, tpdu, Buffer, 0);
        }

        /// <summary>Unpacks a whole frame into <see cref="Into"/> and <see cref="TpduOut"/>.</summary>
        /// <param name="frame">The frame, exactly.</param>
        public void Unpack(byte[] frame)
        {
            Codec.Unpack(frame, 0, frame.Length, Into, TpduOut);
        }
    }
}
