using System;
using System.IO;
using NanoPos.Hal;
using NanoPos.Security;
using NanoPos.Transactions;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The configuration's secrets (<see cref="TerminalConfig.Secrets"/>), never readable at rest: the technician PIN
    /// (kept as its salted hash, wrapped under the device key in the record <see cref="TechnicianPinRecord"/>), the
    /// supervisor PIN that refunds ask for (the same way, in <see cref="SupervisorPinRecord"/>; optional) and the Wi-Fi
    /// password (kept wrapped in the record <see cref="WifiPasswordRecord"/>, handed only to the link driver). The keys
    /// tech.pin, tech.pin.hash, supervisor.pin, supervisor.pin.hash and wifi.password in the configuration record are
    /// provisioning input, moved by <see cref="ProtectSecrets"/> at the first boot that reads them.
    /// </summary>
    public sealed class TerminalSecrets
    {
        /// <summary>The record holding the Wi-Fi password, wrapped (<see cref="SecretRecords.StoreSecret"/>).</summary>
        public const string WifiPasswordRecord = "secret.wifi";

        /// <summary>The record holding the technician PIN's hash, wrapped (<see cref="SecretRecords.StoreSecret"/>).</summary>
        public const string TechnicianPinRecord = "secret.techpin";

        /// <summary>The record holding the supervisor PIN's hash, wrapped (<see cref="SecretRecords.StoreSecret"/>).</summary>
        public const string SupervisorPinRecord = "secret.suppin";

        /// <summary>The longest Wi-Fi password, in characters (printable ASCII, as WPA2 passphrases are; 64 for a hex key).</summary>
        public const int MaxWifiPasswordLength = 64;

        private char[] _clearPin;
        private int _clearPinLength;
        private byte[] _clearWifiPassword;
        private int _clearWifiPasswordLength;
        private PinHash _pinHash;
        private bool _pinHashToStore;
        private char[] _clearSupervisorPin;
        private int _clearSupervisorPinLength;
        private PinHash _supervisorPinHash;
        private bool _supervisorPinHashToStore;

        /// <summary>
        /// Gets or sets the technician PIN's salted hash. It is null until <see cref="ProtectSecrets"/> has hashed a clear
        /// tech.pin or read the stored hash (no PIN opens the menu then), unless the record gave tech.pin.hash. A hash
        /// set here (or read from tech.pin.hash) is a new PIN: <see cref="ProtectSecrets"/> stores it, replacing the
        /// stored one.
        /// </summary>
        public PinHash TechnicianPinHash
        {
            get
            {
                return _pinHash;
            }

            set
            {
                _pinHash = value;
                _pinHashToStore = value != null;
                WipeClearPin();
            }
        }

        /// <summary>
        /// Gets or sets the supervisor PIN's salted hash, which a refund asks for. It is null until
        /// <see cref="ProtectSecrets"/> has hashed a clear supervisor.pin or read the stored hash, unless the record gave
        /// supervisor.pin.hash; null after it means no supervisor PIN is configured, or the stored one is damaged
        /// (<see cref="SupervisorPinDamaged"/>): refunds are then refused, never allowed without a PIN. A hash set here
        /// (or read from supervisor.pin.hash) is a new PIN: <see cref="ProtectSecrets"/> stores it, replacing the stored one.
        /// </summary>
        public PinHash SupervisorPinHash
        {
            get
            {
                return _supervisorPinHash;
            }

            set
            {
                _supervisorPinHash = value;
                _supervisorPinHashToStore = value != null;
                WipeClearSupervisorPin();
            }
        }

        /// <summary>
        /// Gets whether the stored supervisor PIN (record <see cref="SupervisorPinRecord"/>) failed its integrity check at
        /// the last <see cref="ProtectSecrets"/>: refunds are refused until supervisor.pin is provisioned again.
        /// </summary>
        public bool SupervisorPinDamaged { get; private set; }

        /// <summary>
        /// Gets the Wi-Fi password for the link driver (device only), read from its wrapped record only when asked; null
        /// before <see cref="ProtectSecrets"/>. It yields 0 bytes for an open network (no record).
        /// </summary>
        public ISecretSource WifiPassword { get; private set; }

        /// <summary>
        /// Gets whether the record, as read, held a secret (tech.pin, tech.pin.hash, wifi.password) that
        /// <see cref="ProtectSecrets"/> has not moved yet.
        /// </summary>
        public bool HasClearSecrets
        {
            get { return _clearPin != null || _pinHashToStore || _clearSupervisorPin != null || _supervisorPinHashToStore || _clearWifiPassword != null; }
        }

        /// <summary>
        /// Moves the secrets out of this configuration and reads the technician PIN's hash: a clear tech.pin is hashed
        /// with a fresh 16-byte salt (<see cref="PinHash.DefaultIterations"/>); that hash, or one given as tech.pin.hash,
        /// is stored wrapped in <see cref="TechnicianPinRecord"/> (replacing the stored one); with neither, the stored
        /// one is read into <see cref="TechnicianPinHash"/>. A clear wifi.password is stored wrapped in
        /// <see cref="WifiPasswordRecord"/> (an empty one, an open network, removes that record), and then
        /// <see cref="WifiPassword"/> reads that record. The caller saves the configuration when this returns true, so
        /// the provisioned values leave the record; until it does, the next boot simply moves them again.
        /// </summary>
        /// <param name="keys">The key ring that wraps the secrets under the device key.</param>
        /// <param name="entropy">The source of the salt (on a board, seeded by its hardware random number generator).</param>
        /// <returns>True when a secret was moved (save the configuration now); false when there was none.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ConfigException">No PIN is given and none is stored, or the stored one is damaged or was
        /// wrapped by another device; the key named is tech.pin.</exception>
        /// <exception cref="IOException">A secret could not be stored (nothing is lost: it stays here in RAM, and in the
        /// record until a save).</exception>
        public bool ProtectSecrets(KeyRing keys, Random entropy)
        {
            if (keys == null || entropy == null)
            {
                throw new ArgumentNullException(keys == null ? "keys" : "entropy");
            }

            bool moved = false;
            if (_clearWifiPassword != null)
            {
                string failed = _clearWifiPasswordLength == 0 ? keys.Secrets.DeleteSecret(WifiPasswordRecord)
                    : keys.Secrets.StoreSecret(WifiPasswordRecord, _clearWifiPassword, 0, _clearWifiPasswordLength);
                if (failed != null)
                {
                    throw new IOException(failed);
                }

                Array.Clear(_clearWifiPassword, 0, _clearWifiPassword.Length);
                _clearWifiPassword = null;
                moved = true;
            }

            if (_clearPin != null)
            {
                byte[] salt = new byte[PinHash.SaltLength];
                entropy.NextBytes(salt);
                TechnicianPinHash = PinHash.Create(_clearPin, 0, _clearPinLength, salt, 0, PinHash.DefaultIterations);
            }

            if (_pinHashToStore)
            {
                TechnicianPinStore.Store(keys, _pinHash);
                _pinHashToStore = false;
                moved = true;
            }
            else
            {
                _pinHash = TechnicianPinStore.Read(keys);
            }

            moved |= ProtectSupervisorPin(keys, entropy);

            WifiPassword = new WrappedSecret(keys, WifiPasswordRecord, "wifi.password");
            return moved;
        }

        /// <summary>Keeps a clear technician PIN read from the record, until <see cref="ProtectSecrets"/> hashes it.</summary>
        /// <param name="pin">The PIN, 4 to 8 digits (checked by the parser).</param>
        internal void SetClearTechnicianPin(string pin)
        {
            _pinHash = null;
            _pinHashToStore = false;
            _clearPin = pin.ToCharArray();
            _clearPinLength = _clearPin.Length;
        }

        /// <summary>Keeps a clear supervisor PIN read from the record, until <see cref="ProtectSecrets"/> hashes it.</summary>
        /// <param name="pin">The PIN, 4 to 8 digits (checked by the parser).</param>
        internal void SetClearSupervisorPin(string pin)
        {
            _supervisorPinHash = null;
            _supervisorPinHashToStore = false;
            _clearSupervisorPin = pin.ToCharArray();
            _clearSupervisorPinLength = _clearSupervisorPin.Length;
        }

        /// <summary>Keeps a clear Wi-Fi password read from the record, until <see cref="ProtectSecrets"/> wraps it.</summary>
        /// <param name="password">The password, 0 to 64 printable ASCII characters (checked by the parser).</param>
        internal void SetClearWifiPassword(string password)
        {
            _clearWifiPassword = new byte[MaxWifiPasswordLength];
            _clearWifiPasswordLength = password.Length;
            for (int i = 0; i < password.Length; i++)
            {
                _clearWifiPassword[i] = (byte)password[i];
            }
        }

        /// <summary>
        /// Gives the values still waiting for <see cref="ProtectSecrets"/>, for the text form only: a configuration
        /// parsed and saved again before it (provisioning) keeps them; once protected, none is left to write.
        /// </summary>
        /// <param name="pin">The clear PIN, or null.</param>
        /// <param name="pinHash">The text form of a PIN hash not stored yet (tech.pin.hash), or null.</param>
        /// <param name="wifiPassword">The clear Wi-Fi password, or null.</param>
        internal void SecretsForText(out string pin, out string pinHash, out string wifiPassword)
        {
            pin = _clearPin == null ? null : new string(_clearPin, 0, _clearPinLength);
            pinHash = _pinHashToStore ? _pinHash.ToText() : null;
            wifiPassword = null;
            if (_clearWifiPassword != null)
            {
                char[] chars = new char[_clearWifiPasswordLength];
                for (int i = 0; i < chars.Length; i++)
                {
                    chars[i] = (char)_clearWifiPassword[i];
                }

                wifiPassword = new string(chars);
                Array.Clear(chars, 0, chars.Length);
            }
        }

        /// <summary>Gives the supervisor PIN values still waiting for <see cref="ProtectSecrets"/>, for the text form only.</summary>
        /// <param name="pin">The clear PIN, or null.</param>
        /// <param name="pinHash">The text form of a PIN hash not stored yet (supervisor.pin.hash), or null.</param>
        internal void SupervisorSecretsForText(out string pin, out string pinHash)
        {
            pin = _clearSupervisorPin == null ? null : new string(_clearSupervisorPin, 0, _clearSupervisorPinLength);
            pinHash = _supervisorPinHashToStore ? _supervisorPinHash.ToText() : null;
        }

        // The supervisor PIN as the technician PIN, except that none is no error: refunds are refused then. A damaged
        // stored one does not stop the boot either (sales go on), it only refuses refunds until provisioned again.
        private bool ProtectSupervisorPin(KeyRing keys, Random entropy)
        {
            SupervisorPinDamaged = false;
            if (_clearSupervisorPin != null)
            {
                byte[] salt = new byte[PinHash.SaltLength];
                entropy.NextBytes(salt);
                SupervisorPinHash = PinHash.Create(_clearSupervisorPin, 0, _clearSupervisorPinLength, salt, 0, PinHash.DefaultIterations);
            }

            if (_supervisorPinHashToStore)
            {
                TechnicianPinStore.Store(keys, SupervisorPinRecord, _supervisorPinHash);
                _supervisorPinHashToStore = false;
                return true;
            }

            try
            {
                _supervisorPinHash = TechnicianPinStore.TryRead(keys, SupervisorPinRecord, "supervisor.pin", "supervisor");
            }
            catch (ConfigException)
            {
                _supervisorPinHash = null;
                SupervisorPinDamaged = true;
            }

            return false;
        }

        private void WipeClearSupervisorPin()
        {
            if (_clearSupervisorPin != null)
            {
                Array.Clear(_clearSupervisorPin, 0, _clearSupervisorPin.Length);
                _clearSupervisorPin = null;
            }
        }

        private void WipeClearPin()
        {
            if (_clearPin != null)
            {
                Array.Clear(_clearPin, 0, _clearPin.Length);
                _clearPin = null;
            }
        }
    }
}
