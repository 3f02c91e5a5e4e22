using System;
using System.IO;
using System.Linq;
using NanoPos.Cli;
using NanoPos.Emulation;
using NanoPos.Hal;
using NanoPos.Hal.Host;
using NanoPos.Ui;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>
    /// <c>nanopos receipt decode</c> (issue 14): a receipt's text, and the receipt QR code in a picture of the firmware's own
    /// display after a sale, read back to its fields; garbage refused with exit 2 and what is wrong.
    /// </summary>
    public class ReceiptCommandTests
    {
        private const string Known = "nanoPos receipt\nTEST SHOP\nMerchant 123456789012345\nTerminal TERM0001\nSALE 125.00\nCard 622848******0015\nTime 2026-11-22 10:01\nSTAN 000002\nRRN 000000000042\nAuth A1B2C3\nAPPROVED";

        private static (int Exit, string Output, string Error) Receipt(string stdin, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = ReceiptCommand.Run(args, new StringReader(stdin ?? string.Empty), output, error);
            return (exit, output.ToString().Replace("\r\n", "\n"), error.ToString());
        }

        [Fact]
        public void AReceiptsTextIsPrintedFieldByField()
        {
            var (exit, output, error) = Receipt(null, "decode", Known);
            Assert.True(exit == 0, error);
            Assert.Contains("sale       125.00", output);
            Assert.Contains("card       622848******0015", output);
            Assert.Contains("auth code  A1B2C3", output);
            Assert.Contains("status     APPROVED", output);

            var (stdinExit, stdinOutput, _) = Receipt(Known.Replace("\n", "\r\n"), "decode", "--text-file", "-", "--json");
            Assert.Equal(0, stdinExit);
            Assert.Contains("\"amountMinor\": 12500", stdinOutput);
        }

        [Fact]
        public void TheReceiptQrCodeOnTheFirmwaresOwnDisplayReadsBack()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            Press(terminal, "3000#6228480000000015#1229#1234#");
            Assert.Equal(UiScreen.Result, terminal.Screen);
            Press(terminal, "0");
            Assert.Equal(UiScreen.ReceiptQr, terminal.Screen);

            string folder = Directory.CreateTempSubdirectory("nanopos-receipt-").FullName;
            try
            {
                string png = Path.Combine(folder, "receipt.png");
                FramebufferPng.WriteFile(terminal.Frame, png, 3, FramebufferPngStyle.Oled);
                var (exit, output, error) = Receipt(null, "decode", "--image", png);
                Assert.True(exit == 0, error);
                Assert.Contains("sale       30.00", output);
                Assert.Contains("card       622848******0015", output);
                Assert.Contains("status     APPROVED", output);
                Assert.DoesNotContain("6228480000000015", output);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [Theory]
        [InlineData("hello", "Not a nanoPos receipt")]
        [InlineData("nanoPos receipt\nA\nShop 1\nTerminal T\nSALE 1.00\nCard x\nTime t\nSTAN 000001\nAPPROVED", "Line 3 must start with \"Merchant\"")]
        public void GarbageIsRefusedSayingWhatIsWrong(string text, string message)
        {
            var (exit, _, error) = Receipt(null, "decode", text);
            Assert.Equal(2, exit);
            Assert.Contains(message, error);
        }

        [Fact]
        public void BadUsageExitsTwo()
        {
            Assert.Equal(2, Receipt(null, "decode").Exit);
            Assert.Equal(2, Receipt(null, "decode", Known, "--image", "x.png").Exit);
            Assert.Equal(2, Receipt(null, "decode", "--decimals", "9", Known).Exit);
            Assert.Equal(2, Receipt(null, "decode", "--image", "/nonexistent/receipt.png").Exit);
            Assert.Equal(0, Receipt(null, "--help").Exit);
        }

        private static void Press(SimulatedTerminal terminal, string keys)
        {
            foreach (char c in keys)
            {
                terminal.Press(c == '#' ? Key.Enter : Key.Digit0 + (c - '0'));
            }
        }
    }
}
