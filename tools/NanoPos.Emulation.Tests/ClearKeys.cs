using System;
using System.Security.Cryptography;
using NanoPos.HostSim;
using NanoPos.Security;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// The clear keys a run used, for the scan to look for: the working keys the acquirer holds for a terminal
    /// (<see cref="HostSecurity"/>), and the keys the terminal stored wrapped under its device key (records keys.tmk and
    /// keys.work, unwrapped with the device key read from the record devkey).
    /// </summary>
    public static class ClearKeys
    {
        // WorkingKeys.Wrap serialises: PIK length, MAK length, TDK length, reserved, then the keys.
        private const int WrapHeader = 4;

        /// <summary>Gets the PIN key and MAC key the acquirer holds for a terminal now, or null when it holds none.</summary>
        public static Tuple<byte[], byte[]> FromHost(HostSecurity security, string terminalId)
        {
            WorkingKeys keys = security.Find(terminalId);
            return keys == null ? null : FromWorkingKeys(keys);
        }

        /// <summary>Gets the clear PIN key and MAC key of working keys (from a host, or parsed from a sign-on's field 62).</summary>
        public static Tuple<byte[], byte[]> FromWorkingKeys(WorkingKeys keys)
        {
            // WorkingKeys never hands its bytes out: wrap them under a throwaway key and unwrap them here.
            byte[] kek = RandomNumberGenerator.GetBytes(16);
            var cipher = new TripleDes(kek, 0, kek.Length);
            var wrapped = new byte[keys.WrappedLength];
            keys.Wrap(cipher, wrapped, 0);
            return Split(Unwrap(cipher, wrapped));
        }

        /// <summary>Gets the PIN key and MAC key of a keys.work record, unwrapped with the device key.</summary>
        public static Tuple<byte[], byte[]> FromWorkingKeysRecord(byte[] deviceKey, byte[] record)
        {
            byte[] serialized = Unwrap(new TripleDes(deviceKey, 0, 16), record);
            return serialized == null ? null : Split(serialized);
        }

        /// <summary>Gets the TMK of a keys.tmk record, unwrapped with the device key, or null when it does not unwrap.</summary>
        public static byte[] FromMasterKeyRecord(byte[] deviceKey, byte[] record)
        {
            return Unwrap(new TripleDes(deviceKey, 0, 16), record);
        }

        /// <summary>
        /// Gets the clear secret of a secret record (secret.techpin, secret.wifi), unwrapped as the firmware does
        /// (SecretRecords, a key per record name), or null when it does not unwrap.
        /// </summary>
        public static byte[] FromSecretRecord(byte[] deviceKey, string recordName, byte[] record)
        {
            var store = new NanoPos.Hal.Simulated.InMemoryRecordStore();
            store.Write(recordName, record, 0, record.Length);
            var keys = new NanoPos.Transactions.KeyRing(store, deviceKey, 0);
            var clear = new byte[NanoPos.Transactions.SecretRecords.MaxSecretLength];
            int length = keys.Secrets.ReadSecret(recordName, clear, 0);
            return length < 0 ? null : clear.AsSpan(0, length).ToArray();
        }

        /// <summary>Gets the device key of a devkey record (16 key bytes, then a CRC-32).</summary>
        public static byte[] FromDeviceKeyRecord(byte[] record)
        {
            return record == null || record.Length < 16 ? null : record.AsSpan(0, 16).ToArray();
        }

        private static byte[] Unwrap(TripleDes cipher, byte[] wrapped)
        {
            var clear = new byte[KeyWrap.MaxKeyLength];
            int length = KeyWrap.Unwrap(cipher, wrapped, 0, wrapped.Length, clear, 0);
            return length < 0 ? null : clear.AsSpan(0, length).ToArray();
        }

        private static Tuple<byte[], byte[]> Split(byte[] serialized)
        {
            int pik = serialized[0];
            int mak = serialized[1];
            if ((pik != 8 && pik != 16) || (mak != 8 && mak != 16) || serialized.Length != WrapHeader + pik + mak + serialized[2])
            {
                throw new InvalidOperationException("Not a set of working keys: the layout of WorkingKeys.Wrap changed.");
            }

            return Tuple.Create(serialized.AsSpan(WrapHeader, pik).ToArray(), serialized.AsSpan(WrapHeader + pik, mak).ToArray());
        }
    }
}
