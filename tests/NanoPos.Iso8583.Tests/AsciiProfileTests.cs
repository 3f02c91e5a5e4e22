using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>
    /// The plain ASCII ISO 8583:1987 profile: the same codec, another table. Hand-written frames check its
    /// encoding byte for byte.
    /// </summary>
    [TestClass]
    public class AsciiProfileTests
    {
        public const string Echo0800 =
            "30303633" +                               // length header "0063": 63 bytes follow (no TPDU)
            "30383030" +                               // MTI "0800"
            "30303230303030303030433030303130" +       // bitmap "0020000000C00010": 11 41 42 60
            "303030313237" +                           // 11 "000127"
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            "303131" + "3030303030303031333031";       // 60: LLL "011", "00000001301"

        public const string Sale0200 =
            "30303936" +                               // "0096": 96 bytes follow
            "30323030" +                               // MTI "0200"
            "35303030303030303230303031303030" +       // bitmap "5000000020001000": 2 4 35 52
            "3139" + "36323132333435363738393031323334353637" + // 2: LL "19", the PAN in ASCII digits
            "303030303030303132353030" +               // 4 "000000012500"
            "3333" +                                   // 35: LL "33"
            "36323132333435363738393031323334353637" + //   PAN
            "3D" + "32393132323031313233343536" +      //   '=' then "2912201123456"
            "1122334455667788";                        // 52 PIN block, raw bytes

        private static IsoMessage Sale()
        {
            var m = new IsoMessage();
            m.Mti = Mti.FinancialRequest;
            m.Set(2, IsoTestSupport.Pan);
            m.Set(4, "000000012500");
            m.Set(35, "6212345678901234567=2912201123456");
            m.Set(52, new byte[] { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88 });
            return m;
        }

        private static string Pack(IsoMessage message)
        {
            byte[] buffer = new byte[300];
            int length = new FrameCodec(Ascii1987Profile.Instance).Pack(message, null, buffer, 0);
            return Hex.ToHex(buffer, 0, length);
        }

        private static IsoMessage Unpack(string hex)
        {
            byte[] frame = Hex.Parse(hex);
            var message = new IsoMessage();
            new FrameCodec(Ascii1987Profile.Instance).Unpack(frame, 0, frame.Length, message, null);
            return message;
        }

        [TestMethod]
        public void Echo_0800_packs_to_its_golden_frame()
        {
            Assert.AreEqual(Echo0800, Pack(GoldenNetworkFrames.Echo()));
        }

        [TestMethod]
        public void Echo_0800_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenNetworkFrames.Echo(), Unpack(Echo0800));
        }

        [TestMethod]
        public void Sale_0200_packs_to_its_golden_frame()
        {
            Assert.AreEqual(Sale0200, Pack(Sale()));
            IsoMessage alias = Sale();
            alias.Set(35, "6212345678901234567D2912201123456");
            Assert.AreEqual(Sale0200, Pack(alias), "D is written as '=' in ASCII too");
        }

        [TestMethod]
        public void Sale_0200_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(Sale(), Unpack(Sale0200));
        }

        [TestMethod]
        public void Same_field_numbers_as_the_cup_table()
        {
            for (int f = 2; f <= 128; f++)
            {
                FieldDefinition cup = CupTerminalProfile.Instance.GetField(f);
                FieldDefinition ascii = Ascii1987Profile.Instance.GetField(f);
                Assert.AreEqual(cup == null, ascii == null, "field " + f.ToString());
                if (cup != null)
                {
                    Assert.AreEqual(cup.MaxLength, ascii.MaxLength);
                    Assert.IsTrue(cup.Content == ascii.Content && cup.LengthKind == ascii.LengthKind && cup.Sensitivity == ascii.Sensitivity);
                    Assert.IsTrue(ascii.Encoding != FieldEncoding.Bcd);
                }
            }
        }

        [TestMethod]
        public void Ascii_errors_name_field_and_offset()
        {
            MessageProfile profile = Ascii1987Profile.Instance;
            byte[] bad = Hex.Parse(Sale0200);
            bad[4 + 4 + 16 + 1] = (byte)'X'; // LL prefix "1X"
            byte[] message = new byte[bad.Length - 4];
            System.Array.Copy(bad, 4, message, 0, message.Length);
            IsoTestSupport.AssertError(IsoTestSupport.CatchUnpack(message, profile), IsoError.InvalidLength, 2, 20);

            byte[] badBitmap = Hex.Parse(Sale0200);
            badBitmap[4 + 4 + 3] = (byte)'G';
            System.Array.Copy(badBitmap, 4, message, 0, message.Length);
            IsoTestSupport.AssertError(IsoTestSupport.CatchUnpack(message, profile), IsoError.InvalidCharacter, IsoFormatException.BitmapField, 7);

            byte[] badDigit = Hex.Parse(Sale0200);
            badDigit[4 + 4 + 16 + 2 + 19 + 5] = (byte)'A'; // in field 4
            System.Array.Copy(badDigit, 4, message, 0, message.Length);
            IsoTestSupport.AssertError(IsoTestSupport.CatchUnpack(message, profile), IsoError.InvalidCharacter, 4, 46);

            byte[] badMti = Hex.Parse(Sale0200);
            badMti[5] = (byte)' ';
            System.Array.Copy(badMti, 4, message, 0, message.Length);
            IsoTestSupport.AssertError(IsoTestSupport.CatchUnpack(message, profile), IsoError.InvalidCharacter, IsoFormatException.MtiField, 1);
        }
    }
}
