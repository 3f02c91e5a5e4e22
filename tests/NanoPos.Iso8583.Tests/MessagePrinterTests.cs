using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>The printed form of a message and of a codec error.</summary>
    [TestClass]
    public class MessagePrinterTests
    {
        [TestMethod]
        public void One_line_per_field_after_the_mti_and_the_bitmap()
        {
            string[] lines = MessagePrinter.Lines(GoldenFinancialFrames.Sale(), CupTerminalProfile.Instance);
            Assert.AreEqual(2 + 18, lines.Length);
            Assert.AreEqual("MTI     0200  financial request (sale, void)", lines[0]);
            Assert.AreEqual("bitmap  702406C020C09A11", lines[1]);
            Assert.AreEqual("  2  Primary account number                         621234*********4567", lines[2]);
            Assert.AreEqual("  4  Amount, transaction                            000000012500", lines[4]);
            Assert.AreEqual(" 64  Message authentication code                    A1B2C3D4E5F60718", lines[19]);
        }

        [TestMethod]
        public void Print_joins_the_lines()
        {
            string text = MessagePrinter.Print(GoldenNetworkFrames.Echo(), CupTerminalProfile.Instance);
            Assert.StartsWith("MTI     0800  network management (sign-on, echo)\nbitmap  0020000000C00010\n 11  System trace audit number", text);
            Assert.EndsWith(" 00000001301\n", text);
        }

        [TestMethod]
        public void Field_outside_the_profile_is_named_and_hidden()
        {
            var message = new IsoMessage();
            message.Mti = 200;
            message.Set(5, "123");
            string line = MessagePrinter.FieldLine(message, CupTerminalProfile.Instance, 5);
            Assert.Contains("(not in profile CUP terminal)", line);
            Assert.Contains("[secret, 3 characters]", line);
            Assert.IsNull(MessagePrinter.FieldLine(message, CupTerminalProfile.Instance, 6));
        }

        [TestMethod]
        public void Errors_are_described_with_reason_field_name_and_offset()
        {
            byte[] data = UnpackErrorTests.Sale();
            data[31] = 0x0A;
            IsoFormatException error = IsoTestSupport.CatchUnpack(data, CupTerminalProfile.Instance);
            Assert.AreEqual("NonBcdNibble: field 11 (System trace audit number) at byte 31: nibble 10 is not a decimal digit.", MessagePrinter.Describe(error, CupTerminalProfile.Instance));
            Assert.AreEqual("FrameLengthMismatch", MessagePrinter.ReasonName(IsoError.FrameLengthMismatch));
            Assert.AreEqual("99", MessagePrinter.ReasonName((IsoError)99));
        }
    }
}
