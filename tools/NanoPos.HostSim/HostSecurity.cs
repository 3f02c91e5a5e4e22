using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using NanoPos.Iso8583;
using NanoPos.Security;
using SecurityKeys = NanoPos.Security.WorkingKeys;

namespace NanoPos.HostSim
{
    /// <summary>
    /// The simulated acquirer's side of the CUP key hierarchy: one terminal master key (TMK) shared by every terminal,
    /// the working keys (PIN key, MAC key) issued to each terminal ID at its last sign-on, and whether a request must
    /// carry a MAC (<see cref="RequireMac"/>). Thread-safe: the TCP server decides requests on several connections.
    /// </summary>
    /// <remarks>
    /// <para>Working keys live in memory only, keyed by field 41: a simulator that restarts has forgotten them, so the
    /// terminal's next MACed request is answered A0 and the terminal signs on again. That is also how a real host
    /// behaves after it rotates keys, so it is a path worth exercising, not a shortcoming to hide.</para>
    /// <para>No key, clear or encrypted, is ever written to a log or a note; only the TMK's check value is shown.</para>
    /// </remarks>
    public sealed class HostSecurity
    {
        /// <summary>The demonstration TMK every simulator starts with, as 32 hexadecimal digits (double-length 3DES).</summary>
        public const string DemoMasterKeyHex = "0123456789ABCDEFFEDCBA9876543210";

        /// <summary>The check value of <see cref="DemoMasterKeyHex"/> (3DES of 8 zero bytes, first 4 bytes).</summary>
        public const string DemoMasterKeyCheckValue = "08D7B4FB";

        /// <summary>The length of the TMK, in bytes (double-length 3DES).</summary>
        public const int MasterKeyLength = 16;

        /// <summary>The length of the PIN key issued at sign-on, in bytes (double length: field 53 says "6").</summary>
        public const int PinKeyLength = 16;

        /// <summary>The length of the MAC key issued at sign-on, in bytes (single-length DES, as CUP terminals use).</summary>
        public const int MacKeyLength = 8;

        private readonly object _gate = new object();
        private readonly Dictionary<string, SecurityKeys> _keys = new Dictionary<string, SecurityKeys>(StringComparer.Ordinal);
        private byte[] _masterKey;
        private TripleDes _master;
        // Required from the start, as at a real acquirer: a host that let unMACed requests through by default would
        // let a test pass against a terminal that forgot to sign its requests.
        private volatile bool _requireMac = true;

        /// <summary>Creates the key store with the demonstration TMK and no working keys; MACs are required.</summary>
        public HostSecurity()
            : this(null)
        {
        }

        /// <summary>Creates the key store with a TMK and no working keys; MACs are required.</summary>
        /// <param name="masterKey">The TMK (16 bytes, copied), or null for the demonstration TMK.</param>
        /// <exception cref="ArgumentException">The TMK is not 16 bytes long.</exception>
        public HostSecurity(byte[] masterKey)
        {
            MasterKey = masterKey ?? ParseMasterKey(DemoMasterKeyHex);
        }

        /// <summary>
        /// Gets or sets the terminal master key (16 bytes; a copy either way). Working keys already issued stay valid: the
        /// terminal holds them clear, only their delivery used the TMK.
        /// </summary>
        /// <exception cref="ArgumentException">The value is null or not 16 bytes long.</exception>
        public byte[] MasterKey
        {
            get
            {
                lock (_gate)
                {
                    return (byte[])_masterKey.Clone();
                }
            }

            set
            {
                if (value == null || value.Length != MasterKeyLength)
                {
                    throw new ArgumentException("The terminal master key must be " + MasterKeyLength + " bytes (32 hexadecimal digits).", nameof(value));
                }

                lock (_gate)
                {
                    _masterKey = (byte[])value.Clone();
                    _master = new TripleDes(_masterKey, 0, MasterKeyLength);
                }
            }
        }

        /// <summary>Gets the TMK's check value: 4 bytes, the first of 3DES of 8 zero bytes (safe to show; it is what a TMK is installed with).</summary>
        public byte[] MasterKeyCheckValue
        {
            get
            {
                byte[] check = new byte[KeyCheckValue.Length];
                lock (_gate)
                {
                    KeyCheckValue.Compute(_master, check, 0);
                }

                return check;
            }
        }

        /// <summary>Gets the TMK's check value as 8 uppercase hexadecimal digits ("08D7B4FB" for the demo TMK).</summary>
        public string MasterKeyCheckValueHex => Convert.ToHexString(MasterKeyCheckValue);

