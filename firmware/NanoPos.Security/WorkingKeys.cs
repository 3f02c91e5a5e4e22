using System;

namespace NanoPos.Security
{
    /// <summary>
    /// The working keys a CUP terminal receives at sign-on (0810 field 62): the PIN key (PIK), the MAC key (MAK) and,
    /// when the profile uses one, the track key (TDK). Each arrives encrypted under the terminal master key (TMK) with
    /// its check value; <see cref="Parse"/> decrypts them and refuses any whose check value does not match.
    /// </summary>
    /// <remarks>
    /// <para>Field 62 layouts (each key 3DES-ECB under the TMK, each check value 4 bytes, see <see cref="KeyCheckValue"/>):
    /// 24 bytes: PIK (8) + CV + MAK (8) + CV, all single length. 40 bytes: PIK (16, double length) + CV + MAK (8) +
    /// 8 zero bytes + CV. 60 bytes: the 40 bytes + TDK (16) + CV. In the 40- and 60-byte layouts a MAK whose second
    /// 8 bytes are not zero is taken as a double-length MAK (some hosts send one); its check value then decides.</para>
    /// <para>The instance holds the clear keys (as ciphers, and as bytes for <see cref="Wrap"/>) until
    /// <see cref="Clear"/>; store them only wrapped (<see cref="Wrap"/>, <see cref="Unwrap"/>).</para>
    /// </remarks>
    public sealed class WorkingKeys
    {
        private const int WrapHeader = 4;

        private readonly byte[] _pik;
        private readonly byte[] _mak;
        private readonly byte[] _tdk;

        // Takes ownership of the clear key arrays (tdk may be null).
        private WorkingKeys(byte[] pik, byte[] mak, byte[] tdk)
        {
            _pik = pik;
            _mak = mak;
            _tdk = tdk;
            PinKey = new TripleDes(pik, 0, pik.Length);
            MacKey = new TripleDes(mak, 0, mak.Length);
            TrackKey = tdk == null ? null : new TripleDes(tdk, 0, tdk.Length);
        }

        /// <summary>Gets the PIN key (PIK): 8 or 16 bytes, for <see cref="PinCipher"/>.</summary>
        public TripleDes PinKey { get; }

        /// <summary>Gets the MAC key (MAK): 8 or 16 bytes, for <see cref="CupMac"/>.</summary>
        public TripleDes MacKey { get; }

        /// <summary>Gets the track key (TDK, 16 bytes), or null when field 62 carried none.</summary>
        public TripleDes TrackKey { get; }

        /// <summary>Gets a value indicating whether a track key is present.</summary>
        public bool HasTrackKey
        {
            get { return _tdk != null; }
        }

        /// <summary>Gets the length of <see cref="Wrap"/>'s output, in bytes.</summary>
        public int WrappedLength
        {
            get { return KeyWrap.WrappedLength(SerializedLength()); }
        }

        /// <summary>Gets the length of field 62 as <see cref="Encode"/> writes it: 24, 40 or 60 bytes.</summary>
        public int EncodedLength
        {
            get { return Field62.EncodedLength(_pik.Length, _tdk != null); }
        }

        /// <summary>
        /// Parses sign-on field 62: decrypts each key with the TMK (3DES-ECB) and checks each check value.
        /// </summary>
        /// <param name="field62">The array holding field 62's value (without its length prefix).</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="count">Its length: 24, 40 or 60 bytes.</param>
        /// <param name="tmk">The terminal master key.</param>
        /// <param name="error">Null on success; otherwise one sentence saying why the keys were refused, naming the key.</param>
        /// <returns>The working keys, or null when field 62 has another length or a check value does not match.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the array.</exception>
        /// <exception cref="InvalidOperationException">The TMK was cleared.</exception>
        public static WorkingKeys Parse(byte[] field62, int offset, int count, TripleDes tmk, out string error)
        {
            Guard.Range(field62, offset, count, "field62");
            Guard.NotNull(tmk, "tmk");
            byte[] pik = null;
            byte[] mak = null;
            byte[] tdk = null;
            error = Field62.Decode(field62, offset, count, tmk, ref pik, ref mak, ref tdk);
            if (error != null)
            {
                Wipe(pik);
                Wipe(mak);
                Wipe(tdk);
                return null;
            }

            return new WorkingKeys(pik, mak, tdk);
        }

