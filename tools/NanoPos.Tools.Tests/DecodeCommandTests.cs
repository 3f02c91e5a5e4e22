using System.IO;
using NanoPos.Cli;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary><c>nanopos decode</c>: a frame field by field, masked, or the typed error.</summary>
    public class DecodeCommandTests
    {
        // The hand-written golden 0200 sale of tests/NanoPos.Iso8583.Tests (GoldenFinancialFrames.Sale0200), spaced as pasted from a log.
        private const string Sale0200 =
            "00 87 60 00 03 00 00 02 00 70 24 06 C0 20 C0 9A 11 19 62 12 34 56 78 90 12 34 56 70 00 00 00 00 00 00 01 25 00 " +
            "00 01 23 29 12 05 10 00 01 00 12 33 62 12 34 56 78 90 12 34 56 7D 29 12 20 11 23 45 60 " +
            "31 30 30 30 30 30 30 31 31 32 33 34 35 36 37 38 39 30 31 32 33 34 35 31 35 36 11 22 33 44 55 66 77 88 " +
            "26 00 00 00 00 00 00 00 00 11 9F 26 08 01 02 03 04 05 06 07 08 00 11 22 00 00 01 00 00 A1 B2 C3 D4 E5 F6 07 18";

        private static (int Exit, string Output) Decode(params string[] args)
        {
            var output = new StringWriter();
            var all = new string[args.Length + 1];
            all[0] = "decode";
            args.CopyTo(all, 1);
            int exit = Program.Run(all, output, output);
            return (exit, output.ToString());
        }

        [Fact]
        public void GoldenSalePrintsEveryFieldMasked()
        {
            (int exit, string text) = Decode(Sale0200);

            Assert.Equal(0, exit);
            Assert.Contains("length header 0087 (135 bytes follow), TPDU 6000030000 (ID 60, destination 0003, source 0000)", text);
            Assert.Contains("MTI     0200  financial request (sale, void)", text);
            Assert.Contains("bitmap  702406C020C09A11", text);
            string[] expected =
            {
                "  2  Primary account number                         621234*********4567",
                "  3  Processing code                                000000",
                "  4  Amount, transaction                            000000012500 (125.00)",
                " 11  System trace audit number                      000123",
                " 14  Date, expiration (YYMM)                        [secret, 4 characters]",
                " 22  POS entry mode                                 051",
                " 23  Card sequence number                           001",
                " 25  POS condition code                             00",
                " 26  POS PIN capture code                           12",
                " 35  Track 2 data                                   [secret, 33 characters]",
                " 41  Terminal ID                                    10000001",
                " 42  Merchant ID                                    123456789012345",
                " 49  Currency code, transaction                     156",
                " 52  PIN block                                      [secret, 8 bytes]",
                " 53  Security control information                   2600000000000000",
                " 55  ICC data                                       [secret, 11 bytes]",
                " 60  Reserved private (message type, batch number)  22000001000",
                " 64  Message authentication code                    A1B2C3D4E5F60718",
            };
            foreach (string line in expected)
            {
                Assert.Contains(line + "\n", text.Replace("\r\n", "\n"));
            }

            Assert.DoesNotContain("6212345678901234567", text);
            Assert.DoesNotContain("2912201123456", text);
            Assert.DoesNotContain("1122334455667788", text);
        }

        [Fact]
        public void CompactHexAndTheCliSampleAreTheSameFrame()
        {
            Assert.Equal(Sale0200.Replace(" ", string.Empty), SampleFrames.Sale0200Hex.Replace(" ", string.Empty));
            Assert.Equal(0, Decode(Sale0200.Replace(" ", string.Empty)).Exit);
        }

        [Fact]
        public void DamagedFramePrintsTheTypedErrorAndExitsOne()
        {
            string damaged = Sale0200.Replace("00 01 23 29 12", "00 0A 23 29 12");

            (int exit, string text) = Decode(damaged);

            Assert.Equal(1, exit);
            Assert.Contains("error   NonBcdNibble: field 11 (System trace audit number) at byte 38: nibble 10 is not a decimal digit.", text);
        }

        [Fact]
        public void FileWithHexTextAndAsciiProfileDecode()
        {
            string path = Path.GetTempFileName();
            try
            {
                // 0800 echo in the ASCII profile: "0063" "0800" "0020000000C00010" "000127" "10000001" "123456789012345" "011" "00000001301".
                File.WriteAllText(path, "30303633 30383030 30303230303030303030433030303130\n303030313237 3130303030303031 313233343536373839303132333435 303131 3030303030303031333031\n");

                (int exit, string text) = Decode("--file", path, "--profile", "ascii");

                Assert.Equal(0, exit);
                Assert.Contains("length header 0063 (63 bytes follow), no TPDU", text);
                Assert.Contains(" 60  Reserved private (message type, batch number)  00000001301", text);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void BareMessageAndBadInput()
        {
            Assert.Equal(0, Decode("--message", "0800 0020000000000000 000125").Exit);
            Assert.Equal(2, Decode("0087 60XX").Exit);
            Assert.Equal(2, Decode("--profile", "iso93", "0087").Exit);
            Assert.Equal(2, Decode().Exit);
            Assert.Equal(1, Decode("00").Exit);
        }
    }
}
