using System;
using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Firmware.Tests
{
    /// <summary>Packed BCD: every numeric ISO 8583 field and length goes through it.</summary>
    [TestClass]
    public class BcdTests
    {
        [TestMethod]
        public void Even_digit_count_packs_two_digits_per_byte()
        {
            byte[] buffer = new byte[3];
            int written = Bcd.Pack("123456", buffer, 0);

            Assert.AreEqual(3, written);
            CollectionAssert.AreEqual(new byte[] { 0x12, 0x34, 0x56 }, buffer);
        }

        [TestMethod]
        public void Odd_digit_count_is_left_padded_with_zero()
        {
            byte[] buffer = new byte[2];
            Assert.AreEqual(2, Bcd.Pack("123", buffer, 0));
            CollectionAssert.AreEqual(new byte[] { 0x01, 0x23 }, buffer);
            Assert.AreEqual("123", Bcd.UnpackToString(buffer, 0, 3));
        }

        [DataRow("")]
        [DataRow("0")]
        [DataRow("07")]
        [DataRow("000042")]
        [DataRow("6212345678901234567")]
        public void Digits_survive_a_round_trip(string digits)
        {
            byte[] buffer = new byte[12];
            int written = Bcd.Pack(digits, buffer, 1);

            Assert.AreEqual(Bcd.PackedLength(digits.Length), written);
            Assert.AreEqual(digits, Bcd.UnpackToString(buffer, 1, digits.Length));
        }

        [TestMethod]
        public void Char_buffer_round_trip_without_strings()
        {
            char[] typed = new char[] { 'x', '9', '8', '7', '6', '5', 'x' };
            byte[] packed = new byte[3];
            Assert.AreEqual(3, Bcd.Pack(typed, 1, 5, packed, 0));
            CollectionAssert.AreEqual(new byte[] { 0x09, 0x87, 0x65 }, packed);

            char[] back = new char[5];
            Assert.AreEqual(3, Bcd.Unpack(packed, 0, 5, back, 0));
            Assert.AreEqual("98765", new string(back));
        }

        [TestMethod]
        public void Bad_digit_names_its_offset_and_writes_nothing()
        {
            byte[] buffer = new byte[] { 0xEE, 0xEE };
            BcdFormatException caught = null;
            try
            {
                Bcd.Pack("12A4", buffer, 0);
            }
            catch (BcdFormatException e)
            {
                caught = e;
            }

            Assert.IsNotNull(caught, "BcdFormatException expected");
            Assert.AreEqual(2, caught.Offset);
            CollectionAssert.AreEqual(new byte[] { 0xEE, 0xEE }, buffer);
            Assert.ThrowsException(typeof(BcdFormatException), () => Bcd.Pack("1 2", new byte[2], 0));
        }

        [TestMethod]
        public void Nibble_above_nine_is_reported_at_its_byte()
        {
            byte[] data = new byte[] { 0x12, 0x3A, 0x45 };
            BcdFormatException caught = CatchUnpack(data, 0, 6);

            Assert.IsNotNull(caught, "BcdFormatException expected");
            Assert.AreEqual(1, caught.Offset);
            Assert.IsFalse(Bcd.IsValid(data, 0, 6));
            Assert.IsTrue(Bcd.IsValid(data, 0, 2));
        }

        [TestMethod]
        public void Truncated_data_is_a_format_error_not_an_index_error()
        {
            byte[] data = new byte[] { 0x12, 0x34 };
            BcdFormatException caught = CatchUnpack(data, 1, 4);

            Assert.IsNotNull(caught, "BcdFormatException expected");
            Assert.AreEqual(2, caught.Offset);
            Assert.ThrowsException(typeof(BcdFormatException), () => Bcd.UnpackNumber(data, 5, 2));
        }

        [TestMethod]
        public void Pad_nibble_of_an_odd_count_must_be_zero()
        {
            byte[] data = new byte[] { 0x51, 0x23 };
            BcdFormatException caught = CatchUnpack(data, 0, 3);

            Assert.IsNotNull(caught, "BcdFormatException expected");
            Assert.AreEqual(0, caught.Offset);
            Assert.AreEqual("5123", Bcd.UnpackToString(data, 0, 4));
        }

        [TestMethod]
        public void Numbers_pack_zero_filled_to_their_field_size()
        {
            byte[] amount = new byte[6];
            Assert.AreEqual(6, Bcd.PackNumber(12500, 12, amount, 0));
            CollectionAssert.AreEqual(new byte[] { 0x00, 0x00, 0x00, 0x01, 0x25, 0x00 }, amount);
            Assert.AreEqual(12500L, Bcd.UnpackNumber(amount, 0, 12));

            byte[] llvar = new byte[2];
            Bcd.PackNumber(123, 3, llvar, 0);
            CollectionAssert.AreEqual(new byte[] { 0x01, 0x23 }, llvar);
            Assert.AreEqual(123L, Bcd.UnpackNumber(llvar, 0, 3));
        }

        [TestMethod]
        public void Number_too_large_for_its_field_is_refused_untouched()
        {
            byte[] buffer = new byte[] { 0xEE, 0xEE };
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Bcd.PackNumber(10000, 4, buffer, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Bcd.PackNumber(-1, 4, buffer, 0));
            CollectionAssert.AreEqual(new byte[] { 0xEE, 0xEE }, buffer);
        }

        [TestMethod]
        public void Buffer_without_room_is_refused()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => Bcd.Pack("123456", new byte[3], 1));
            Assert.ThrowsException(typeof(ArgumentException), () => Bcd.Unpack(new byte[] { 0x12, 0x34 }, 0, 4, new char[3], 0));
        }

        private static BcdFormatException CatchUnpack(byte[] data, int offset, int digitCount)
        {
            try
            {
                Bcd.Unpack(data, offset, digitCount, new char[digitCount], 0);
            }
            catch (BcdFormatException e)
            {
                return e;
            }

            return null;
        }
    }
}
