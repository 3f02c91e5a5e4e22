using NanoPos.Hal;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The fixed keys of the engine tests: the device key the terminal's <see cref="KeyRing"/> wraps its keys under, the
    /// terminal master key (TMK) as two custodian components with its check value, the working keys the
    /// <see cref="ScriptedHost"/> sends at sign-on, a second set it changes to, and a MAC key nobody holds (a forger's).
    /// </summary>
    /// <remarks>
    /// Check values computed apart from the firmware (OpenSSL, 3DES or DES of 8 zero bytes). The working keys follow
    /// the CUP 40-byte field 62: a double-length PIK and a single-length MAK.
    /// </remarks>
    internal static class TestKeys
    {
        /// <summary>The terminal's device key (16 bytes, hex).</summary>
        internal const string DeviceKeyHex = "8A9B913250F9062A42BBED76FCC09632";

        /// <summary>Another device's key (hex): it must not unwrap what <see cref="DeviceKeyHex"/> wrapped.</summary>
        internal const string OtherDeviceKeyHex = "0CBB9F6FA677DE2D87C6BA506CA7816F";

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

        /// <summary>Creates a key ring over a store with the test device key (nothing installed yet).</summary>
        /// <param name="store">The terminal's record store.</param>
        /// <returns>The key ring.</returns>
        internal static KeyRing NewKeyRing(IRecordStore store)
        {
            return new KeyRing(store, Hex.Parse(DeviceKeyHex), 0);
        }

        /// <summary>Installs the test TMK from its two components and its check value, as provisioning does.</summary>
        /// <param name="keys">The key ring.</param>
        /// <returns>Null when installed; otherwise why not.</returns>
        internal static string InstallMasterKey(KeyRing keys)
        {
            byte[] components = Hex.Parse(MasterComponent1Hex + MasterComponent2Hex);
            return keys.InstallMasterKey(components, 0, 2, Hex.Parse(MasterCheckHex), 0);
        }
    }
}
