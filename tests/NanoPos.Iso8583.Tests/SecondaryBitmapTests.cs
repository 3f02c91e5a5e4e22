using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>The secondary bitmap: written (and bit 1 set) only when a field 65-128 is present.</summary>
    [TestClass]
    public class SecondaryBitmapTests
    {
        public const string ReversalWith90And128 =
            "0048" +                                   // 72 bytes follow (5 + 67)
            IsoTestSupport.RequestTpdu +
            "0400" +                                   // MTI 0400
            "B020000000800000" +                       // primary bitmap: 1 (secondary follows) 3 4 11 41
            "0000004000000001" +                       // secondary bitmap: 90 128
            "000000" +                                 // 3
            "000000012500" +                           // 4 amount 125.00
            "000123" +                                 // 11 STAN 000123
            IsoTestSupport.TerminalIdField +           // 41
            "020000012311221030150000001034400000000000" + // 90 n42: MTI 0200, STAN 000123, 1122103015, acquirer 00000010344, forwarder 00000000000
            IsoTestSupport.MacHex;                     // 128 MAC b8

        public static IsoMessage Reversal()
        {
            var m = new IsoMessage();
            m.Mti = Mti.ReversalRequest;
            m.Set(3, "000000");
            m.Set(4, "000000012500");
            m.Set(11, "000123");
            m.Set(41, IsoTestSupport.TerminalId);
            m.Set(90, "020000012311221030150000001034400000000000");
            m.Set(128, IsoTestSupport.Mac());
            return m;
        }

        [TestMethod]
        public void Fields_90_and_128_pack_with_a_secondary_bitmap()
        {
            Assert.AreEqual(ReversalWith90And128, IsoTestSupport.PackCup(Reversal(), false));
        }

        [TestMethod]
        public void Fields_90_and_128_unpack_from_the_secondary_bitmap()
        {
            IsoTestSupport.AssertSameMessage(Reversal(), IsoTestSupport.UnpackCup(ReversalWith90And128, false));
        }

        [TestMethod]
        public void No_secondary_bitmap_without_fields_above_64()
        {
            IsoMessage message = Reversal();
            message.Remove(90);
            message.Remove(128);
            byte[] packed = IsoTestSupport.PackMessage(message, CupTerminalProfile.Instance);
            Assert.AreEqual("3020000000800000", Hex.ToHex(packed, 2, 8));
            Assert.AreEqual(2 + 8 + 3 + 6 + 3 + 8, packed.Length);
        }

        [TestMethod]
        public void Setting_null_or_clearing_takes_fields_out_of_the_bitmap()
        {
            IsoMessage message = Reversal();
            message.Set(90, (string)null);
            message.Set(128, (byte[])null);
            Assert.IsFalse(message.Has(90));
            byte[] packed = IsoTestSupport.PackMessage(message, CupTerminalProfile.Instance);
            Assert.AreEqual("3020000000800000", Hex.ToHex(packed, 2, 8));

            message.Clear();
            message.Mti = Mti.ReversalRequest;
            message.Set(11, "000123");
            Assert.AreEqual("0400" + "0020000000000000" + "000123", Hex.ToHex(IsoTestSupport.PackMessage(message, CupTerminalProfile.Instance)));
        }

        [TestMethod]
        public void Unpacking_into_a_used_message_keeps_only_the_fields_received()
        {
            IsoMessage primaryOnly = Reversal();
            primaryOnly.Remove(90);
            primaryOnly.Remove(128);
            byte[] packed = IsoTestSupport.PackMessage(primaryOnly, CupTerminalProfile.Instance);
            IsoMessage target = Reversal();
            new MessageCodec(CupTerminalProfile.Instance).Unpack(packed, 0, packed.Length, target);
            Assert.IsFalse(target.Has(90));
            Assert.IsFalse(target.Has(128));
            Assert.AreEqual(Hex.ToHex(packed), Hex.ToHex(IsoTestSupport.PackMessage(target, CupTerminalProfile.Instance)));
        }

        [TestMethod]
        public void Field_128_alone_still_sets_bit_1()
        {
            var message = new IsoMessage();
            message.Mti = Mti.ReversalRequest;
            message.Set(128, IsoTestSupport.Mac());
            byte[] packed = IsoTestSupport.PackMessage(message, CupTerminalProfile.Instance);
            Assert.AreEqual("0400" + "8000000000000000" + "0000000000000001" + IsoTestSupport.MacHex, Hex.ToHex(packed));
        }

        [TestMethod]
        public void Secondary_bit_of_a_field_the_profile_lacks_is_refused()
        {
            byte[] data = Hex.Parse("0400" + "8000000000000000" + "0000000000001000"); // secondary bit of field 116
            IsoTestSupport.AssertError(IsoTestSupport.CatchUnpack(data, CupTerminalProfile.Instance), IsoError.FieldNotInProfile, 116, 16);
        }

        [TestMethod]
        public void Ascii_profile_writes_both_bitmaps_as_hex_text()
        {
            byte[] packed = IsoTestSupport.PackMessage(Reversal(), Ascii1987Profile.Instance);
            Assert.AreEqual("B0200000008000000000004000000001", IsoTestSupport.Ascii(packed, 4, 32));
        }
    }
}
