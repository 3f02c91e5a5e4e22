using System;
using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Firmware.Tests
{
    /// <summary>Hex text: what logs show and what the decode tool reads back.</summary>
    [TestClass]
    public class HexTests
    {
        [TestMethod]
        public void Bytes_format_as_uppercase_pairs()
        {
            Assert.AreEqual("00AB1F", Hex.ToHex(new byte[] { 0x00, 0xAB, 0x1F }));
            Assert.AreEqual("AB", Hex.ToHex(new byte[] { 0x00, 0xAB, 0x1F }, 1, 1));
            Assert.AreEqual(string.Empty, Hex.ToHex(new byte[0]));
        }

        [TestMethod]
        public void Pasted_dump_with_spaces_and_lowercase_parses()
        {
            CollectionAssert.AreEqual(new byte[] { 0x02, 0x00, 0xA1, 0xFF }, Hex.Parse("02 00\ta1\r\nFf"));
        }

        [TestMethod]
        public void Every_byte_value_survives_a_round_trip()
        {
            byte[] all = new byte[256];
            for (int i = 0; i < 256; i++)
            {
                all[i] = (byte)i;
            }

            CollectionAssert.AreEqual(all, Hex.Parse(Hex.ToHex(all)));
        }

        [DataRow("0G")]
        [DataRow("123")]
        [DataRow("1 23")]
        [DataRow("0x12")]
        public void Text_that_is_not_whole_hex_bytes_is_refused(string text)
        {
            Assert.ThrowsException(typeof(FormatException), () => Hex.Parse(text));
        }

        [TestMethod]
        public void Parse_into_a_buffer_writes_at_the_offset()
        {
            byte[] buffer = new byte[] { 9, 9, 9, 9 };
            Assert.AreEqual(2, Hex.Parse("0A0B", buffer, 1));
            CollectionAssert.AreEqual(new byte[] { 9, 0x0A, 0x0B, 9 }, buffer);
            Assert.ThrowsException(typeof(ArgumentException), () => Hex.Parse("0A0B0C", buffer, 2));
        }
    }
}
