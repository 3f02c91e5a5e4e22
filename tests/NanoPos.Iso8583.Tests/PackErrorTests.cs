using System;
using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>
    /// Pack refuses what it cannot write, naming the field and the offset where it would have been written
    /// (the golden 0200 sale's layout: 2 at 10, 4 at 24, 11 at 30, 52 at 85, 64 at 122).
    /// </summary>
    [TestClass]
    public class PackErrorTests
    {
        private static IsoFormatException Pack(IsoMessage message)
        {
            return IsoTestSupport.CatchPack(message, CupTerminalProfile.Instance, 512);
        }

        [TestMethod]
        public void Value_longer_than_the_field_is_too_long()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Set(2, "62123456789012345678");
            IsoTestSupport.AssertError(Pack(sale), IsoError.ValueTooLong, 2, 10);
        }

        [TestMethod]
        public void Fixed_field_of_the_wrong_length_is_refused_not_padded()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Set(4, "12500");
            IsoTestSupport.AssertError(Pack(sale), IsoError.ValueTooLong, 4, 24);
            sale.Set(4, "0000000125000");
            IsoTestSupport.AssertError(Pack(sale), IsoError.ValueTooLong, 4, 24);
            sale.Set(4, "000000012500");
            sale.Set(52, new byte[7]);
            IsoTestSupport.AssertError(Pack(sale), IsoError.ValueTooLong, 52, 85);
        }

        [TestMethod]
        public void Letters_in_an_n_field_are_invalid_characters()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Set(11, "00012A");
            IsoFormatException error = Pack(sale);
            IsoTestSupport.AssertError(error, IsoError.InvalidCharacter, 11, 30);
            Assert.Contains("index 5", error.Message);
        }

        [TestMethod]
        public void Content_rules_of_an_and_ans_fields_are_checked()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Set(49, "15-");
            IsoTestSupport.AssertError(Pack(sale), IsoError.InvalidCharacter, 49, 82);
            sale.Set(49, "156");
            sale.Set(41, "1000000\n");
            IsoTestSupport.AssertError(Pack(sale), IsoError.InvalidCharacter, 41, 59);
            sale.Set(41, "T-01 #/~");
            Assert.IsNull(Pack(sale), "ans takes any printable ASCII");
        }

        [TestMethod]
        public void Characters_outside_ascii_are_invalid_at_their_own_index()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Set(42, "12345678901234\u00E9");
            IsoFormatException error = Pack(sale);
            IsoTestSupport.AssertError(error, IsoError.InvalidCharacter, 42, 67);
            Assert.Contains("index 14", error.Message);
            sale.Set(42, "123456789012345");
            sale.Set(11, "0001\u06612");
            error = Pack(sale);
            IsoTestSupport.AssertError(error, IsoError.InvalidCharacter, 11, 30);
            Assert.Contains("index 4", error.Message);
            sale.Set(11, "000123");
            sale.Set(41, "1000\u4E2D\u6587");
            IsoTestSupport.AssertError(Pack(sale), IsoError.ValueTooLong, 41, 59);
            sale.Set(41, "100000\u4E2D\u6587");
            error = Pack(sale);
            IsoTestSupport.AssertError(error, IsoError.InvalidCharacter, 41, 59);
            Assert.Contains("index 6", error.Message);
        }

        [TestMethod]
        public void Bad_pan_character_is_not_echoed_in_the_message()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Set(2, "621234567890X234567");
            IsoFormatException error = Pack(sale);
            IsoTestSupport.AssertError(error, IsoError.InvalidCharacter, 2, 10);
            Assert.IsFalse(error.Message.IndexOf('X') >= 0, error.Message);
        }

        [TestMethod]
        public void Field_the_profile_lacks_is_refused()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Set(5, "000000012500");
            IsoTestSupport.AssertError(Pack(sale), IsoError.FieldNotInProfile, 5, 30);
        }

        [TestMethod]
        public void Buffer_too_small_names_the_part_that_does_not_fit()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            IsoTestSupport.AssertError(IsoTestSupport.CatchPack(sale, CupTerminalProfile.Instance, 1), IsoError.BufferTooSmall, IsoFormatException.MtiField, 0);
            IsoTestSupport.AssertError(IsoTestSupport.CatchPack(sale, CupTerminalProfile.Instance, 9), IsoError.BufferTooSmall, IsoFormatException.BitmapField, 2);
            IsoTestSupport.AssertError(IsoTestSupport.CatchPack(sale, CupTerminalProfile.Instance, 129), IsoError.BufferTooSmall, 64, 122);
            Assert.IsNull(IsoTestSupport.CatchPack(sale, CupTerminalProfile.Instance, 130), "130 bytes are exactly enough");
        }

        [TestMethod]
        public void Mti_outside_0000_to_9999_is_an_invalid_message()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Mti = 10000;
            IsoTestSupport.AssertError(Pack(sale), IsoError.InvalidMessage, IsoFormatException.MtiField, 0);
            sale.Mti = -1;
            IsoTestSupport.AssertError(Pack(sale), IsoError.InvalidMessage, IsoFormatException.MtiField, 0);
        }

        [TestMethod]
        public void Text_in_a_binary_field_and_bytes_in_a_text_field_are_invalid()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Set(52, "1122334455667788");
            IsoTestSupport.AssertError(Pack(sale), IsoError.InvalidMessage, 52, 85);
            sale = GoldenFinancialFrames.Sale();
            sale.Set(4, new byte[6]);
            IsoTestSupport.AssertError(Pack(sale), IsoError.InvalidMessage, 4, 24);
        }

        [TestMethod]
        public void Offsets_count_from_the_given_offset()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Set(11, "0001234");
            IsoFormatException caught = null;
            try
            {
                new MessageCodec(CupTerminalProfile.Instance).Pack(sale, new byte[300], 17);
            }
            catch (IsoFormatException e)
            {
                caught = e;
            }

            IsoTestSupport.AssertError(caught, IsoError.ValueTooLong, 11, 30);
        }

        [TestMethod]
        public void Bad_arguments_are_argument_errors()
        {
            var codec = new MessageCodec(CupTerminalProfile.Instance);
            Assert.ThrowsException(typeof(ArgumentNullException), () => codec.Pack(null, new byte[10], 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => codec.Pack(new IsoMessage(), null, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => codec.Pack(new IsoMessage(), new byte[10], 11));
        }
    }
}
