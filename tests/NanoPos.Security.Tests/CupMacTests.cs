using System;
using nanoFramework.TestFramework;

namespace NanoPos.Security.Tests
{
    /// <summary>
    /// The CUP terminal MAC. The expected values were computed on the host by a separate throwaway program that
    /// follows the published steps literally with .NET's DES/TripleDES and strings (XOR of the blocks, uppercase hex,
    /// encrypt the first 8 characters, XOR the last 8, encrypt, first 8 hex characters).
    /// </summary>
    [TestClass]
    public class CupMacTests
    {
        // The MTI..field 63 bytes of the benchmark's 0200 sale (tools/NanoPos.DeviceBench GoldenFrames): the frame
        // without its length header, TPDU and field 64. 122 bytes: 15 whole blocks and 2 bytes.
        private const string Sale0200Mab =
            "0200702406C020C09A1119621234567890123456700000000000000125000001232912051000010012336212345678901234567D29122011234560" +
            "31303030303030313132333435363738393031323334353135361122334455667788260000000000000000119F260801020304050607080011220000010000";

        private const string SingleMak = "5BB5C72CD00B7338"; // the clear MAK of the CUP worked example
        private const string DoubleMak = "807A23AD32B36D457AE91FDF927570EA"; // a double-length key (that example's PIK)

        [TestMethod]
        [DataRow(SingleMak, Sale0200Mab, "757EC560")]
        [DataRow(DoubleMak, Sale0200Mab, "FBBCA15B")]
        [DataRow(SingleMak, "0800002000000000000000012500", "BADCBB72")]
        [DataRow(SingleMak, "000102030405060708090A0B0C0D0E0F", "76896DA3")]
        [DataRow(SingleMak, "", "03C5D2FC")]
        public void Mac_matches_the_reference_computation(string mak, string mab, string macAscii)
        {
            byte[] data = SecurityTestSupport.Hex(mab);
            TripleDes key = SecurityTestSupport.Cipher(mak);
            byte[] mac = SecurityTestSupport.Hex("FFFFFFFFFFFFFFFFFFFF");
            CupMac.Compute(data, 0, data.Length, key, mac, 1);
            Assert.AreEqual("FF" + SecurityTestSupport.ToHex(SecurityTestSupport.Ascii(macAscii)) + "FF", SecurityTestSupport.ToHex(mac));
            Assert.IsTrue(CupMac.Verify(data, 0, data.Length, key, mac, 1));
        }

        [TestMethod]
        public void Mac_of_a_range_inside_a_frame_equals_the_mac_of_the_range_alone()
        {
            byte[] mab = SecurityTestSupport.Hex(Sale0200Mab);
            byte[] frame = new byte[mab.Length + 15];
            Array.Copy(mab, 0, frame, 7, mab.Length);
            byte[] mac = new byte[8];
            CupMac.Compute(frame, 7, mab.Length, SecurityTestSupport.Cipher(SingleMak), mac, 0);
            Assert.AreEqual(SecurityTestSupport.ToHex(SecurityTestSupport.Ascii("757EC560")), SecurityTestSupport.ToHex(mac));
        }

        [TestMethod]
        public void Any_changed_bit_of_the_mac_or_the_message_fails_verification()
        {
            byte[] mab = SecurityTestSupport.Hex(Sale0200Mab);
            TripleDes key = SecurityTestSupport.Cipher(DoubleMak);
            byte[] mac = new byte[8];
            CupMac.Compute(mab, 0, mab.Length, key, mac, 0);
            for (int i = 0; i < 8; i++)
            {
                mac[i] ^= 0x20; // also the lowercase spelling of a letter: this implementation is uppercase only
                Assert.IsFalse(CupMac.Verify(mab, 0, mab.Length, key, mac, 0));
                mac[i] ^= 0x20;
            }

            for (int i = 0; i < mab.Length; i += 7)
            {
                mab[i] ^= 0x01;
                Assert.IsFalse(CupMac.Verify(mab, 0, mab.Length, key, mac, 0));
                mab[i] ^= 0x01;
            }

            Assert.IsTrue(CupMac.Verify(mab, 0, mab.Length, key, mac, 0));
            Assert.IsFalse(CupMac.Verify(mab, 0, mab.Length, SecurityTestSupport.Cipher(SingleMak), mac, 0));
        }

        [TestMethod]
        public void Mac_is_uppercase_hex_ascii()
        {
            byte[] mab = SecurityTestSupport.Hex(Sale0200Mab);
            byte[] mac = new byte[8];
            CupMac.Compute(mab, 0, mab.Length, SecurityTestSupport.Cipher(DoubleMak), mac, 0);
            for (int i = 0; i < 8; i++)
            {
                Assert.IsTrue((mac[i] >= '0' && mac[i] <= '9') || (mac[i] >= 'A' && mac[i] <= 'F'));
            }
        }

        [TestMethod]
        public void Bad_arguments_are_refused()
        {
            TripleDes key = SecurityTestSupport.Cipher(SingleMak);
            Assert.ThrowsException(typeof(ArgumentNullException), () => CupMac.Compute(null, 0, 0, key, new byte[8], 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => CupMac.Compute(new byte[8], 0, 8, null, new byte[8], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => CupMac.Compute(new byte[8], 4, 8, key, new byte[8], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => CupMac.Compute(new byte[8], 0, 8, key, new byte[8], 1));
            Assert.ThrowsException(typeof(ArgumentException), () => CupMac.Verify(new byte[8], 0, 8, key, new byte[7], 0));
        }
    }
}
