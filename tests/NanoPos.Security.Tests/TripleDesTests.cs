using nanoFramework.TestFramework;

namespace NanoPos.Security.Tests
{
    /// <summary>
    /// Two- and three-key 3DES, ECB and CBC, against published vectors (each checked with .NET's TripleDES first).
    /// </summary>
    [TestClass]
    public class TripleDesTests
    {
        private const string ThreeKey = "0123456789ABCDEF 23456789ABCDEF01 456789ABCDEF0123";
        private const string FoxPlaintext = "The qufck brown fox jump";
        private const string NowIsTheTime = "4E6F77206973207468652074696D6520666F7220616C6C20"; // "Now is the time for all "

        [TestMethod]
        public void Two_key_matches_the_classic_ede_vector()
        {
            // K1 0123456789ABCDEF, K2 FEDCBA9876543210 (the DES-EDE vector of many test suites, e.g. OpenSSL's destest).
            Assert.AreEqual("7F1D0A77826B8AFF", SecurityTestSupport.Encrypt("0123456789ABCDEFFEDCBA9876543210", "0123456789ABCDE7"));
            Assert.AreEqual("0123456789ABCDE7", SecurityTestSupport.Decrypt("0123456789ABCDEFFEDCBA9876543210", "7F1D0A77826B8AFF"));
        }

        [TestMethod]
        public void Three_key_ecb_matches_the_sp800_67_example()
        {
            // The three-key example of NIST SP 800-67 Rev. 1: "The qufck brown fox jump" in ECB.
            TripleDes cipher = SecurityTestSupport.Cipher(ThreeKey);
            Assert.AreEqual(24, cipher.KeyLength);
            byte[] data = SecurityTestSupport.Ascii(FoxPlaintext);
            byte[] output = new byte[24];
            cipher.EncryptEcb(data, 0, 24, output, 0);
            Assert.AreEqual("A826FD8CE53B855FCCE21C8112256FE668D5C05DD9B6B900", SecurityTestSupport.ToHex(output));
            cipher.DecryptEcb(output, 0, 24, output, 0);
            Assert.AreEqual(SecurityTestSupport.ToHex(data), SecurityTestSupport.ToHex(output));
        }

        [TestMethod]
        public void Des_cbc_matches_the_fips81_example()
        {
            // FIPS 81, CBC example: key 0123456789ABCDEF, IV 1234567890ABCDEF, "Now is the time for all ".
            TripleDes cipher = SecurityTestSupport.Cipher("0123456789ABCDEF");
            byte[] iv = SecurityTestSupport.Hex("1234567890ABCDEF");
            byte[] data = SecurityTestSupport.Hex(NowIsTheTime);
            byte[] output = new byte[24];
            cipher.EncryptCbc(iv, 0, data, 0, 24, output, 0);
            Assert.AreEqual("E5C7CDDE872BF27C43E934008C389C0F683788499A7C05F6", SecurityTestSupport.ToHex(output));
            cipher.DecryptCbc(iv, 0, output, 0, 24, output, 0);
            Assert.AreEqual(NowIsTheTime, SecurityTestSupport.ToHex(output));
            Assert.AreEqual("1234567890ABCDEF", SecurityTestSupport.ToHex(iv));
        }

        [TestMethod]
        public void Two_and_three_key_cbc_match_dotnet()
        {
            // The FIPS 81 plaintext and IV under 3DES keys; expected values computed with .NET's TripleDES (CBC, no padding).
            byte[] iv = SecurityTestSupport.Hex("1234567890ABCDEF");
            byte[] data = SecurityTestSupport.Hex(NowIsTheTime);
            byte[] output = new byte[24];
            SecurityTestSupport.Cipher("0123456789ABCDEFFEDCBA9876543210").EncryptCbc(iv, 0, data, 0, 24, output, 0);
            Assert.AreEqual("F85D4AB92066789E1D0430671F28AE7AB9627D35385D2E24", SecurityTestSupport.ToHex(output));
            SecurityTestSupport.Cipher(ThreeKey).EncryptCbc(iv, 0, data, 0, 24, output, 0);
            Assert.AreEqual("F3C0FF026C023089656FBB169DEF7EDB30BA36075D6F0176", SecurityTestSupport.ToHex(output));
            SecurityTestSupport.Cipher(ThreeKey).DecryptCbc(iv, 0, output, 0, 24, output, 0);
            Assert.AreEqual(NowIsTheTime, SecurityTestSupport.ToHex(output));
        }

