using System;
using nanoFramework.TestFramework;

namespace NanoPos.Security.Tests
{
    /// <summary>
    /// Sign-on field 62. The 40-byte vector is the public worked example of a CUP sign-on
    /// (code456.com/article/3026509.html): TMK CA5D92598DCA48CE8A4C76361A9269E9 gives PIK
    /// 807A23AD32B36D457AE91FDF927570EA and MAK 5BB5C72CD00B7338; checked with .NET's TripleDES and DES first.
    /// </summary>
    [TestClass]
    public class WorkingKeysTests
    {
        private const string Tmk = "CA5D92598DCA48CE8A4C76361A9269E9";
        private const string Field62 = "6701EAD6A9AD51E51AA406E2C27FCFA9" + "8D0A74B8" + "B651F9E9BACE9AE1" + "0000000000000000" + "AB7153CA";

        [TestMethod]
        public void Worked_example_gives_the_published_keys()
        {
            byte[] field = SecurityTestSupport.Hex("00" + Field62);
            string error;
            WorkingKeys keys = WorkingKeys.Parse(field, 1, 40, SecurityTestSupport.Cipher(Tmk), out error);
            Assert.IsNull(error);
            Assert.IsNotNull(keys);
            Assert.AreEqual(16, keys.PinKey.KeyLength);
            Assert.AreEqual(8, keys.MacKey.KeyLength);
            Assert.IsFalse(keys.HasTrackKey);
            Assert.IsNull(keys.TrackKey);

            // The clear keys are the published ones: same check values as keys built from them directly.
            byte[] cv = new byte[4];
            KeyCheckValue.Compute(keys.PinKey, cv, 0);
            Assert.AreEqual("8D0A74B8", SecurityTestSupport.ToHex(cv));
            KeyCheckValue.Compute(keys.MacKey, cv, 0);
            Assert.AreEqual("AB7153CA", SecurityTestSupport.ToHex(cv));
            Assert.AreEqual("0FEEFB22E826299A", Encrypt(keys.PinKey, "0612B0D6FFFFFFFE"));
            Assert.AreEqual(SecurityTestSupport.Encrypt("5BB5C72CD00B7338", "1122334455667788"), Encrypt(keys.MacKey, "1122334455667788"));
        }

        [TestMethod]
        [DataRow(2, "PIN key (PIK)")]
        [DataRow(17, "PIN key (PIK)")]
        [DataRow(20, "MAC key (MAK)")]
        [DataRow(30, "MAC key (MAK)")]
        [DataRow(38, "MAC key (MAK)")]
        public void A_changed_key_or_check_value_is_refused_naming_the_key(int index, string name)
        {
            byte[] field = SecurityTestSupport.Hex(Field62);
            field[index] ^= 0x10;
            string error;
            WorkingKeys keys = WorkingKeys.Parse(field, 0, 40, SecurityTestSupport.Cipher(Tmk), out error);
            Assert.IsNull(keys);
            Assert.IsNotNull(error);
            Assert.IsTrue(error.IndexOf(name) >= 0, error);
            Assert.IsTrue(error.IndexOf("sign-on failed") >= 0, error);
        }

        [TestMethod]
        public void Another_tmk_is_refused()
        {
            byte[] field = SecurityTestSupport.Hex(Field62);
            string error;
            Assert.IsNull(WorkingKeys.Parse(field, 0, 40, SecurityTestSupport.Cipher("0123456789ABCDEFFEDCBA9876543210"), out error));
            Assert.IsTrue(error.IndexOf("PIN key (PIK)") >= 0, error);
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(23)]
        [DataRow(32)]
        [DataRow(44)]
        public void Other_lengths_are_refused(int count)
        {
            string error;
            Assert.IsNull(WorkingKeys.Parse(new byte[64], 0, count, SecurityTestSupport.Cipher(Tmk), out error));
            Assert.IsTrue(error.IndexOf(count + " bytes") >= 0, error);
        }

        [TestMethod]
        public void Encode_reproduces_the_worked_example()
        {
            byte[] pik = SecurityTestSupport.Hex("807A23AD32B36D457AE91FDF927570EA");
            byte[] mak = SecurityTestSupport.Hex("5BB5C72CD00B7338");
            WorkingKeys keys = WorkingKeys.FromClear(pik, 0, 16, mak, 0, 8, null, 0, 0);
            Assert.AreEqual(40, keys.EncodedLength);
            byte[] field = new byte[40];
            Assert.AreEqual(40, keys.Encode(SecurityTestSupport.Cipher(Tmk), field, 0));
            Assert.AreEqual(Field62, SecurityTestSupport.ToHex(field));
        }

