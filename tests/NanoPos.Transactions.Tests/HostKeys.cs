using NanoPos.Iso8583;
using NanoPos.Security;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The acquirer's side of the CUP key hierarchy, for <see cref="ScriptedHost"/>: it holds the terminal's master key
    /// (<see cref="TestKeys.MasterKeyHex"/>) and the working keys it hands out at sign-on, writes them into field 62
    /// under the TMK with their check values, checks the MAC of each request and MACs its answers. The MAC is computed
    /// here from <see cref="CupMac"/> over the packed frame from the MTI to 8 bytes before its end, independently of
    /// the terminal's own framing code.
    /// </summary>
    internal sealed class HostKeys
    {
        /// <summary>No check value is spoiled.</summary>
        internal const int None = -1;

        /// <summary>The PIN key's check value (field 62 bytes 16 to 19 of the 40-byte layout).</summary>
        internal const int PinKeyCheck = 16;

        /// <summary>The MAC key's check value (field 62 bytes 36 to 39 of the 40-byte layout).</summary>
        internal const int MacKeyCheck = 36;

        private readonly TripleDes _tmk;
        private WorkingKeys _keys;
        private int _spoiled = None;

        /// <summary>Creates the host's keys: the test TMK and the first working key set.</summary>
        internal HostKeys()
        {
            _tmk = new TripleDes(Hex.Parse(TestKeys.MasterKeyHex), 0, 16);
            _keys = Make(TestKeys.PinKeyHex, TestKeys.MacKeyHex);
            byte[] wrong = Hex.Parse(TestKeys.WrongMacKeyHex);
            WrongMacKey = new TripleDes(wrong, 0, wrong.Length);
        }

        /// <summary>Gets the PIN key the host holds now (it decrypts field 52 with it).</summary>
        internal TripleDes PinKey
        {
            get { return _keys.PinKey; }
        }

        /// <summary>Gets the MAC key the host holds now.</summary>
        internal TripleDes MacKey
        {
            get { return _keys.MacKey; }
        }

        /// <summary>Gets a MAC key neither side holds (a forger's).</summary>
        internal TripleDes WrongMacKey { get; private set; }

        /// <summary>
        /// Switches to the second working key set at once, as a key change at the host would: requests MACed under
        /// the old MAK fail the host's check (answered A0) until the terminal signs on and receives the new keys.
        /// </summary>
        internal void ChangeKeys()
        {
            _keys = Make(TestKeys.NextPinKeyHex, TestKeys.NextMacKeyHex);
        }

        /// <summary>Spoils one check value in the next field 62 sent (<see cref="PinKeyCheck"/> or <see cref="MacKeyCheck"/>).</summary>
        /// <param name="which">The check value's offset in field 62.</param>
        internal void SpoilNextCheckValue(int which)
        {
            _spoiled = which;
        }

        /// <summary>Writes field 62 of a sign-on answer: the working keys under the TMK, each with its check value.</summary>
        /// <returns>The field's bytes (40).</returns>
        internal byte[] Field62()
        {
            byte[] field = new byte[_keys.EncodedLength];
            _keys.Encode(_tmk, field, 0);
            if (_spoiled != None)
            {
                field[_spoiled] ^= 0x01;
                _spoiled = None;
            }

            return field;
        }

        /// <summary>Checks the MAC in a packed request's last 8 bytes under the host's MAK.</summary>
        /// <param name="frame">The frame, from its length header.</param>
        /// <param name="mtiOffset">The index of the MTI (after the length header and TPDU).</param>
        /// <param name="length">The frame's length.</param>
        /// <returns>True when the MAC is that of the bytes from the MTI to the MAC.</returns>
        internal bool Verify(byte[] frame, int mtiOffset, int length)
        {
            int mac = length - CupMac.Length;
            return mac > mtiOffset && CupMac.Verify(frame, mtiOffset, mac - mtiOffset, _keys.MacKey, frame, mac);
        }

        /// <summary>Writes the MAC of a packed answer over its last 8 bytes (field 64, packed as a placeholder).</summary>
        /// <param name="frame">The frame, from its length header.</param>
        /// <param name="mtiOffset">The index of the MTI.</param>
        /// <param name="length">The frame's length.</param>
        /// <param name="mak">The key to MAC with: <see cref="MacKey"/>, or a forger's.</param>
        internal static void Sign(byte[] frame, int mtiOffset, int length, TripleDes mak)
        {
            int mac = length - CupMac.Length;
            CupMac.Compute(frame, mtiOffset, mac - mtiOffset, mak, frame, mac);
        }

        private static WorkingKeys Make(string pinKeyHex, string macKeyHex)
        {
            byte[] pik = Hex.Parse(pinKeyHex);
            byte[] mak = Hex.Parse(macKeyHex);
            return WorkingKeys.FromClear(pik, 0, pik.Length, mak, 0, mak.Length, null, 0, 0);
        }
    }
}
