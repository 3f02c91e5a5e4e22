namespace NanoPos.DeviceBench
{
    /// <summary>
    /// The keys of the sale benchmark, from the public CUP sign-on example that tests/NanoPos.Security.Tests uses as a
    /// vector (firmware/NanoPos.Security/README.md, "Field 62 at sign-on"): the terminal master key, provisioned as two
    /// components with its check value; the working keys the acquirer sends under it (a double-length PIK and a
    /// single-length MAK, the same as <see cref="SecurityRig"/>'s); and a fixed device key the terminal wraps its stored
    /// keys under. Check values computed apart from the firmware (OpenSSL).
    /// </summary>
    public static class BenchKeys
    {
        /// <summary>The terminal's device key (16 bytes, hex).</summary>
        public const string DeviceKeyHex = "D91E3F721FCB1971174494D6493C9D5C";

        /// <summary>The terminal master key of the example (hex).</summary>
        public const string MasterKeyHex = "CA5D92598DCA48CE8A4C76361A9269E9";

        /// <summary>The first TMK component (hex).</summary>
        public const string MasterComponent1Hex = "A54DCA182530BB1D6D132CDED6237B2E";

        /// <summary>The second TMK component: <see cref="MasterKeyHex"/> XOR <see cref="MasterComponent1Hex"/> (hex).</summary>
        public const string MasterComponent2Hex = "6F105841A8FAF3D3E75F5AE8CCB112C7";

        /// <summary>The TMK's check value (hex).</summary>
        public const string MasterCheckHex = "43C6CCCB";

        /// <summary>The PIN key of the example (double length, hex).</summary>
        public const string PinKeyHex = "807A23AD32B36D457AE91FDF927570EA";

        /// <summary>The MAC key of the example (single length, hex).</summary>
        public const string MacKeyHex = "5BB5C72CD00B7338";

        /// <summary>The example's field 62 (40 bytes, hex): the two keys under the TMK with their check values.</summary>
        public const string Field62Hex = "6701EAD6A9AD51E51AA406E2C27FCFA9" + "8D0A74B8" + "B651F9E9BACE9AE1" + "0000000000000000" + "AB7153CA";

        /// <summary>The clear ISO 9564 format-0 PIN block of PIN 123456 under <see cref="SampleMessages.Pan"/> (hex).</summary>
        public const string ClearPinBlockHex = "0612622E6FEDCBA9";
    }
}
