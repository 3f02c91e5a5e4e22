using System;
using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>
    /// Every unpack error names its field, its byte offset and its reason. The damaged messages start from
    /// the golden 0200 sale without its frame (130 bytes): MTI 0-1, bitmap 2-9, 2 at 10 (LL) and 11-20,
    /// 3 at 21, 4 at 24, 11 at 30, 14 at 33, 22 at 35, 23 at 37, 25 at 39, 26 at 40, 35 at 41 (LL) and 42,
    /// 41 at 59, 42 at 67, 49 at 82, 52 at 85, 53 at 93, 55 at 101 (LLL) and 103, 60 at 114 (LLL) and 116,
    /// 64 at 122.
    /// </summary>
    [TestClass]
    public class UnpackErrorTests
    {
        public static byte[] Sale()
        {
            byte[] frame = Hex.Parse(GoldenFinancialFrames.Sale0200);
            byte[] message = new byte[frame.Length - 7];
            Array.Copy(frame, 7, message, 0, message.Length);
            return message;
        }

        private static IsoFormatException Unpack(byte[] data)
        {
            return IsoTestSupport.CatchUnpack(data, CupTerminalProfile.Instance);
        }

        private static byte[] Cut(byte[] data, int length)
        {
            byte[] cut = new byte[length];
            Array.Copy(data, cut, length);
            return cut;
        }

        private static byte[] With(int index, byte value)
        {
            byte[] data = Sale();
            data[index] = value;
            return data;
        }

        [TestMethod]
        public void The_undamaged_message_unpacks()
        {
            Assert.AreEqual(130, Sale().Length);
            Assert.IsNull(Unpack(Sale()));
        }

        [TestMethod]
        public void Truncation_is_reported_at_the_part_cut_short()
        {
            byte[] sale = Sale();
            IsoTestSupport.AssertError(Unpack(Cut(sale, 0)), IsoError.Truncated, IsoFormatException.MtiField, 0);
            IsoTestSupport.AssertError(Unpack(Cut(sale, 1)), IsoError.Truncated, IsoFormatException.MtiField, 0);
            IsoTestSupport.AssertError(Unpack(Cut(sale, 5)), IsoError.Truncated, IsoFormatException.BitmapField, 2);
            IsoTestSupport.AssertError(Unpack(Cut(sale, 10)), IsoError.Truncated, 2, 10);
            IsoTestSupport.AssertError(Unpack(Cut(sale, 15)), IsoError.Truncated, 2, 11);
            IsoTestSupport.AssertError(Unpack(Cut(sale, 27)), IsoError.Truncated, 4, 24);
            IsoTestSupport.AssertError(Unpack(Cut(sale, 115)), IsoError.Truncated, 60, 114);
            IsoTestSupport.AssertError(Unpack(Cut(sale, 129)), IsoError.Truncated, 64, 122);
        }

        [TestMethod]
        public void Secondary_bitmap_that_is_missing_is_truncated()
        {
            byte[] data = Sale();
            data[2] |= 0x80; // bit 1: a secondary bitmap follows, but field 2's bytes are there instead
            IsoFormatException error = Unpack(Cut(data, 14));
            IsoTestSupport.AssertError(error, IsoError.Truncated, IsoFormatException.BitmapField, 10);
        }

        [TestMethod]
        public void Nibble_above_nine_is_reported_at_its_byte()
        {
            IsoTestSupport.AssertError(Unpack(With(31, 0x0A)), IsoError.NonBcdNibble, 11, 31);
            IsoTestSupport.AssertError(Unpack(With(0, 0x0B)), IsoError.NonBcdNibble, IsoFormatException.MtiField, 0);
        }

        [TestMethod]
        public void Separator_nibble_is_a_digit_error_outside_track_fields()
        {
            IsoTestSupport.AssertError(Unpack(With(24, 0xD0)), IsoError.NonBcdNibble, 4, 24);
            IsoTestSupport.AssertError(Unpack(With(42, 0xE2)), IsoError.NonBcdNibble, 35, 42);
            Assert.IsNull(Unpack(With(42, 0x6D)), "D is the separator in track 2, allowed anywhere in it");
        }

        [TestMethod]
        public void Length_prefix_above_the_maximum_is_too_long()
        {
            IsoTestSupport.AssertError(Unpack(With(10, 0x20)), IsoError.ValueTooLong, 2, 10);
            IsoTestSupport.AssertError(Unpack(With(41, 0x38)), IsoError.ValueTooLong, 35, 41);
            IsoTestSupport.AssertError(Unpack(With(101, 0x03)), IsoError.ValueTooLong, 55, 101);
        }

        [TestMethod]
        public void Length_prefix_that_is_not_a_number_is_an_invalid_length()
        {
            IsoTestSupport.AssertError(Unpack(With(10, 0x1A)), IsoError.InvalidLength, 2, 10);
            IsoTestSupport.AssertError(Unpack(With(101, 0x10)), IsoError.InvalidLength, 55, 101);
            IsoTestSupport.AssertError(Unpack(With(115, 0xF1)), IsoError.InvalidLength, 60, 114);
        }

        [TestMethod]
        public void Shorter_length_prefix_leaves_trailing_bytes_or_misreads_what_follows()
        {
            // 60 says 10 digits instead of 11: the rest shifts by one nibble's byte, so the MAC ends early.
            IsoTestSupport.AssertError(Unpack(With(115, 0x10)), IsoError.TrailingBytes, 64, 129);
        }

        [TestMethod]
        public void Control_byte_in_a_text_field_is_an_invalid_character()
        {
            IsoTestSupport.AssertError(Unpack(With(60, 0x07)), IsoError.InvalidCharacter, 41, 60);
            IsoTestSupport.AssertError(Unpack(With(83, 0x20)), IsoError.InvalidCharacter, 49, 83);
            IsoTestSupport.AssertError(Unpack(With(70, 0x80)), IsoError.InvalidCharacter, 42, 70);
        }

        [TestMethod]
        public void Bitmap_naming_a_field_the_profile_lacks_is_reported_at_the_bitmap_byte()
        {
            IsoTestSupport.AssertError(Unpack(With(2, 0x78)), IsoError.FieldNotInProfile, 5, 2);
            IsoTestSupport.AssertError(Unpack(With(9, 0x91)), IsoError.FieldNotInProfile, 57, 9);
        }

        [TestMethod]
        public void Bytes_after_the_last_field_are_trailing()
        {
            byte[] sale = Sale();
            byte[] longer = new byte[sale.Length + 1];
            Array.Copy(sale, longer, sale.Length);
            IsoTestSupport.AssertError(Unpack(longer), IsoError.TrailingBytes, 64, 130);
        }

        [TestMethod]
        public void Offsets_count_from_the_start_of_the_given_range()
        {
            byte[] sale = Sale();
            byte[] buffer = new byte[sale.Length + 10];
            Array.Copy(sale, 0, buffer, 3, sale.Length);
            buffer[3 + 31] = 0x0A;
            IsoFormatException caught = null;
            try
            {
                new MessageCodec(CupTerminalProfile.Instance).Unpack(buffer, 3, sale.Length, new IsoMessage());
            }
            catch (IsoFormatException e)
            {
                caught = e;
            }

            IsoTestSupport.AssertError(caught, IsoError.NonBcdNibble, 11, 31);
        }

        [TestMethod]
        public void A_failed_unpack_leaves_the_message_cleared()
        {
            var message = new IsoMessage();
            message.Set(70, "stale");
            byte[] data = With(31, 0x0A);
            Assert.ThrowsException(typeof(IsoFormatException), () => new MessageCodec(CupTerminalProfile.Instance).Unpack(data, 0, data.Length, message));
            Assert.IsFalse(message.Has(2), "fields read before the error are dropped");
            Assert.IsFalse(message.Has(70));
            Assert.AreEqual(0, message.Mti);
        }

        [TestMethod]
        public void Bad_ranges_are_argument_errors_not_format_errors()
        {
            var codec = new MessageCodec(CupTerminalProfile.Instance);
            Assert.ThrowsException(typeof(ArgumentNullException), () => codec.Unpack(null, 0, 0, new IsoMessage()));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => codec.Unpack(new byte[4], 2, 3, new IsoMessage()));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => codec.Unpack(new byte[4], -1, 1, new IsoMessage()));
        }
    }
}
