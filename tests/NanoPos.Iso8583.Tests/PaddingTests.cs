using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>
    /// The odd-length BCD padding rule of the CUP profile: right-aligned fields (FieldPadding.PadLeft:
    /// amounts, STAN, card sequence number) put the 0 pad nibble first, left-aligned ones (PadRight: PAN,
    /// track data, entry mode, fields 60/61) put it last; LLL prefixes are right-aligned numbers; the pad
    /// nibble must be 0 when unpacking.
    /// </summary>
    [TestClass]
    public class PaddingTests
    {
        private static string PackOne(int field, string value)
        {
            var message = new IsoMessage();
            message.Mti = Mti.FinancialRequest;
            message.Set(field, value);
            byte[] packed = IsoTestSupport.PackMessage(message, CupTerminalProfile.Instance);
            return Hex.ToHex(packed, 10, packed.Length - 10); // after MTI (2) and bitmap (8)
        }

        private static string UnpackOne(int field, string bitmap, string valueHex)
        {
            byte[] data = Hex.Parse("0200" + bitmap + valueHex);
            var message = new IsoMessage();
            new MessageCodec(CupTerminalProfile.Instance).Unpack(data, 0, data.Length, message);
            return message.GetString(field);
        }

        [TestMethod]
        public void Right_aligned_field_pads_first()
        {
            Assert.AreEqual("0001", PackOne(23, "001"));
            Assert.AreEqual("001", UnpackOne(23, "0000020000000000", "0001"));
        }

        [TestMethod]
        public void Left_aligned_field_pads_last()
        {
            Assert.AreEqual("0510", PackOne(22, "051"));
            Assert.AreEqual("051", UnpackOne(22, "0000040000000000", "0510"));
        }

        [TestMethod]
        public void Variable_left_aligned_fields_pad_last_after_their_prefix()
        {
            Assert.AreEqual("15" + "6212345678901230", PackOne(2, "621234567890123"));
            Assert.AreEqual("0003" + "1230", PackOne(60, "123"));
            Assert.AreEqual("621234567890123", UnpackOne(2, "4000000000000000", "156212345678901230"));
        }

        [TestMethod]
        public void Even_lengths_have_no_pad_nibble()
        {
            Assert.AreEqual("000000012500", PackOne(4, "000000012500"));
            Assert.AreEqual("0004" + "1234", PackOne(60, "1234"));
            Assert.AreEqual("00", PackOne(25, "00"));
        }

        [TestMethod]
        public void Lll_prefix_is_right_aligned_bcd()
        {
            string hex = PackOne(48, "ABC");
            Assert.AreEqual("0003" + "414243", hex);
            string longer = PackOne(48, new string('x', 123));
            Assert.AreEqual("0123", longer.Substring(0, 4));
        }

        [TestMethod]
        public void Track_separator_is_nibble_d_and_d_is_accepted_on_pack()
        {
            Assert.AreEqual("05" + "123D40", PackOne(35, "123=4"));
            Assert.AreEqual("05" + "123D40", PackOne(35, "123D4"));
            Assert.AreEqual("05" + "123D40", PackOne(35, "123d4"));
            Assert.AreEqual("123=4", UnpackOne(35, "0000000020000000", "05123D40"));
        }

        [TestMethod]
        public void Non_zero_pad_nibble_is_refused()
        {
            IsoFormatException first = IsoTestSupport.CatchUnpack(Hex.Parse("0200" + "0000020000000000" + "1001"), CupTerminalProfile.Instance);
            IsoTestSupport.AssertError(first, IsoError.NonBcdNibble, 23, 10);
            IsoFormatException last = IsoTestSupport.CatchUnpack(Hex.Parse("0200" + "0000040000000000" + "0515"), CupTerminalProfile.Instance);
            IsoTestSupport.AssertError(last, IsoError.NonBcdNibble, 22, 11);
        }

        [TestMethod]
        public void Empty_variable_field_is_a_zero_prefix()
        {
            Assert.AreEqual("00", PackOne(2, string.Empty));
            Assert.AreEqual(string.Empty, UnpackOne(2, "4000000000000000", "00"));
        }

        [TestMethod]
        public void Ascii_profile_never_pads()
        {
            var message = new IsoMessage();
            message.Mti = Mti.FinancialRequest;
            message.Set(22, "051");
            message.Set(23, "001");
            byte[] packed = IsoTestSupport.PackMessage(message, Ascii1987Profile.Instance);
            Assert.AreEqual("303531" + "303031", Hex.ToHex(packed, 20, 6));
            Assert.AreEqual(26, packed.Length);
        }
    }
}
