using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>
    /// What a person sees: the PAN as first 6 + last 4, and nothing of secret fields (track data, PIN
    /// block, keys, ICC data, expiry) but their length.
    /// </summary>
    [TestClass]
    public class MaskingTests
    {
        [DataRow("6212345678901234567", "621234*********4567")]
        [DataRow("4111111111111111", "411111******1111")]
        [DataRow("4000123456789", "400012***6789")]
        [DataRow("123456789012", "********9012")]
        [DataRow("12345", "*2345")]
        [DataRow("1234", "****")]
        [DataRow("", "")]
        public void Pan_shows_first_six_and_last_four_at_most(string pan, string shown)
        {
            Assert.AreEqual(shown, FieldMasker.MaskPan(pan));
        }

        [TestMethod]
        public void Secret_fields_show_only_their_length()
        {
            MessageProfile cup = CupTerminalProfile.Instance;
            Assert.AreEqual("[secret, 33 characters]", FieldMasker.Mask(cup.GetField(35), "6212345678901234567=2912201123456"));
            Assert.AreEqual("[secret, 8 bytes]", FieldMasker.Mask(cup.GetField(52), new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }));
            Assert.AreEqual("[secret, 4 characters]", FieldMasker.Mask(cup.GetField(14), "2912"));
            Assert.AreEqual("[secret, 24 bytes]", FieldMasker.Mask(cup.GetField(62), new byte[24]));
        }

        [TestMethod]
        public void Plain_fields_show_as_they_are_binary_ones_in_hex()
        {
            MessageProfile cup = CupTerminalProfile.Instance;
            Assert.AreEqual("000000012500", FieldMasker.Mask(cup.GetField(4), "000000012500"));
            Assert.AreEqual(IsoTestSupport.MacHex, FieldMasker.Mask(cup.GetField(64), IsoTestSupport.Mac()));
        }

        [TestMethod]
        public void Field_without_a_row_and_any_track_field_are_secret()
        {
            Assert.AreEqual("[secret, 3 characters]", FieldMasker.Mask(null, "abc"));
            Assert.AreEqual("[secret, 2 bytes]", FieldMasker.Mask(null, new byte[2]));
            var careless = new FieldDefinition(35, "Track 2, marked plain by mistake", FieldContent.Track, LengthKind.LlVar, 37, FieldEncoding.Bcd, FieldPadding.PadRight, FieldSensitivity.Plain);
            Assert.AreEqual("[secret, 5 characters]", FieldMasker.Mask(careless, "123=4"));
        }

        [TestMethod]
        public void Printed_sale_never_leaks_secret_content()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Set(42, "MERCHANT-000001"); // the golden merchant ID holds digit runs that would hide a leak
            string text = MessagePrinter.Print(sale, CupTerminalProfile.Instance);
            Assert.Contains("621234*********4567", text);
            Assert.DoesNotContains("6212345678901234567", text);
            Assert.DoesNotContains("567890123", text);                // the PAN's hidden middle
            Assert.DoesNotContains("2912201123456", text);           // track 2 after the separator
            Assert.DoesNotContains("=", text);                       // nothing of track 2
            Assert.DoesNotContains("1122334455667788", text);        // PIN block
            Assert.DoesNotContains("9F2608", text);                  // ICC data
            Assert.DoesNotContains("2912", text);                    // expiry date
            Assert.Contains("[secret, 8 bytes]", text);
        }

        [TestMethod]
        public void Printed_sign_on_response_never_shows_the_working_keys()
        {
            string text = MessagePrinter.Print(GoldenNetworkFrames.SignOnResponse(), CupTerminalProfile.Instance);
            Assert.DoesNotContains("0123456789ABCDEF", text);
            Assert.DoesNotContains("FEDCBA98", text);
            Assert.Contains(" 62  Reserved private (working keys)", text);
            Assert.Contains("[secret, 24 bytes]", text);
        }

        [TestMethod]
        public void Pack_errors_on_secret_fields_do_not_echo_their_characters()
        {
            IsoMessage sale = GoldenFinancialFrames.Sale();
            sale.Set(35, "6212345678901234567=29122011234#6");
            IsoFormatException error = IsoTestSupport.CatchPack(sale, CupTerminalProfile.Instance, 300);
            IsoTestSupport.AssertError(error, IsoError.InvalidCharacter, 35, 41);
            Assert.DoesNotContains("#", error.Message);
        }
    }
}