        /// <summary>
        /// Creates working keys from clear keys (the acquirer simulator's side, and tests). The bytes are copied.
        /// </summary>
        /// <param name="pik">The array holding the clear PIK.</param>
        /// <param name="pikOffset">The index of its first byte.</param>
        /// <param name="pikLength">8 or 16 bytes.</param>
        /// <param name="mak">The array holding the clear MAK.</param>
        /// <param name="makOffset">The index of its first byte.</param>
        /// <param name="makLength">8 bytes, or 16 with a 16-byte PIK.</param>
        /// <param name="trackKey">The array holding the clear TDK, or null for none.</param>
        /// <param name="trackKeyOffset">The index of its first byte.</param>
        /// <param name="trackKeyLength">16 bytes with a 16-byte PIK (ignored when <paramref name="trackKey"/> is null).</param>
        /// <returns>The working keys.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="pik"/> or <paramref name="mak"/> is null.</exception>
        /// <exception cref="ArgumentException">A combination of lengths field 62 cannot carry, or a range outside its array.</exception>
        public static WorkingKeys FromClear(byte[] pik, int pikOffset, int pikLength, byte[] mak, int makOffset, int makLength, byte[] trackKey, int trackKeyOffset, int trackKeyLength)
        {
            Guard.Range(pik, pikOffset, pikLength, "pik");
            Guard.Range(mak, makOffset, makLength, "mak");
            bool track = trackKey != null;
            if (track)
            {
                Guard.Range(trackKey, trackKeyOffset, trackKeyLength, "trackKey");
            }

            if (!Field62.CanCarry(pikLength, makLength, track ? trackKeyLength : 0))
            {
                throw new ArgumentException("Field 62 carries PIK 8 + MAK 8, or PIK 16 + MAK 8 or 16 (+ TDK 16); not PIK " + pikLength + ", MAK " + makLength + ", TDK " + (track ? trackKeyLength : 0) + ".");
            }

            return new WorkingKeys(Copy(pik, pikOffset, pikLength), Copy(mak, makOffset, makLength), track ? Copy(trackKey, trackKeyOffset, trackKeyLength) : null);
        }

        /// <summary>Writes field 62 for these keys under a TMK, with check values (what the acquirer sends at sign-on).</summary>
        /// <param name="tmk">The terminal master key.</param>
        /// <param name="output">The array field 62 goes into (<see cref="EncodedLength"/> bytes).</param>
        /// <param name="outputOffset">The index of its first byte.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the array.</exception>
        /// <exception cref="InvalidOperationException">These keys or the TMK were cleared.</exception>
        public int Encode(TripleDes tmk, byte[] output, int outputOffset)
        {
            Guard.NotNull(tmk, "tmk");
            RequireKeys();
            return Field62.Encode(_pik, _mak, _tdk, tmk, output, outputOffset);
        }

        /// <summary>Wraps all the keys under the device key for storage (<see cref="KeyWrap"/>).</summary>
        /// <param name="deviceKey">The device key.</param>
        /// <param name="output">The array the blob goes into (<see cref="WrappedLength"/> bytes).</param>
        /// <param name="outputOffset">The index of its first byte.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the array.</exception>
        /// <exception cref="InvalidOperationException">These keys or the device key were cleared.</exception>
        public int Wrap(TripleDes deviceKey, byte[] output, int outputOffset)
        {
            RequireKeys();

            // Lengths first (PIK, MAK, TDK or 0, reserved), then the keys, so Unwrap can split them.
            byte[] serialized = new byte[SerializedLength()];
            try
            {
                serialized[0] = (byte)_pik.Length;
                serialized[1] = (byte)_mak.Length;
                serialized[2] = (byte)(_tdk == null ? 0 : _tdk.Length);
                Array.Copy(_pik, 0, serialized, WrapHeader, _pik.Length);
                Array.Copy(_mak, 0, serialized, WrapHeader + _pik.Length, _mak.Length);
                if (_tdk != null)
                {
                    Array.Copy(_tdk, 0, serialized, WrapHeader + _pik.Length + _mak.Length, _tdk.Length);
                }

                return KeyWrap.Wrap(deviceKey, serialized, 0, serialized.Length, output, outputOffset);
            }
            finally
            {
                Array.Clear(serialized, 0, serialized.Length);
            }
        }

