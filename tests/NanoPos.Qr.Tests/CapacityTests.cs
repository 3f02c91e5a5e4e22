using System;
using nanoFramework.TestFramework;

namespace NanoPos.Qr.Tests
{
    /// <summary>
    /// Capacities per version, level and mode match the ISO/IEC 18004 table (7.4.10), the longest text fits and one
    /// more character fails with a sentence, and the encoder picks the mode and the strongest level that fit.
    /// </summary>
    [TestClass]
    public class CapacityTests
    {
        // Per version 1 to 9, per level L, M, Q, H: numeric, alphanumeric, byte.
        private static readonly int[] s_capacity = new int[]
        {
            41, 25, 17, 34, 20, 14, 27, 16, 11, 17, 10, 7,
            77, 47, 32, 63, 38, 26, 48, 29, 20, 34, 20, 14,
            127, 77, 53, 101, 61, 42, 77, 47, 32, 58, 35, 24,
            187, 114, 78, 149, 90, 62, 111, 67, 46, 82, 50, 34,
            255, 154, 106, 202, 122, 84, 144, 87, 60, 106, 64, 44,
            322, 195, 134, 255, 154, 106, 178, 108, 74, 139, 84, 58,
            370, 224, 154, 293, 178, 122, 207, 125, 86, 154, 93, 64,
            461, 279, 192, 365, 221, 152, 259, 157, 108, 202, 122, 84,
            552, 335, 230, 432, 262, 180, 312, 189, 130, 235, 143, 98,
        };

        [TestMethod]
        public void Capacities_match_the_published_table()
        {
            for (int version = 1; version <= 9; version++)
            {
                for (int level = 0; level < 4; level++)
                {
                    int row = ((version - 1) * 12) + (level * 3);
                    QrErrorCorrectionLevel l = (QrErrorCorrectionLevel)level;
                    Assert.AreEqual(s_capacity[row], QrEncoder.Capacity(version, l, QrMode.Numeric));
                    Assert.AreEqual(s_capacity[row + 1], QrEncoder.Capacity(version, l, QrMode.Alphanumeric));
                    Assert.AreEqual(s_capacity[row + 2], QrEncoder.Capacity(version, l, QrMode.Byte));
                }
            }
        }

        [TestMethod]
        public void The_longest_text_fits_and_one_more_character_fails_with_a_sentence()
        {
            QrCode code = QrEncoder.Encode(QrTestSupport.Repeat('9', 552), 9);
            Assert.AreEqual(9, code.Version);
            Assert.AreEqual(QrErrorCorrectionLevel.L, code.Level);
            Assert.ThrowsException(typeof(ArgumentException), () => QrEncoder.Encode(QrTestSupport.Repeat('9', 553), 9));
            Assert.ThrowsException(typeof(ArgumentException), () => QrEncoder.Encode(QrTestSupport.Repeat('a', 231), 9));
            Assert.ThrowsException(typeof(ArgumentException), () => QrEncoder.Encode(QrTestSupport.Repeat('A', 26), 1, QrErrorCorrectionLevel.L));
            string message = null;
            try
            {
                QrEncoder.Encode(QrTestSupport.Repeat('a', 231), 9);
            }
            catch (ArgumentException e)
            {
                message = e.Message;
            }

            Assert.IsNotNull(message);
            Assert.IsTrue(message.IndexOf("too long") >= 0, message);
            Assert.IsTrue(message.IndexOf("version 9") >= 0, message);
            Assert.IsTrue(message.IndexOf("230 UTF-8 bytes") >= 0, message);
        }

        [TestMethod]
        public void Non_ASCII_text_counts_its_UTF8_bytes()
        {
            Assert.AreEqual(9, QrEncoder.Encode(QrTestSupport.Repeat('\u00E9', 115), 9).Version);
            Assert.ThrowsException(typeof(ArgumentException), () => QrEncoder.Encode(QrTestSupport.Repeat('\u00E9', 116), 9));
            Assert.AreEqual(QrMode.Byte, QrEncoder.Encode("\u4E2D\u6587", 1).Mode);
        }

        [TestMethod]
        public void The_most_compact_mode_and_the_strongest_level_that_fits_are_chosen()
        {
            Assert.AreEqual(QrMode.Numeric, QrEncoder.Encode("0123456789", 9).Mode);
            Assert.AreEqual(QrMode.Alphanumeric, QrEncoder.Encode("HEALTH:OK $5.00", 9).Mode);
            Assert.AreEqual(QrMode.Byte, QrEncoder.Encode("health ok", 9).Mode);

            QrCode small = QrEncoder.Encode("01234567", 1);
            Assert.AreEqual(QrErrorCorrectionLevel.H, small.Level);
            Assert.AreEqual(1, small.Version);

            // 20 bytes: 1-Q holds 11, 2-Q 20, so Q at version 2 beats H (needs version 3) within a budget of 2.
            QrCode twenty = QrEncoder.Encode(QrTestSupport.Repeat('x', 20), 2);
            Assert.AreEqual(QrErrorCorrectionLevel.Q, twenty.Level);
            Assert.AreEqual(2, twenty.Version);
            Assert.AreEqual(QrErrorCorrectionLevel.H, QrEncoder.Encode(QrTestSupport.Repeat('x', 20), 9).Level);
            Assert.AreEqual(3, QrEncoder.Encode(QrTestSupport.Repeat('x', 20), 9).Version);
        }

        [TestMethod]
        public void Bad_arguments_are_refused()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => QrEncoder.Encode(null, 9));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => QrEncoder.Encode("1", 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => QrEncoder.Encode("1", 10));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => QrEncoder.Capacity(10, QrErrorCorrectionLevel.L, QrMode.Byte));
            Assert.AreEqual(1, QrEncoder.Encode(string.Empty, 9).Version);
        }
    }
}
