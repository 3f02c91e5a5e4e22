using System;
using nanoFramework.TestFramework;

namespace NanoPos.Security.Tests
{
    /// <summary>Keys at rest: wrap and unwrap round trip, and any change to the stored blob is detected.</summary>
    [TestClass]
    public class KeyWrapTests
    {
        private const string DeviceKey = "00112233445566778899AABBCCDDEEFF";
        private const string Key = "807A23AD32B36D457AE91FDF927570EA5BB5C72CD00B7338";

        [TestMethod]
        [DataRow(1)]
        [DataRow(8)]
        [DataRow(16)]
        [DataRow(24)]
        [DataRow(29)]
        public void Wrapped_key_unwraps_to_the_same_bytes(int length)
        {
            byte[] key = SecurityTestSupport.Hex(Key + Key);
            TripleDes deviceKey = SecurityTestSupport.Cipher(DeviceKey);
            int size = KeyWrap.WrappedLength(length);
            Assert.AreEqual(16 + (((length + 7) / 8) * 8), size);
            byte[] blob = new byte[size + 3];
            Assert.AreEqual(size, KeyWrap.Wrap(deviceKey, key, 2, length, blob, 3));

            // The clear key does not appear in the blob.
            if (length >= 8)
            {
                Assert.IsTrue(SecurityTestSupport.ToHex(blob).IndexOf(SecurityTestSupport.ToHex(key, 2, 8)) < 0);
            }

            byte[] output = new byte[KeyWrap.MaxKeyLength];
            Assert.AreEqual(length, KeyWrap.Unwrap(deviceKey, blob, 3, size, output, 0));
            Assert.AreEqual(SecurityTestSupport.ToHex(key, 2, length), SecurityTestSupport.ToHex(output, 0, length));
        }

        [TestMethod]
        public void Wrapping_is_deterministic()
        {
            byte[] key = SecurityTestSupport.Hex(Key);
            TripleDes deviceKey = SecurityTestSupport.Cipher(DeviceKey);
            byte[] first = new byte[KeyWrap.WrappedLength(16)];
            byte[] second = new byte[first.Length];
            KeyWrap.Wrap(deviceKey, key, 0, 16, first, 0);
            KeyWrap.Wrap(deviceKey, key, 0, 16, second, 0);
            Assert.AreEqual(SecurityTestSupport.ToHex(first), SecurityTestSupport.ToHex(second));
        }

        [TestMethod]
        public void Every_flipped_bit_is_detected_and_nothing_is_written()
        {
            byte[] key = SecurityTestSupport.Hex(Key);
            TripleDes deviceKey = SecurityTestSupport.Cipher(DeviceKey);
            byte[] blob = new byte[KeyWrap.WrappedLength(16)];
            KeyWrap.Wrap(deviceKey, key, 0, 16, blob, 0);
            byte[] output = new byte[16];
            for (int bit = 0; bit < blob.Length * 8; bit++)
            {
                byte flip = (byte)(1 << (bit & 7));
                blob[bit >> 3] ^= flip;
                Assert.AreEqual(-1, KeyWrap.Unwrap(deviceKey, blob, 0, blob.Length, output, 0));
                blob[bit >> 3] ^= flip;
            }

            Assert.AreEqual("00000000000000000000000000000000", SecurityTestSupport.ToHex(output));
            Assert.AreEqual(16, KeyWrap.Unwrap(deviceKey, blob, 0, blob.Length, output, 0));
        }

        [TestMethod]
        public void Another_device_key_a_truncated_or_swapped_blob_is_refused()
        {
            byte[] key = SecurityTestSupport.Hex(Key);
            TripleDes deviceKey = SecurityTestSupport.Cipher(DeviceKey);
            byte[] blob = new byte[KeyWrap.WrappedLength(24)];
            KeyWrap.Wrap(deviceKey, key, 0, 24, blob, 0);
            byte[] output = new byte[KeyWrap.MaxKeyLength];
            Assert.AreEqual(-1, KeyWrap.Unwrap(SecurityTestSupport.Cipher("00112233445566778899AABBCCDDEEEF"), blob, 0, blob.Length, output, 0));

            // ...FE instead of ...FF differs only in a parity bit, which DES ignores: the same device key.
            Assert.AreEqual(24, KeyWrap.Unwrap(SecurityTestSupport.Cipher("00112233445566778899AABBCCDDEEFE"), blob, 0, blob.Length, output, 0));
            Assert.AreEqual(-1, KeyWrap.Unwrap(deviceKey, blob, 0, blob.Length - 8, output, 0));
            Assert.AreEqual(-1, KeyWrap.Unwrap(deviceKey, blob, 0, blob.Length - 1, output, 0));
            Assert.AreEqual(-1, KeyWrap.Unwrap(deviceKey, blob, 0, 16, output, 0));
            Assert.AreEqual(-1, KeyWrap.Unwrap(deviceKey, new byte[40], 0, 40, output, 0));

            // Two ciphertext blocks exchanged.
            byte[] swapped = SecurityTestSupport.Copy(blob, 0, blob.Length);
            Array.Copy(blob, 16, swapped, 24, 8);
            Array.Copy(blob, 24, swapped, 16, 8);
            Assert.AreEqual(-1, KeyWrap.Unwrap(deviceKey, swapped, 0, swapped.Length, output, 0));
        }

        [TestMethod]
        public void Bad_arguments_are_refused()
        {
            TripleDes deviceKey = SecurityTestSupport.Cipher(DeviceKey);
            Assert.ThrowsException(typeof(ArgumentException), () => KeyWrap.WrappedLength(0));
            Assert.ThrowsException(typeof(ArgumentException), () => KeyWrap.WrappedLength(KeyWrap.MaxKeyLength + 1));
            Assert.ThrowsException(typeof(ArgumentException), () => KeyWrap.Wrap(deviceKey, new byte[16], 0, 16, new byte[31], 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => KeyWrap.Wrap(null, new byte[16], 0, 16, new byte[32], 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => KeyWrap.Unwrap(deviceKey, null, 0, 32, new byte[16], 0));

            // A blob that passes its check but does not fit the output: a caller error, not tampering.
            byte[] blob = new byte[32];
            KeyWrap.Wrap(deviceKey, new byte[16], 0, 16, blob, 0);
            Assert.ThrowsException(typeof(ArgumentException), () => KeyWrap.Unwrap(deviceKey, blob, 0, 32, new byte[8], 0));
        }
    }
}