        /// <summary>Restores working keys stored by <see cref="Wrap"/>.</summary>
        /// <param name="deviceKey">The device key they were wrapped under.</param>
        /// <param name="wrapped">The array holding the blob.</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="count">Its length in bytes.</param>
        /// <param name="error">Null on success; otherwise why the blob was refused.</param>
        /// <returns>The working keys, or null when the blob fails its integrity check or does not hold working keys.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the array.</exception>
        /// <exception cref="InvalidOperationException">The device key was cleared.</exception>
        public static WorkingKeys Unwrap(TripleDes deviceKey, byte[] wrapped, int offset, int count, out string error)
        {
            byte[] serialized = new byte[KeyWrap.MaxKeyLength];
            try
            {
                int length = KeyWrap.Unwrap(deviceKey, wrapped, offset, count, serialized, 0);
                if (length < 0)
                {
                    error = "The stored working keys fail their integrity check (changed, damaged or wrapped under another device key).";
                    return null;
                }

                int pik = serialized[0];
                int mak = serialized[1];
                int tdk = serialized[2];
                if (length != WrapHeader + pik + mak + tdk || !Field62.CanCarry(pik, mak, tdk))
                {
                    error = "The stored blob is not a set of working keys.";
                    return null;
                }

                error = null;
                return new WorkingKeys(
                    Copy(serialized, WrapHeader, pik),
                    Copy(serialized, WrapHeader + pik, mak),
                    tdk == 0 ? null : Copy(serialized, WrapHeader + pik + mak, tdk));
            }
            finally
            {
                Array.Clear(serialized, 0, serialized.Length);
            }
        }

        /// <summary>Wipes every key: the clear bytes and the three ciphers (which then refuse to work).</summary>
        public void Clear()
        {
            Wipe(_pik);
            Wipe(_mak);
            Wipe(_tdk);
            PinKey.Clear();
            MacKey.Clear();
            if (TrackKey != null)
            {
                TrackKey.Clear();
            }
        }

        /// <summary>Tells whether every clear key byte is zero (for the tests that prove <see cref="Clear"/> wipes them).</summary>
        /// <returns>True when the PIK, MAK and TDK bytes are all zero.</returns>
        internal bool KeyBytesAreZero()
        {
            int bits = 0;
            for (int i = 0; i < _pik.Length; i++)
            {
                bits |= _pik[i];
            }

            for (int i = 0; i < _mak.Length; i++)
            {
                bits |= _mak[i];
            }

            for (int i = 0; _tdk != null && i < _tdk.Length; i++)
            {
                bits |= _tdk[i];
            }

            return bits == 0;
        }

        private int SerializedLength()
        {
            return WrapHeader + _pik.Length + _mak.Length + (_tdk == null ? 0 : _tdk.Length);
        }

        private void RequireKeys()
        {
            if (PinKey.IsCleared)
            {
                throw new InvalidOperationException("The working keys were cleared.");
            }
        }

        private static byte[] Copy(byte[] source, int offset, int length)
        {
            byte[] copy = new byte[length];
            Array.Copy(source, offset, copy, 0, length);
            return copy;
        }

        private static void Wipe(byte[] key)
        {
            if (key != null)
            {
                Array.Clear(key, 0, key.Length);
            }
        }
    }
}