        [TestMethod]
        public void Equal_halves_behave_like_single_des()
        {
            // E(K) D(K) E(K) is E(K): the backward compatibility 3DES was designed for.
            Assert.AreEqual("85E813540F0AB405", SecurityTestSupport.Encrypt("133457799BBCDFF1133457799BBCDFF1", "0123456789ABCDEF"));
            Assert.AreEqual("85E813540F0AB405", SecurityTestSupport.Encrypt("133457799BBCDFF1133457799BBCDFF1133457799BBCDFF1", "0123456789ABCDEF"));
        }

        [TestMethod]
        public void Two_key_equals_three_key_with_k3_equal_to_k1()
        {
            string twoKey = SecurityTestSupport.Encrypt("0123456789ABCDEFFEDCBA9876543210", "1122334455667788");
            Assert.AreEqual(twoKey, SecurityTestSupport.Encrypt("0123456789ABCDEFFEDCBA98765432100123456789ABCDEF", "1122334455667788"));
        }

        [TestMethod]
        public void Blocks_work_at_offsets_and_in_place()
        {
            TripleDes cipher = SecurityTestSupport.Cipher("0123456789ABCDEFFEDCBA9876543210");
            byte[] buffer = SecurityTestSupport.Hex("AAAA 0123456789ABCDE7 BBBB");
            cipher.EncryptBlock(buffer, 2, buffer, 2);
            Assert.AreEqual("AAAA7F1D0A77826B8AFFBBBB", SecurityTestSupport.ToHex(buffer));
            byte[] other = new byte[11];
            cipher.DecryptBlock(buffer, 2, other, 3);
            Assert.AreEqual("0000000123456789ABCDE7", SecurityTestSupport.ToHex(other));
        }

        [TestMethod]
        public void Ecb_and_cbc_of_nothing_write_nothing()
        {
            TripleDes cipher = SecurityTestSupport.Cipher("0123456789ABCDEF");
            byte[] output = new byte[0];
            cipher.EncryptEcb(new byte[0], 0, 0, output, 0);
            cipher.EncryptCbc(new byte[8], 0, new byte[0], 0, 0, output, 0);
            Assert.AreEqual(0, output.Length);
        }

        [TestMethod]
        public void Cbc_in_place_round_trips_many_blocks()
        {
            TripleDes cipher = SecurityTestSupport.Cipher(ThreeKey);
            byte[] iv = SecurityTestSupport.Hex("0102030405060708");
            byte[] data = new byte[64];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(i * 37);
            }

            string before = SecurityTestSupport.ToHex(data);
            byte[] copy = SecurityTestSupport.Copy(data, 0, data.Length);
            cipher.EncryptCbc(iv, 0, data, 0, 64, data, 0);
            byte[] separate = new byte[64];
            cipher.EncryptCbc(iv, 0, copy, 0, 64, separate, 0);
            Assert.AreEqual(SecurityTestSupport.ToHex(separate), SecurityTestSupport.ToHex(data));
            cipher.DecryptCbc(iv, 0, data, 0, 64, data, 0);
            Assert.AreEqual(before, SecurityTestSupport.ToHex(data));
        }

        [TestMethod]
        [DataRow("133457799BBCDFF1", "72AC681262968052")]
        [DataRow("0123456789ABCDEFFEDCBA9876543210", "67049BA959CBDF91")]
        [DataRow("0123456789ABCDEF23456789ABCDEF01456789ABCDEF0123", "AD0785B082053B6A")]
        public void Thousand_chained_encryptions_match_dotnet(string key, string result)
        {
            // Each output is the next input, so a thousand different blocks run through the interpreter; the end
            // value was computed with .NET's DES / TripleDES. Decrypting a thousand times comes back to the start.
            TripleDes cipher = SecurityTestSupport.Cipher(key);
            byte[] block = SecurityTestSupport.Hex("0123456789ABCDEF");
            for (int i = 0; i < 1000; i++)
            {
                cipher.EncryptBlock(block, 0, block, 0);
            }

            Assert.AreEqual(result, SecurityTestSupport.ToHex(block));
            for (int i = 0; i < 1000; i++)
            {
                cipher.DecryptBlock(block, 0, block, 0);
            }

            Assert.AreEqual("0123456789ABCDEF", SecurityTestSupport.ToHex(block));
        }
    }
}
