using System;
using nanoFramework.TestFramework;

namespace NanoPos.Security.Tests
{
    /// <summary>Field 52: the ISO 9564 format-0 block encrypted with the PIK (3DES-ECB), and back.</summary>
    [TestClass]
    public class PinCipherTests
    {
        // PIN 123456 with PAN 6228480000000015: PIN field 06123456FFFFFFFF XOR PAN field 0000848000000001.
        private const string ClearBlock = "0612B0D6FFFFFFFE";

        [TestMethod]
        public void Format0_block_encrypts_under_the_double_length_pik()
        {
            // PIK of the CUP worked example; expected value computed with .NET's TripleDES (ECB).
            TripleDes pik = SecurityTestSupport.Cipher("807A23AD32B36D457AE91FDF927570EA");
            byte[] block = SecurityTestSupport.Hex(ClearBlock);
            byte[] field52 = new byte[8];
            PinCipher.EncryptFormat0(block, 0, pik, field52, 0);
            Assert.AreEqual("0FEEFB22E826299A", SecurityTestSupport.ToHex(field52));
            byte[] back = new byte[8];
            PinCipher.DecryptFormat0(field52, 0, pik, back, 0);
            Assert.AreEqual(ClearBlock, SecurityTestSupport.ToHex(back));
        }

        [TestMethod]
        public void Format0_block_encrypts_under_a_single_length_pik_in_place()
        {
            // Single-length key (the 24-byte field 62 layout); expected value computed with .NET's DES.
            TripleDes pik = SecurityTestSupport.Cipher("5BB5C72CD00B7338");
            byte[] block = SecurityTestSupport.Hex(ClearBlock);
            PinCipher.EncryptFormat0(block, 0, pik, block, 0);
            Assert.AreEqual("007874870D6ADFD5", SecurityTestSupport.ToHex(block));
            PinCipher.DecryptFormat0(block, 0, pik, block, 0);
            Assert.AreEqual(ClearBlock, SecurityTestSupport.ToHex(block));
        }

        [TestMethod]
        public void Bad_arguments_are_refused()
        {
            TripleDes pik = SecurityTestSupport.Cipher("5BB5C72CD00B7338");
            Assert.ThrowsException(typeof(ArgumentNullException), () => PinCipher.EncryptFormat0(new byte[8], 0, null, new byte[8], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => PinCipher.EncryptFormat0(new byte[8], 1, pik, new byte[8], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => PinCipher.DecryptFormat0(new byte[8], 0, pik, new byte[7], 0));
            pik.Clear();
            Assert.ThrowsException(typeof(InvalidOperationException), () => PinCipher.EncryptFormat0(new byte[8], 0, pik, new byte[8], 0));
        }
    }
}
