using System;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The device key: 16 random bytes made on the first boot and kept in the record <see cref="RecordName"/>, under
    /// which every stored key and secret is wrapped (<see cref="NanoPos.Transactions.KeyRing"/>). Nothing else about the
    /// terminal's secrets is stored in clear; this key is what protects them, and it is only as safe as the flash it
    /// sits in.
    /// </summary>
    /// <remarks>
    /// <para><b>What protects it on an ESP32.</b> With flash encryption enabled (the ESP32's AES key burned into eFuse,
    /// readable by the flash controller only, and <c>FLASH_CRYPT_CNT</c> set), the record, like the whole file system
    /// partition, is encrypted on the chip, and a flash dump shows nothing usable. Without flash encryption anyone who
    /// dumps the flash reads this key and therefore every wrapped key: wrapping then only keeps the keys out of journal
    /// dumps, logs and file listings. This build does not switch flash encryption on (it is a one-way eFuse step taken
    /// when boards are provisioned in the factory) and cannot check it; the hardware README says how.</para>
    /// <para>The bytes come from the <see cref="Random"/> the composition root hands in. Whether nanoFramework seeds
    /// <see cref="Random"/> from the ESP32's hardware RNG (true random once the radio is on) was not verified here: a
    /// board run must (two boards, or two erases of one board, must never make the same key).</para>
    /// <para>The record holds the key and its CRC-32. A record that fails its CRC is replaced by a new key: keys wrapped
    /// under the old one are then refused (the TMK must be provisioned again), never used damaged.</para>
    /// </remarks>
    public static class DeviceKeyRecord
    {
        /// <summary>The record name.</summary>
        public const string RecordName = "devkey";

        /// <summary>The key length, in bytes (a double-length 3DES key).</summary>
        public const int KeyLength = 16;

        /// <summary>
        /// Reads the device key, or makes and stores a new one when there is none (first boot) or it is damaged.
        /// </summary>
        /// <param name="store">The record store.</param>
        /// <param name="random">The source of the new key's bytes (on a board, seeded by its hardware RNG).</param>
        /// <returns>A new array holding the 16-byte key; the caller wipes it once the key schedule is made.</returns>
        /// <exception cref="IOException">A new key could not be stored.</exception>
        public static byte[] LoadOrCreate(IRecordStore store, Random random)
        {
            byte[] record = new byte[KeyLength + 4];
            byte[] key = new byte[KeyLength];
            int length;
            try
            {
                length = store.Read(RecordName, record, 0, record.Length);
            }
            catch (ArgumentException)
            {
                length = -1;
            }

            if (length == record.Length && Crc32.Compute(record, 0, KeyLength) == ReadCrc(record, KeyLength))
            {
                Array.Copy(record, 0, key, 0, KeyLength);
                Array.Clear(record, 0, record.Length);
                return key;
            }

            random.NextBytes(key);
            Array.Copy(key, 0, record, 0, KeyLength);
            uint crc = Crc32.Compute(key, 0, KeyLength);
            record[KeyLength] = (byte)(crc >> 24);
            record[KeyLength + 1] = (byte)(crc >> 16);
            record[KeyLength + 2] = (byte)(crc >> 8);
            record[KeyLength + 3] = (byte)crc;
            try
            {
                store.Write(RecordName, record, 0, record.Length);
            }
            finally
            {
                Array.Clear(record, 0, record.Length);
            }

            return key;
        }

        private static uint ReadCrc(byte[] record, int offset)
        {
            return ((uint)record[offset] << 24) | ((uint)record[offset + 1] << 16) | ((uint)record[offset + 2] << 8) | record[offset + 3];
        }
    }
}