        [TestMethod]
        public void Single_length_and_track_key_layouts_round_trip()
        {
            TripleDes tmk = SecurityTestSupport.Cipher(Tmk);
            byte[] keys = SecurityTestSupport.Hex("0123456789ABCDEF FEDCBA9876543210 1122334455667788 99AABBCCDDEEFF00 0011223344556677");

            // 24 bytes: PIK 8 + CV + MAK 8 + CV.
            WorkingKeys single = WorkingKeys.FromClear(keys, 0, 8, keys, 8, 8, null, 0, 0);
            byte[] field = new byte[single.EncodedLength];
            Assert.AreEqual(24, single.Encode(tmk, field, 0));
            string error;
            WorkingKeys parsed = WorkingKeys.Parse(field, 0, 24, tmk, out error);
            Assert.IsNull(error);
            Assert.AreEqual(8, parsed.PinKey.KeyLength);
            Assert.AreEqual(SecurityTestSupport.Encrypt("FEDCBA9876543210", "0000000000000000"), Encrypt(parsed.MacKey, "0000000000000000"));

            // 60 bytes: double-length PIK, double-length MAK (second half not zero), and a track key.
            WorkingKeys full = WorkingKeys.FromClear(keys, 0, 16, keys, 16, 16, keys, 24, 16);
            field = new byte[full.EncodedLength];
            Assert.AreEqual(60, full.Encode(tmk, field, 0));
            parsed = WorkingKeys.Parse(field, 0, 60, tmk, out error);
            Assert.IsNull(error);
            Assert.AreEqual(16, parsed.MacKey.KeyLength);
            Assert.IsTrue(parsed.HasTrackKey);
            Assert.AreEqual(SecurityTestSupport.Encrypt("99AABBCCDDEEFF000011223344556677", "0102030405060708"), Encrypt(parsed.TrackKey, "0102030405060708"));

            field[58] ^= 0x01;
            Assert.IsNull(WorkingKeys.Parse(field, 0, 60, tmk, out error));
            Assert.IsTrue(error.IndexOf("track key (TDK)") >= 0, error);
        }

        [TestMethod]
        public void Layouts_field_62_cannot_carry_are_refused()
        {
            byte[] key = new byte[16];
            Assert.ThrowsException(typeof(ArgumentException), () => WorkingKeys.FromClear(key, 0, 8, key, 0, 16, null, 0, 0));
            Assert.ThrowsException(typeof(ArgumentException), () => WorkingKeys.FromClear(key, 0, 8, key, 0, 8, key, 0, 16));
            Assert.ThrowsException(typeof(ArgumentException), () => WorkingKeys.FromClear(key, 0, 16, key, 0, 8, key, 0, 8));
            Assert.ThrowsException(typeof(ArgumentNullException), () => WorkingKeys.FromClear(null, 0, 16, key, 0, 8, null, 0, 0));
        }

        [TestMethod]
        public void Wrapped_keys_come_back_and_clear_wipes_everything()
        {
            string error;
            WorkingKeys keys = WorkingKeys.Parse(SecurityTestSupport.Hex(Field62), 0, 40, SecurityTestSupport.Cipher(Tmk), out error);
            TripleDes deviceKey = SecurityTestSupport.Cipher("00112233445566778899AABBCCDDEEFF");
            byte[] blob = new byte[keys.WrappedLength];
            Assert.AreEqual(blob.Length, keys.Wrap(deviceKey, blob, 0));

            WorkingKeys restored = WorkingKeys.Unwrap(deviceKey, blob, 0, blob.Length, out error);
            Assert.IsNull(error);
            Assert.AreEqual("0FEEFB22E826299A", Encrypt(restored.PinKey, "0612B0D6FFFFFFFE"));
            Assert.AreEqual(Encrypt(keys.MacKey, "1122334455667788"), Encrypt(restored.MacKey, "1122334455667788"));

            blob[blob.Length - 1] ^= 0x80;
            Assert.IsNull(WorkingKeys.Unwrap(deviceKey, blob, 0, blob.Length, out error));
            Assert.IsTrue(error.IndexOf("integrity") >= 0, error);

            keys.Clear();
            Assert.IsTrue(keys.KeyBytesAreZero());
            Assert.IsTrue(keys.PinKey.IsCleared);
            Assert.IsTrue(keys.MacKey.IsCleared);
            Assert.ThrowsException(typeof(InvalidOperationException), () => keys.Wrap(deviceKey, new byte[64], 0));
            Assert.IsFalse(restored.KeyBytesAreZero());
        }

        private static string Encrypt(TripleDes key, string blockHex)
        {
            byte[] block = SecurityTestSupport.Hex(blockHex);
            key.EncryptBlock(block, 0, block, 0);
            return SecurityTestSupport.ToHex(block);
        }
    }
}
