using System;
using System.IO;
using NanoPos.Hal;
using NanoPos.Security;
using NanoPos.Transactions;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The configuration's two secrets (<see cref="TerminalConfig.Secrets"/>), never at rest in clear: the technician PIN (kept as its salted hash, key
    /// tech.pin.hash) and the Wi-Fi password (kept wrapped under the device key in the record
    /// <see cref="WifiPasswordRecord"/>, handed only to the link driver). Clear values in the record (tech.pin,
    /// wifi.password) are provisioning input, moved by <see cref="ProtectSecrets"/> at the first boot that reads them.
    /// </summary>
    public sealed class TerminalSecrets
    {
        /// <summary>The record holding the Wi-Fi password, wrapped (<see cref="SecretRecords.StoreSecret"/>).</summary>
        public const string WifiPasswordRecord = "secret.wifi";

        /// <summary>The longest Wi-Fi password, in characters (printable ASCII, as WPA2 passphrases are; 64 for a hex key).</summary>
        public const int MaxWifiPasswordLength = 64;

        private char[] _clearPin;
        private int _clearPinLength;
        private byte[] _clearWifiPassword;
        private int _clearWifiPasswordLength;

        /// <summary>
        /// Gets or sets the technician PIN's salted hash (key tech.pin.hash), or null while the record gives the PIN in
        /// clear (tech.pin) and <see cref="ProtectSecrets"/> has not hashed it yet: no PIN opens the menu then.
        /// </summary>
        public PinHash TechnicianPinHash { get; set; }

        /// <summary>
        /// Gets the Wi-Fi password for the link driver (device only), read from its wrapped record only when asked; null
        /// before <see cref="ProtectSecrets"/>. It yields 0 bytes for an open network (no record).
        /// </summary>
        public ISecretSource WifiPassword { get; private set; }

        /// <summary>
        /// Gets whether the record, as read, held a secret in clear (tech.pin, wifi.password) that
        /// <see cref="ProtectSecrets"/> has not moved yet.
        /// </summary>
        public bool HasClearSecrets
        {
            get { return _clearPin != null || _clearWifiPassword != null; }
        }

        /// <summary>
        /// Moves the clear secrets out of this configuration: a clear tech.pin is hashed with a fresh 16-byte salt
        /// (<see cref="PinHash.DefaultIterations"/>) into <see cref="TechnicianPinHash"/>; a clear wifi.password is
        /// stored wrapped in <see cref="WifiPasswordRecord"/> (an empty one, an open network, removes that record).
        /// Then <see cref="WifiPassword"/> reads that record. The caller saves the configuration when this returns true,
        /// so the clear values leave the record; until it does, the next boot simply moves them again.
        /// </summary>
        /// <param name="keys">The key ring that wraps the Wi-Fi password under the device key.</param>
        /// <param name="entropy">The source of the salt (on a board, seeded by its hardware random number generator).</param>
        /// <returns>True when a clear secret was moved (save the configuration now); false when there was none.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="IOException">The Wi-Fi password could not be stored (nothing is lost: it stays here in RAM,
        /// and in the record until a save).</exception>
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
                Array.Clear(_clearPin, 0, _clearPin.Length);
                _clearPin = null;
                moved = true;
            }

            WifiPassword = new WrappedSecret(keys, WifiPasswordRecord, "wifi.password");
            return moved;
        }

        /// <summary>Keeps a clear technician PIN read from the record, until <see cref="ProtectSecrets"/> hashes it.</summary>
        /// <param name="pin">The PIN, 4 to 8 digits (checked by the parser).</param>
        internal void SetClearTechnicianPin(string pin)
        {
            _clearPin = pin.ToCharArray();
            _clearPinLength = _clearPin.Length;
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
        /// Gives the clear values still waiting for <see cref="ProtectSecrets"/>, for the text form only: a configuration
        /// parsed and saved again before it (provisioning) keeps them; once protected, none is left to write.
        /// </summary>
        /// <param name="pin">The clear PIN, or null.</param>
        /// <param name="wifiPassword">The clear Wi-Fi password, or null.</param>
        internal void ClearSecretsForText(out string pin, out string wifiPassword)
        {
            pin = _clearPin == null ? null : new string(_clearPin, 0, _clearPinLength);
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
    }
}
