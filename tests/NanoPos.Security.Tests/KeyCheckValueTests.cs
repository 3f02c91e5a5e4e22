using System;
using nanoFramework.TestFramework;

namespace NanoPos.Security.Tests
{
    /// <summary>Key check values: first 4 bytes of the key's encryption of 8 zero bytes; constant-time match.</summary>
    [TestClass]
    public class KeyCheckValueTests
    {
        [TestMethod]
        [DataRow("0123456789ABCDEF", "D5D44FF7")]
        [DataRow("807A23AD32B36D457AE91FDF927570EA", "8D0A74B8")]
        [DataRow("5BB5C72CD00B7338", "AB7153CA")]
        [DataRow("0123456789ABCDEF23456789ABCDEF01456789ABCDEF0123", "4EBA739C")]
        public void Check_value_is_the_encryption_of_zeros(string key, string checkValue)
        {
            byte[] keyBytes = SecurityTestSupport.Hex(key);
            byte[] into = SecurityTestSupport.Hex("EEEEEEEEEEEE");
            KeyCheckValue.Compute(keyBytes, 0, keyBytes.Length, into, 1);
            Assert.AreEqual("EE" + checkValue + "EE", SecurityTestSupport.ToHex(into));
            Assert.IsTrue(KeyCheckValue.Matches(keyBytes, 0, keyBytes.Length, into, 1));

            byte[] fromCipher = new byte[4];
            KeyCheckValue.Compute(new TripleDes(keyBytes, 0, keyBytes.Length), fromCipher, 0);
            Assert.AreEqual(checkValue, SecurityTestSupport.ToHex(fromCipher));
        }

        [TestMethod]
        public void Any_changed_byte_does_not_match()
        {
            byte[] key = SecurityTestSupport.Hex("807A23AD32B36D457AE91FDF927570EA");
            byte[] expected = SecurityTestSupport.Hex("8D0A74B8");
            TripleDes cipher = new TripleDes(key, 0, 16);
            Assert.IsTrue(KeyCheckValue.Matches(cipher, expected, 0));
            for (int i = 0; i < 4; i++)
            {
                expected[i] ^= 0x01;
                Assert.IsFalse(KeyCheckValue.Matches(key, 0, 16, expected, 0));
                Assert.IsFalse(KeyCheckValue.Matches(cipher, expected, 0));
                expected[i] ^= 0x01;
            }

            // The same bytes as a single-length key (first half only) have another check value.
            Assert.IsFalse(KeyCheckValue.Matches(key, 0, 8, expected, 0));
        }

        [TestMethod]
        public void Bad_arguments_are_refused()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => KeyCheckValue.Compute(new byte[8], 0, 8, new byte[3], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => KeyCheckValue.Compute(new byte[10], 0, 10, new byte[4], 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => KeyCheckValue.Matches(new byte[8], 0, 8, null, 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => KeyCheckValue.Compute(null, new byte[4], 0));
        }
    }
}
