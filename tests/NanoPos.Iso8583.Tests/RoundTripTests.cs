using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>Every message survives pack then unpack in both profiles; lengths at every size round-trip.</summary>
    [TestClass]
    public class RoundTripTests
    {
        public static IsoMessage[] Goldens()
        {
            return new IsoMessage[]
            {
                GoldenFinancialFrames.Sale(), GoldenFinancialFrames.Void(), GoldenFinancialFrames.SaleResponse(),
                GoldenFinancialFrames.Refund(), GoldenFinancialFrames.RefundResponse(),
                GoldenReversalFrames.Reversal(Mti.ReversalRequest), GoldenReversalFrames.Reversal(Mti.ReversalRepeat),
                GoldenReversalFrames.ReversalResponse(), GoldenNetworkFrames.SignOn(), GoldenNetworkFrames.Echo(),
                GoldenNetworkFrames.SignOnResponse(), GoldenSettlementFrames.Settlement(), GoldenSettlementFrames.SettlementResponse(),
                GoldenSettlementFrames.BatchUpload(), GoldenSettlementFrames.BatchUploadResponse(), SecondaryBitmapTests.Reversal(),
            };
        }

        private static void AssertRoundTrip(IsoMessage message, MessageProfile profile)
        {
            byte[] packed = IsoTestSupport.PackMessage(message, profile);
            var back = new IsoMessage();
            new MessageCodec(profile).Unpack(packed, 0, packed.Length, back);
            IsoTestSupport.AssertSameMessage(message, back);
            Assert.AreEqual(Hex.ToHex(packed), Hex.ToHex(IsoTestSupport.PackMessage(back, profile)), "repacking gives the same bytes");
        }

        [TestMethod]
        public void Golden_messages_round_trip_in_the_cup_profile()
        {
            IsoMessage[] all = Goldens();
            for (int i = 0; i < all.Length; i++)
            {
                AssertRoundTrip(all[i], CupTerminalProfile.Instance);
            }
        }

        [TestMethod]
        public void Golden_messages_round_trip_in_the_ascii_profile()
        {
            IsoMessage[] all = Goldens();
            for (int i = 0; i < all.Length; i++)
            {
                AssertRoundTrip(all[i], Ascii1987Profile.Instance);
            }
        }

        [TestMethod]
        public void Every_pan_and_track_length_round_trips()
        {
            string digits = "6212345678901234567890123456789012345678";
            for (int length = 0; length <= 19; length++)
            {
                var message = new IsoMessage();
                message.Mti = Mti.FinancialRequest;
                message.Set(2, digits.Substring(0, length));
                message.Set(4, "000000000001");
                message.Set(35, digits.Substring(0, length) + "=" + digits.Substring(0, 17 - (length % 17)));
                message.Set(60, digits.Substring(0, 17 - (length % 17)));
                AssertRoundTrip(message, CupTerminalProfile.Instance);
                AssertRoundTrip(message, Ascii1987Profile.Instance);
            }
        }

        [TestMethod]
        public void Binary_fields_of_every_length_round_trip()
        {
            for (int length = 0; length <= 255; length += 15)
            {
                byte[] icc = new byte[length];
                for (int i = 0; i < length; i++)
                {
                    icc[i] = (byte)(i * 7);
                }

                var message = new IsoMessage();
                message.Mti = Mti.FinancialRequest;
                message.Set(55, icc);
                message.Set(62, new byte[512 - length]);
                AssertRoundTrip(message, CupTerminalProfile.Instance);
                AssertRoundTrip(message, Ascii1987Profile.Instance);
            }
        }

        [TestMethod]
        public void Every_printable_character_round_trips_in_ans_fields()
        {
            char[] printable = new char[95];
            for (int i = 0; i < printable.Length; i++)
            {
                printable[i] = (char)(' ' + i);
            }

            var message = new IsoMessage();
            message.Mti = Mti.SettlementRequest;
            message.Set(63, new string(printable));
            message.Set(48, new string(printable) + new string(printable) + new string(printable));
            AssertRoundTrip(message, CupTerminalProfile.Instance);
            AssertRoundTrip(message, Ascii1987Profile.Instance);
        }

        [TestMethod]
        public void Message_without_fields_is_an_mti_and_an_empty_bitmap()
        {
            var message = new IsoMessage();
            message.Mti = Mti.NetworkRequest;
            byte[] packed = IsoTestSupport.PackMessage(message, CupTerminalProfile.Instance);
            Assert.AreEqual("0800" + "0000000000000000", Hex.ToHex(packed));
            AssertRoundTrip(message, CupTerminalProfile.Instance);
        }
    }
}
