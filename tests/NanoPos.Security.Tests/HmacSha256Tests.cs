using System;
using nanoFramework.TestFramework;

namespace NanoPos.Security.Tests
{
    /// <summary>HMAC-SHA256 against the test cases of RFC 4231 section 4 (all seven).</summary>
    [TestClass]
    public class HmacSha256Tests
    {
        private const string LongKey = "AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA "
            + "AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA "
            + "AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA "
            + "AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA AA";

        [TestMethod]
        public void Rfc4231_case_1_short_key()
        {
            Assert.AreEqual("B0344C61D8DB38535CA8AFCEAF0BF12B881DC200C9833DA726E9376C2E32CFF7",
                Mac("0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B0B", SecurityTestSupport.Ascii("Hi There")));
        }

        [TestMethod]
        public void Rfc4231_case_2_key_shorter_than_the_output()
        {
            Assert.AreEqual("5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843",
                Mac(SecurityTestSupport.ToHex(SecurityTestSupport.Ascii("Jefe")), SecurityTestSupport.Ascii("what do ya want for nothing?")));
        }

        [TestMethod]
        public void Rfc4231_case_3_combined_key_and_data_of_50_bytes()
        {
            Assert.AreEqual("773EA91E36800E46854DB8EBD09181A72959098B3EF8C122D9635514CED565FE",
                Mac("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Repeat(0xDD, 50)));
        }

        [TestMethod]
        public void Rfc4231_case_4_combined_key_of_25_bytes()
        {
            Assert.AreEqual("82558A389A443C0EA4CC819899F2083A85F0FAA3E578F8077A2E3FF46729665B",
                Mac("0102030405060708090A0B0C0D0E0F10111213141516171819", Repeat(0xCD, 50)));
        }

        [TestMethod]
        public void Rfc4231_case_5_truncated_to_128_bits()
        {
            string mac = Mac("0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C", SecurityTestSupport.Ascii("Test With Truncation"));
            Assert.AreEqual("A3B6167473100EE06E0C796C2955552B", mac.Substring(0, 32));
        }

        [TestMethod]
        public void Rfc4231_case_6_key_longer_than_a_block_is_hashed_first()
        {
            Assert.AreEqual("60E431591EE0B67F0D8A26AACBF5B77F8E0BC6213728C5140546040F0EE37F54",
                Mac(LongKey, SecurityTestSupport.Ascii("Test Using Larger Than Block-Size Key - Hash Key First")));
        }

        [TestMethod]
        public void Rfc4231_case_7_key_and_data_longer_than_a_block()
        {
            byte[] data = SecurityTestSupport.Ascii("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.");
            Assert.AreEqual("9B09FFA71B942FCB27635FBCD5B0E944BFDC63644F0713938A7F51535C3A35E2", Mac(LongKey, data));
        }

        [TestMethod]
        public void One_key_serves_many_messages_and_clear_stops_it()
        {
            byte[] key = SecurityTestSupport.Ascii("Jefe");
            HmacSha256 hmac = new HmacSha256(key, 0, key.Length);
            Array.Clear(key, 0, key.Length); // read, not kept
            byte[] message = SecurityTestSupport.Ascii("what do ya want for nothing?");
            byte[] output = new byte[HmacSha256.MacLength + 2];
            for (int i = 0; i < 3; i++)
            {
                hmac.Compute(message, 0, message.Length, output, 2);
                Assert.AreEqual("5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843", SecurityTestSupport.ToHex(output, 2, HmacSha256.MacLength));
            }

            Assert.IsFalse(hmac.MidstatesAreZero());
            hmac.Clear();
            Assert.IsTrue(hmac.MidstatesAreZero());
            Assert.ThrowsException(typeof(InvalidOperationException), () => hmac.Compute(message, 0, message.Length, output, 0));
        }

        [TestMethod]
        public void Ranges_outside_their_arrays_are_refused()
        {
            HmacSha256 hmac = new HmacSha256(new byte[4], 0, 4);
            Assert.ThrowsException(typeof(ArgumentNullException), () => new HmacSha256(null, 0, 0));
            Assert.ThrowsException(typeof(ArgumentException), () => new HmacSha256(new byte[4], 1, 4));
            Assert.ThrowsException(typeof(ArgumentNullException), () => hmac.Compute(null, 0, 0, new byte[32], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => hmac.Compute(new byte[4], 0, 4, new byte[32], 1));
        }

        private static string Mac(string keyHex, byte[] data)
        {
            byte[] key = SecurityTestSupport.Hex(keyHex);
            byte[] output = new byte[HmacSha256.MacLength];
            new HmacSha256(key, 0, key.Length).Compute(data, 0, data.Length, output, 0);
            return SecurityTestSupport.ToHex(output);
        }

        private static byte[] Repeat(byte value, int count)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = value;
            }

            return bytes;
        }
    }
}
