using NanoPos.Hal;
using NanoPos.Iso8583;
using NanoPos.Terminal;
using NanoPos.Transactions;

namespace NanoPos.Ui.Tests
{
    /// <summary>
    /// The fixed keys of the UI tests, the same as the engine tests' (tests/NanoPos.Transactions.Tests/TestKeys.cs): the
    /// device key (stored in the terminal's device key record before its first boot, so no random key is made), the
    /// terminal master key provisioned as two components with its check value in the configuration, and the working
    /// keys <see cref="UiHost"/> sends at sign-on.
    /// </summary>
    /// <remarks>Check values computed apart from the firmware (OpenSSL, 3DES or DES of 8 zero bytes).</remarks>
    internal static class TestKeys
    {
        /// <summary>The terminal's device key (16 bytes, hex).</summary>
        internal const string DeviceKeyHex = "8A9B913250F9062A42BBED76FCC09632";

        /// <summary>The terminal master key (hex): <see cref="MasterComponent1Hex"/> XOR <see cref="MasterComponent2Hex"/>.</summary>
        internal const string MasterKeyHex = "DDFBDD88AA9F302E5B21AFC041497A03";

        /// <summary>The first TMK component (hex).</summary>
        internal const string MasterComponent1Hex = "340634853B52D0D88513B245B47F89D7";

        /// <summary>The second TMK component (hex).</summary>
        internal const string MasterComponent2Hex = "E9FDE90D91CDE0F6DE321D85F536F3D4";

        /// <summary>The TMK's check value (hex).</summary>
        internal const string MasterCheckHex = "DEFB3E91";

        /// <summary>The PIN key the host sends at sign-on (double length, hex); check value C423CE5C.</summary>
        internal const string PinKeyHex = "CEE4656BB4292BB9838D8EF988EABD73";

        /// <summary>The MAC key the host sends at sign-on (single length, hex); check value 32B4EEF2.</summary>
        internal const string MacKeyHex = "E65A42A22DAC6AA4";

        /// <summary>The PIN key of the host's second key set (hex); check value 501D35BB.</summary>
        internal const string NextPinKeyHex = "F8A9C6C57C189F6C427971FB8B7C889B";

        /// <summary>The MAC key of the host's second key set (hex); check value 2AFBE521.</summary>
        internal const string NextMacKeyHex = "A10E92D4B77DBCFF";

        /// <summary>A MAC key neither the host nor the terminal holds: what a forger MACs with.</summary>
        internal const string WrongMacKeyHex = "8501947E7C13715F";

        /// <summary>The configuration lines that provision the TMK (what a key custodian types in).</summary>
        internal const string ConfigLines = "tmk.component.1=" + MasterComponent1Hex + "\ntmk.component.2=" + MasterComponent2Hex + "\ntmk.kcv=" + MasterCheckHex + "\n";

        /// <summary>Stores the device key record (key and its CRC-32, as the terminal makes it on a first boot).</summary>
        /// <param name="store">The terminal's record store.</param>
        internal static void WriteDeviceKey(IRecordStore store)
        {
            byte[] record = new byte[20];
            Hex.Parse(DeviceKeyHex, record, 0);
            uint crc = Crc32.Compute(record, 0, 16);
            record[16] = (byte)(crc >> 24);
            record[17] = (byte)(crc >> 16);
            record[18] = (byte)(crc >> 8);
            record[19] = (byte)crc;
            store.Write(DeviceKeyRecord.RecordName, record, 0, record.Length);
        }

        /// <summary>Creates a key ring over a store with the test device key (nothing installed yet).</summary>
        /// <param name="store">The terminal's record store.</param>
        /// <returns>The key ring.</returns>
        internal static KeyRing NewKeyRing(IRecordStore store)
        {
            return new KeyRing(store, Hex.Parse(DeviceKeyHex), 0);
        }

        /// <summary>
        /// Creates a key ring holding the test TMK and the working keys of a sign-on with <see cref="HostKeys"/>, without
        /// an engine (for the PIN entry on its own).
        /// </summary>
        /// <param name="store">The record store the keys are stored in.</param>
        /// <returns>The key ring.</returns>
        internal static KeyRing SignedOnKeyRing(IRecordStore store)
        {
            KeyRing keys = NewKeyRing(store);
            byte[] components = Hex.Parse(MasterComponent1Hex + MasterComponent2Hex);
            string refused = keys.InstallMasterKey(components, 0, 2, Hex.Parse(MasterCheckHex), 0);
            if (refused == null)
            {
                byte[] field62 = new HostKeys().Field62();
                refused = keys.AcceptWorkingKeys(field62, 0, field62.Length);
            }

            if (refused != null)
            {
                throw new System.InvalidOperationException("The test keys were refused: " + refused);
            }

            return keys;
        }
    }
}
