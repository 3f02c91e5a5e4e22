using System;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Firmware.Tests
{
    /// <summary>
    /// Secrets in the key ring (<see cref="SecretRecords.StoreSecret"/>, <see cref="SecretRecords.ReadSecret"/>): wrapped under a
    /// key derived from the device key and the record name, so a blob is refused when damaged, moved to another record,
    /// taken from a key record or wrapped by another device.
    /// </summary>
    [TestClass]
    public class KeyRingSecretTests
    {
        private const string Record = "secret.test";

        [TestMethod]
        [DataRow(1)]
        [DataRow(17)]
        [DataRow(64)]
        public void A_secret_round_trips_and_its_record_does_not_hold_it_in_clear(int length)
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            KeyRing keys = Ring(store, 1);
            byte[] secret = Secret(length);
            Assert.IsNull(keys.Secrets.StoreSecret(Record, secret, 0, length));

            byte[] stored = new byte[256];
            int size = store.Read(Record, stored, 0, stored.Length);
            Assert.AreEqual(16 + (((length + 7) / 8) * 8), size);
            if (length >= 8)
            {
                Assert.IsFalse(Contains(stored, size, secret, 0, 8), "the first 8 bytes are in the record");
            }

            byte[] read = new byte[SecretRecords.MaxSecretLength + 3];
            Assert.AreEqual(length, Ring(store, 1).Secrets.ReadSecret(Record, read, 3));
            for (int i = 0; i < length; i++)
            {
                Assert.AreEqual(secret[i], read[3 + i]);
            }
        }

        [TestMethod]
        public void A_missing_record_is_no_secret_and_a_damaged_one_is_refused_without_writing()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            KeyRing keys = Ring(store, 1);
            byte[] read = new byte[SecretRecords.MaxSecretLength];
            Assert.AreEqual(SecretRecords.NoSecret, keys.Secrets.ReadSecret(Record, read, 0));

            Assert.IsNull(keys.Secrets.StoreSecret(Record, Secret(20), 0, 20));
            for (int bit = 0; bit < 36 * 8; bit += 29)
            {
                byte[] blob = new byte[64];
                int size = store.Read(Record, blob, 0, blob.Length);
                blob[bit / 8] ^= (byte)(1 << (bit % 8));
                store.Write("secret.flip", blob, 0, size);
                Assert.AreEqual(SecretRecords.SecretRefused, keys.Secrets.ReadSecret("secret.flip", read, 0), "bit " + bit.ToString());
            }

            store.Damage(Record);
            Assert.AreEqual(SecretRecords.SecretRefused, keys.Secrets.ReadSecret(Record, read, 0));
            for (int i = 0; i < read.Length; i++)
            {
                Assert.AreEqual((byte)0, read[i], "nothing written on refusal");
            }
        }

        [TestMethod]
        public void A_blob_moved_from_another_record_or_device_is_refused()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            KeyRing keys = Ring(store, 1);
            Assert.IsNull(keys.Secrets.StoreSecret("secret.a", Secret(16), 0, 16));
            Copy(store, "secret.a", "secret.b");
            byte[] read = new byte[SecretRecords.MaxSecretLength];
            Assert.AreEqual(16, keys.Secrets.ReadSecret("secret.a", read, 0));
            Assert.AreEqual(SecretRecords.SecretRefused, keys.Secrets.ReadSecret("secret.b", read, 0), "moved to another record");
            Assert.AreEqual(SecretRecords.SecretRefused, Ring(store, 2).Secrets.ReadSecret("secret.a", read, 0), "another device key");

            // The TMK's wrapped record, copied into a secret record, does not hand the TMK out as a secret.
            byte[] tmk = { 0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF, 0xFE, 0xDC, 0xBA, 0x98, 0x76, 0x54, 0x32, 0x10 };
            Assert.IsNull(keys.InstallMasterKey(tmk, 0, 1, new byte[] { 0x08, 0xD7, 0xB4, 0xFB }, 0));
            Copy(store, KeyRing.MasterKeyRecord, "secret.tmk");
            Assert.AreEqual(SecretRecords.SecretRefused, keys.Secrets.ReadSecret("secret.tmk", read, 0));
        }

        [TestMethod]
        public void Delete_removes_the_record_and_a_failed_write_leaves_the_old_one()
        {
            InMemoryRecordStore store = new InMemoryRecordStore();
            KeyRing keys = Ring(store, 1);
            Assert.IsNull(keys.Secrets.StoreSecret(Record, Secret(12), 0, 12));
            store.FailWriteAt(1);
            string failed = keys.Secrets.StoreSecret(Record, Secret(30), 0, 30);
            Assert.IsNotNull(failed);
            Assert.IsTrue(failed.IndexOf(Record) >= 0, failed);
            byte[] read = new byte[SecretRecords.MaxSecretLength];
            Assert.AreEqual(12, keys.Secrets.ReadSecret(Record, read, 0), "the old secret stays");

            Assert.IsNull(keys.Secrets.DeleteSecret(Record));
            Assert.IsNull(keys.Secrets.DeleteSecret(Record), "deleting nothing is fine");
            Assert.AreEqual(SecretRecords.NoSecret, keys.Secrets.ReadSecret(Record, read, 0));
        }

        [TestMethod]
        public void Key_records_and_bad_lengths_are_refused()
        {
            KeyRing keys = Ring(new InMemoryRecordStore(), 1);
            byte[] buffer = new byte[SecretRecords.MaxSecretLength + 1];
            Assert.ThrowsException(typeof(ArgumentException), () => keys.Secrets.StoreSecret(KeyRing.MasterKeyRecord, buffer, 0, 8));
            Assert.ThrowsException(typeof(ArgumentException), () => keys.Secrets.ReadSecret(KeyRing.WorkingKeysRecord, buffer, 0));
            Assert.ThrowsException(typeof(ArgumentException), () => keys.Secrets.DeleteSecret(KeyRing.MasterKeyRecord));
            Assert.ThrowsException(typeof(ArgumentException), () => keys.Secrets.StoreSecret(Record, buffer, 0, 0));
            Assert.ThrowsException(typeof(ArgumentException), () => keys.Secrets.StoreSecret(Record, buffer, 0, SecretRecords.MaxSecretLength + 1));
            Assert.ThrowsException(typeof(ArgumentException), () => keys.Secrets.StoreSecret(Record, buffer, 2, SecretRecords.MaxSecretLength));
            Assert.ThrowsException(typeof(ArgumentNullException), () => keys.Secrets.StoreSecret(null, buffer, 0, 8));
            Assert.ThrowsException(typeof(ArgumentNullException), () => keys.Secrets.ReadSecret(Record, null, 0));
        }

        private static KeyRing Ring(InMemoryRecordStore store, byte device)
        {
            byte[] deviceKey = new byte[16];
            for (int i = 0; i < deviceKey.Length; i++)
            {
                deviceKey[i] = (byte)((i * 31) + device);
            }

            return new KeyRing(store, deviceKey, 0);
        }

        private static byte[] Secret(int length)
        {
            byte[] secret = new byte[length];
            for (int i = 0; i < length; i++)
            {
                secret[i] = (byte)('a' + (i % 26));
            }

            return secret;
        }

        private static void Copy(InMemoryRecordStore store, string from, string to)
        {
            byte[] blob = new byte[256];
            int size = store.Read(from, blob, 0, blob.Length);
            store.Write(to, blob, 0, size);
        }

        private static bool Contains(byte[] haystack, int length, byte[] needle, int offset, int count)
        {
            for (int at = 0; at + count <= length; at++)
            {
                int i = 0;
                while (i < count && haystack[at + i] == needle[offset + i])
                {
                    i++;
                }

                if (i == count)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
