using nanoFramework.TestFramework;

namespace NanoPos.Qr.Tests
{
    /// <summary>
    /// The codewords of the ISO/IEC 18004 worked example (annex I: "01234567", version 1, level M) and the structure
    /// a scanner relies on: finders, timing patterns and the symbol's size per version.
    /// </summary>
    [TestClass]
    public class CodewordTests
    {
        [TestMethod]
        public void The_ISO_worked_example_01234567_gives_the_published_data_and_error_correction_codewords()
        {
            QrCode code = QrEncoder.Encode("01234567", 1, QrErrorCorrectionLevel.M);
            Assert.AreEqual(1, code.Version);
            Assert.AreEqual(QrMode.Numeric, code.Mode);
            Assert.AreEqual(
                "10 20 0C 56 61 80 EC 11 EC 11 EC 11 EC 11 EC 11 A5 24 D4 C1 ED 36 C7 87 2C 55",
                QrTestSupport.ToHex(code.Codewords));
        }

        [TestMethod]
        public void Alphanumeric_HELLO_WORLD_gives_the_well_known_codewords_at_version_1_M()
        {
            // The tutorial example (thonky.com, "Error Correction Coding"): HELLO WORLD at 1-M.
            QrCode code = QrEncoder.Encode("HELLO WORLD", 1, QrErrorCorrectionLevel.M);
            Assert.AreEqual(QrMode.Alphanumeric, code.Mode);
            Assert.AreEqual(
                "20 5B 0B 78 D1 72 DC 4D 43 40 EC 11 EC 11 EC 11 C4 23 27 77 EB D7 E7 E2 5D 17",
                QrTestSupport.ToHex(code.Codewords));
        }

        [TestMethod]
        public void Finders_and_timing_patterns_are_where_a_scanner_looks()
        {
            for (int version = 1; version <= 9; version++)
            {
                QrCode code = QrEncoder.Encode(QrTestSupport.Repeat('1', QrEncoder.Capacity(version, QrErrorCorrectionLevel.H, QrMode.Numeric)), 9);
                Assert.AreEqual(version, code.Version);
                Assert.AreEqual(17 + (4 * version), code.Size);
                int s = code.Size;
                for (int i = 0; i < 7; i++)
                {
                    Assert.IsTrue(code.IsDark(i, 0) && code.IsDark(0, i) && code.IsDark(s - 1 - i, 0) && code.IsDark(i, s - 1));
                    Assert.IsFalse(code.IsDark(i, 7) || code.IsDark(7, i) || code.IsDark(s - 8, i) || code.IsDark(i, s - 8));
                }

                Assert.IsTrue(code.IsDark(3, 3) && code.IsDark(s - 4, 3) && code.IsDark(3, s - 4));
                for (int i = 8; i < s - 8; i++)
                {
                    Assert.AreEqual((i % 2) == 0, code.IsDark(i, 6));
                    Assert.AreEqual((i % 2) == 0, code.IsDark(6, i));
                }
            }
        }
    }
}
