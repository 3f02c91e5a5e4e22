using System;
using nanoFramework.TestFramework;

namespace NanoPos.Hal.Tests
{
    /// <summary>CRC-32: the journal's and the record file trailer's only way to tell a complete record from a torn one.</summary>
    [TestClass]
    public class Crc32Tests
    {
        [TestMethod]
        public void Check_value_of_123456789_is_CBF43926()
        {
            byte[] data = Ascii("123456789");
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(data, 0, data.Length));
        }

        [TestMethod]
        public void Empty_input_gives_zero()
        {
            Assert.AreEqual(0u, Crc32.Compute(new byte[0], 0, 0));
            Assert.AreEqual(0u, Crc32.Finish(Crc32.Begin()));
        }

        [TestMethod]
        public void Incremental_equals_one_shot_at_every_split()
        {
            byte[] data = Ascii("header|body of a journal record");
            uint expected = Crc32.Compute(data, 0, data.Length);
            for (int split = 0; split <= data.Length; split++)
            {
                uint crc = Crc32.Begin();
                crc = Crc32.Update(crc, data, 0, split);
                crc = Crc32.Update(crc, data, split, data.Length - split);
                Assert.AreEqual(expected, Crc32.Finish(crc), "split at " + split);
            }
        }

        [TestMethod]
        public void Range_is_checksummed_in_place()
        {
            byte[] framed = Ascii("xx123456789yy");
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(framed, 2, 9));
        }

        [TestMethod]
        public void One_flipped_bit_changes_the_checksum()
        {
            byte[] data = Ascii("amount=000000012500");
            uint original = Crc32.Compute(data, 0, data.Length);
            for (int bit = 0; bit < data.Length * 8; bit++)
            {
                data[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.AreNotEqual(original, Crc32.Compute(data, 0, data.Length), "bit " + bit);
                data[bit / 8] ^= (byte)(1 << (bit % 8));
            }
        }

        [TestMethod]
        public void Range_outside_the_array_is_refused()
        {
            byte[] data = new byte[4];
            Assert.ThrowsException(typeof(ArgumentException), () => Crc32.Compute(data, 2, 3));
            Assert.ThrowsException(typeof(ArgumentException), () => Crc32.Update(Crc32.Begin(), data, -1, 1));
        }

        private static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
