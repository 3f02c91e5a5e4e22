using System;
using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>Framing: length header, TPDU, frame-level errors, offsets from the start of the frame.</summary>
    [TestClass]
    public class FrameCodecTests
    {
        private static readonly FrameCodec Cup = new FrameCodec(CupTerminalProfile.Instance);

        [TestMethod]
        public void Header_counts_the_tpdu_and_the_message()
        {
            byte[] buffer = new byte[200];
            int length = Cup.Pack(GoldenNetworkFrames.Echo(), Tpdu.Create(3, 0), buffer, 0);
            Assert.AreEqual(51, length);
            Assert.AreEqual(2, Cup.HeaderLength);
            Assert.AreEqual(49, Cup.ReadLength(buffer, 0));
        }

        [TestMethod]
        public void Read_length_for_stream_readers()
        {
            byte[] frame = Hex.Parse(GoldenFinancialFrames.Sale0200);
            Assert.AreEqual(135, Cup.ReadLength(frame, 0));
            Assert.AreEqual(frame.Length - 2, Cup.ReadLength(frame, 0));
            IsoFormatException error = null;
            try
            {
                Cup.ReadLength(new byte[] { 0x00 }, 0);
            }
            catch (IsoFormatException e)
            {
                error = e;
            }

            IsoTestSupport.AssertError(error, IsoError.Truncated, IsoFormatException.FrameField, 0);
        }

        [TestMethod]
        public void Header_disagreeing_with_the_bytes_is_a_length_mismatch()
        {
            byte[] frame = Hex.Parse(GoldenFinancialFrames.Sale0200);
            frame[1] = 0x88;
            IsoTestSupport.AssertError(IsoTestSupport.CatchUnpackFrame(frame), IsoError.FrameLengthMismatch, IsoFormatException.FrameField, 0);

            byte[] cut = Hex.Parse(GoldenFinancialFrames.Sale0200);
            byte[] shorter = new byte[cut.Length - 1];
            Array.Copy(cut, shorter, shorter.Length);
            IsoTestSupport.AssertError(IsoTestSupport.CatchUnpackFrame(shorter), IsoError.FrameLengthMismatch, IsoFormatException.FrameField, 0);
        }

        [TestMethod]
        public void Frame_too_short_for_its_header_or_tpdu_is_truncated()
        {
            IsoTestSupport.AssertError(IsoTestSupport.CatchUnpackFrame(new byte[] { 0x00 }), IsoError.Truncated, IsoFormatException.FrameField, 0);
            IsoTestSupport.AssertError(IsoTestSupport.CatchUnpackFrame(Hex.Parse("0003600003")), IsoError.Truncated, IsoFormatException.FrameField, 2);
            IsoTestSupport.AssertError(IsoTestSupport.CatchUnpackFrame(Hex.Parse("00056000030000")), IsoError.Truncated, IsoFormatException.MtiField, 7);
        }

        [TestMethod]
        public void Field_errors_in_a_frame_count_from_the_frame_start()
        {
            byte[] frame = Hex.Parse(GoldenFinancialFrames.Sale0200);
            frame[7 + 31] = 0x0A;
            IsoTestSupport.AssertError(IsoTestSupport.CatchUnpackFrame(frame), IsoError.NonBcdNibble, 11, 38);

            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Set(11, "1");
            IsoFormatException error = null;
            try
            {
                Cup.Pack(sale, Tpdu.Create(3, 0), new byte[300], 0);
            }
            catch (IsoFormatException e)
            {
                error = e;
            }

            IsoTestSupport.AssertError(error, IsoError.ValueTooLong, 11, 37);
        }

        [TestMethod]
        public void Frame_inside_a_larger_buffer_unpacks_with_its_tpdu()
        {
            byte[] frame = Hex.Parse(GoldenNetworkFrames.Echo0800);
            byte[] buffer = new byte[frame.Length + 9];
            Array.Copy(frame, 0, buffer, 4, frame.Length);
            var message = new IsoMessage();
            byte[] tpdu = new byte[Tpdu.Length];
            Cup.Unpack(buffer, 4, frame.Length, message, tpdu);
            IsoTestSupport.AssertSameMessage(GoldenNetworkFrames.Echo(), message);
            Assert.AreEqual(IsoTestSupport.RequestTpdu, Hex.ToHex(tpdu));
        }

        [TestMethod]
        public void Pack_checks_the_tpdu_and_the_room_for_the_header()
        {
            IsoMessage echo = GoldenNetworkFrames.Echo();
            Assert.ThrowsException(typeof(ArgumentException), () => Cup.Pack(echo, new byte[4], new byte[100], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => Cup.Pack(echo, null, new byte[100], 0));
            IsoFormatException error = null;
            try
            {
                Cup.Pack(echo, Tpdu.Create(3, 0), new byte[6], 0);
            }
            catch (IsoFormatException e)
            {
                error = e;
            }

            IsoTestSupport.AssertError(error, IsoError.BufferTooSmall, IsoFormatException.FrameField, 0);
        }

        [TestMethod]
        public void Ascii_header_is_four_digits_and_letters_are_an_invalid_length()
        {
            var ascii = new FrameCodec(Ascii1987Profile.Instance);
            Assert.AreEqual(4, ascii.HeaderLength);
            byte[] buffer = new byte[100];
            int length = ascii.Pack(GoldenNetworkFrames.Echo(), null, buffer, 0);
            Assert.AreEqual("0063", IsoTestSupport.Ascii(buffer, 0, 4));
            Assert.AreEqual(67, length);
            Assert.AreEqual(63, ascii.ReadLength(buffer, 0));

            buffer[2] = (byte)'O';
            IsoFormatException error = null;
            try
            {
                ascii.Unpack(buffer, 0, length, new IsoMessage(), null);
            }
            catch (IsoFormatException e)
            {
                error = e;
            }

            IsoTestSupport.AssertError(error, IsoError.InvalidLength, IsoFormatException.FrameField, 2);
        }

        [TestMethod]
        public void Tpdu_helpers_build_and_swap_addresses()
        {
            byte[] request = Tpdu.Create(0x0003, 0x0000);
            Assert.AreEqual(IsoTestSupport.RequestTpdu, Hex.ToHex(request));
            Assert.AreEqual(3, Tpdu.GetDestination(request, 0));
            Assert.AreEqual(0, Tpdu.GetSource(request, 0));

            byte[] response = Tpdu.ResponseTo(request);
            Assert.AreEqual(IsoTestSupport.ResponseTpdu, Hex.ToHex(response));

            byte[] frame = Hex.Parse("0000" + "6012345678");
            Tpdu.WriteResponse(frame, 2, frame, 2);
            Assert.AreEqual("0000" + "6056781234", Hex.ToHex(frame));
            Assert.ThrowsException(typeof(ArgumentException), () => Tpdu.ResponseTo(new byte[4]));
            Assert.ThrowsException(typeof(ArgumentException), () => Tpdu.GetSource(new byte[6], 2));
        }
    }
}
