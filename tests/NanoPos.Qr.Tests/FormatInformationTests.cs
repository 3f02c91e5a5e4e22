using nanoFramework.TestFramework;

namespace NanoPos.Qr.Tests
{
    /// <summary>
    /// The 15 format bits (BCH(15,5), XOR 0x5412) and the 18 version bits (BCH(18,6)) match the tables published in
    /// ISO/IEC 18004 (annexes C and D), and the symbol carries the format bits of its own level and mask.
    /// </summary>
    [TestClass]
    public class FormatInformationTests
    {
        // Rows: level L, M, Q, H; columns: mask 0 to 7 (ISO/IEC 18004 table C.1, as reproduced in every QR tutorial).
        private static readonly string[] s_table = new string[]
        {
            "111011111000100", "111001011110011", "111110110101010", "111100010011101",
            "110011000101111", "110001100011000", "110110001000001", "110100101110110",
            "101010000010010", "101000100100101", "101111001111100", "101101101001011",
            "100010111111001", "100000011001110", "100111110010111", "100101010100000",
            "011010101011111", "011000001101000", "011111100110001", "011101000000110",
            "010010010110100", "010000110000011", "010111011011010", "010101111101101",
            "001011010001001", "001001110111110", "001110011100111", "001100111010000",
            "000011101100010", "000001001010101", "000110100001100", "000100000111011",
        };

        [TestMethod]
        public void Format_bits_match_the_published_table_for_every_level_and_mask()
        {
            for (int level = 0; level < 4; level++)
            {
                for (int mask = 0; mask < 8; mask++)
                {
                    Assert.AreEqual(s_table[(level * 8) + mask], QrTestSupport.Bits(QrTables.FormatBits(level, mask), 15));
                }
            }
        }

        [TestMethod]
        public void Version_bits_match_the_published_table_for_versions_7_to_9()
        {
            Assert.AreEqual("000111110010010100", QrTestSupport.Bits(QrTables.VersionBits(7), 18));
            Assert.AreEqual("001000010110111100", QrTestSupport.Bits(QrTables.VersionBits(8), 18));
            Assert.AreEqual("001001101010011001", QrTestSupport.Bits(QrTables.VersionBits(9), 18));
        }

        [TestMethod]
        public void The_symbol_carries_its_level_and_mask_in_both_copies()
        {
            string[] texts = new string[] { "01234567", "HELLO WORLD", "nanoPos health", "12345678901234567890123456789012345678901234567890" };
            for (int t = 0; t < texts.Length; t++)
            {
                QrCode code = QrEncoder.Encode(texts[t], 9);
                int expected = QrTables.FormatBits((int)code.Level, code.Mask);
                int first = 0;
                int second = 0;
                for (int i = 0; i < 15; i++)
                {
                    // First copy around the top-left finder; second split under the top-right and beside the bottom-left.
                    int x1 = i <= 5 ? 8 : i == 6 ? 8 : i == 7 ? 8 : i == 8 ? 7 : 14 - i;
                    int y1 = i <= 5 ? i : i == 6 ? 7 : i == 7 ? 8 : 8;
                    first |= (code.IsDark(x1, y1) ? 1 : 0) << i;
                    int x2 = i < 8 ? code.Size - 1 - i : 8;
                    int y2 = i < 8 ? 8 : code.Size - 15 + i;
                    second |= (code.IsDark(x2, y2) ? 1 : 0) << i;
                }

                Assert.AreEqual(expected, first);
                Assert.AreEqual(expected, second);
                Assert.IsTrue(code.IsDark(8, code.Size - 8), "The dark module is always dark.");
            }
        }

        [TestMethod]
        public void Version_7_and_up_carry_the_version_bits_in_both_blocks()
        {
            QrCode code = QrEncoder.Encode(QrTestSupport.Repeat('7', 330), 9, QrErrorCorrectionLevel.L);
            Assert.AreEqual(7, code.Version);
            int expected = QrTables.VersionBits(7);
            for (int i = 0; i < 18; i++)
            {
                bool bit = ((expected >> i) & 1) != 0;
                Assert.AreEqual(bit, code.IsDark(code.Size - 11 + (i % 3), i / 3));
                Assert.AreEqual(bit, code.IsDark(i / 3, code.Size - 11 + (i % 3)));
            }
        }
    }
}