        /// <summary>
        /// Gets or sets whether every request but a sign-on must carry field 64 (default true, as at a real acquirer):
        /// when true, a request without it is answered A0. Set it to false only for a terminal that sends no MAC (an old
        /// one, or a test about unMACed requests); a request that carries field 64 is verified either way.
        /// </summary>
        public bool RequireMac
        {
            get => _requireMac;
            set => _requireMac = value;
        }

        /// <summary>Gets how many terminals hold working keys now.</summary>
        public int TerminalsWithKeys
        {
            get
            {
                lock (_gate)
                {
                    return _keys.Count;
                }
            }
        }

        /// <summary>Parses a TMK given as 32 hexadecimal digits (the <c>--tmk</c> option).</summary>
        /// <param name="hex">The digits, either case.</param>
        /// <returns>The 16 key bytes.</returns>
        /// <exception cref="FormatException">The text is not exactly 32 hexadecimal digits.</exception>
        public static byte[] ParseMasterKey(string hex)
        {
            if (hex == null || hex.Length != MasterKeyLength * 2 || !IsHex(hex))
            {
                // The text is a key (or a mistyped one): never echo it.
                throw new FormatException("The terminal master key must be exactly " + (MasterKeyLength * 2) + " hexadecimal digits.");
            }

            return Convert.FromHexString(hex);
        }

        /// <summary>Tells whether a request is a sign-on: an 0800 whose field 60 carries network code 003 in digits 9 to 11.</summary>
        /// <param name="request">The request.</param>
        /// <returns>True for a sign-on, the one request that is never MACed.</returns>
        public static bool IsSignOn(IsoMessage request)
        {
            ArgumentNullException.ThrowIfNull(request);
            return request.Mti == Mti.NetworkRequest && RequestFields.NetworkCode(request) == NetworkHandler.SignOnCode;
        }

        /// <summary>Tells whether a terminal holds working keys (it signed on since this simulator started).</summary>
        /// <param name="terminalId">Field 41.</param>
        /// <returns>True when it does.</returns>
        public bool HasWorkingKeys(string terminalId)
        {
            return Find(terminalId) != null;
        }

        /// <summary>Forgets a terminal's working keys, as a host restart does: its next MACed request gets A0.</summary>
        /// <param name="terminalId">Field 41.</param>
        /// <returns>True when it had keys.</returns>
        public bool ForgetWorkingKeys(string terminalId)
        {
            lock (_gate)
            {
                return terminalId != null && _keys.Remove(terminalId);
            }
        }

        /// <summary>Forgets every terminal's working keys.</summary>
        public void ForgetAllWorkingKeys()
        {
            lock (_gate)
            {
                _keys.Clear();
            }
        }

        /// <summary>
        /// Makes fresh random working keys for a terminal — PIK 16 bytes, MAK 8 bytes, odd parity — and returns field 62 for
        /// the 0810: 40 bytes, each key encrypted under the TMK with its check value. They replace the terminal's keys at once.
        /// </summary>
        /// <param name="terminalId">Field 41 of the sign-on.</param>
        /// <returns>Field 62.</returns>
        internal byte[] IssueWorkingKeys(string terminalId)
        {
            byte[] clear = new byte[PinKeyLength + MacKeyLength];
            try
            {
                RandomNumberGenerator.Fill(clear);
                SetOddParity(clear);
                SecurityKeys keys = SecurityKeys.FromClear(clear, 0, PinKeyLength, clear, PinKeyLength, MacKeyLength, null, 0, 0);
                byte[] field62 = new byte[keys.EncodedLength];
                lock (_gate)
                {
                    keys.Encode(_master, field62, 0);

                    // The replaced keys are not cleared: an answer to a request verified under them may still be
                    // being signed on another connection. The collector takes them.
                    _keys[terminalId] = keys;
                }

                return field62;
            }
            finally
            {
                CryptographicOperations.ZeroMemory(clear);
            }
        }

        /// <summary>Gets a terminal's working keys, or null when it has none.</summary>
        /// <param name="terminalId">Field 41, or null.</param>
        /// <returns>The keys, or null.</returns>
        internal SecurityKeys Find(string terminalId)
        {
            if (terminalId == null)
            {
                return null;
            }

            lock (_gate)
            {
                return _keys.TryGetValue(terminalId, out SecurityKeys keys) ? keys : null;
            }
        }

        // Real key generators deliver odd-parity DES keys and some terminals refuse others; DES itself ignores the bit.
        private static void SetOddParity(byte[] key)
        {
            for (int i = 0; i < key.Length; i++)
            {
                int high = key[i] & 0xFE;
                key[i] = (byte)(high | ((System.Numerics.BitOperations.PopCount((uint)high) & 1) ^ 1));
            }
        }

        private static bool IsHex(string text)
        {
            foreach (char c in text)
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
