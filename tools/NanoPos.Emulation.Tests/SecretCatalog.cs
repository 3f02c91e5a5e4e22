using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NanoPos.Security;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// The secrets of a run and every form the scan looks for: the card number (ASCII digits, grouped or not — the same
    /// text as the hex of its packed BCD —, packed BCD bytes, hex of its ASCII), the cardholder PINs (as digits, in the
    /// PIN fields of ISO 9564 formats 0, 2, 3 and 4, in the clear format-0 block, and that block encrypted under every
    /// PIN key seen), the TMK, its components and their halves, every PIN key and MAC key issued, the device key, the
    /// technician PIN and the Wi-Fi password (bytes and hex, any case).
    /// </summary>
    /// <remarks>
    /// Format 1 is not looked for: after its 3 bytes of control and PIN its fill is random, and 3 fixed bytes turn up by
    /// chance in kilobytes of ciphertext. Keys are added as the run discovers them (<see cref="AddWorkingKeys"/>).
    /// </remarks>
    public sealed class SecretCatalog
    {
        /// <summary>The secret names the allowances and reports use.</summary>
        public const string Pan = "PAN";

        /// <summary>The technician PIN (the demo's is published on the emulator page's help, issue 13).</summary>
        public const string TechnicianPin = "technician PIN";

        /// <summary>The technician PIN's hash: stored in the configuration record by design (PinHash).</summary>
        public const string TechnicianPinHash = "technician PIN hash";

        /// <summary>The device key: stored in clear in its own record by design (it wraps every other key).</summary>
        public const string DeviceKey = "device key";

        private readonly List<SecretPattern> _patterns = new List<SecretPattern>();
        private readonly HashSet<string> _keys = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<byte[]> _pinKeys = new List<byte[]>();
        private readonly string _pan;
        private readonly string[] _pins;

        /// <summary>Creates the catalog of a run.</summary>
        /// <param name="pan">The card number typed.</param>
        /// <param name="cardholderPins">Every PIN typed for it (the right one and the wrong ones).</param>
        /// <param name="technicianPin">The technician PIN.</param>
        /// <param name="wifiPassword">The Wi-Fi password provisioned, or null.</param>
        public SecretCatalog(string pan, IEnumerable<string> cardholderPins, string technicianPin, string wifiPassword)
        {
            _pan = pan;
            _pins = cardholderPins.ToArray();
            AddCardNumber(pan, string.Empty);
            for (int i = 0; i < _pins.Length; i++)
            {
                AddPin("cardholder PIN #" + (i + 1), _pins[i]);
            }

            AddKey("TMK", Convert.FromHexString(DemoConfig.MasterKey));
            AddKey("TMK component 1", Convert.FromHexString(DemoConfig.MasterKeyComponent1));
            AddKey("TMK component 2", Convert.FromHexString(DemoConfig.MasterKeyComponent2));
            _patterns.Add(SecretPattern.Pin(TechnicianPin, "digits", technicianPin));
            _patterns.Add(SecretPattern.Hex(TechnicianPin, "hex of its ASCII", Encoding.ASCII.GetBytes(technicianPin)));
            if (wifiPassword != null)
            {
                _patterns.Add(SecretPattern.Text("Wi-Fi password", "text", wifiPassword));
                _patterns.Add(SecretPattern.Hex("Wi-Fi password", "hex of its ASCII", Encoding.ASCII.GetBytes(wifiPassword)));
            }
        }

        /// <summary>Gets the PIN keys added so far.</summary>
        public int PinKeyCount => _pinKeys.Count;

        /// <summary>Gets every pattern, as of now.</summary>
        public IReadOnlyList<SecretPattern> Patterns => _patterns.ToArray();

        /// <summary>Builds the clear ISO 9564 format-0 PIN block: the PIN field XOR the 12 PAN digits left of the check digit.</summary>
        public static byte[] ClearPinBlock(string pin, string pan)
        {
            byte[] pinField = Convert.FromHexString(PinField('0', pin, 'F'));
            byte[] panField = Convert.FromHexString("0000" + pan.Substring(pan.Length - 13, 12));
            for (int i = 0; i < pinField.Length; i++)
            {
                pinField[i] ^= panField[i];
            }

            return pinField;
        }

        /// <summary>Adds another card a tool uses (its number in every form, and its clear PIN blocks for the PINs of this catalog).</summary>
        /// <param name="pan">The card number.</param>
        /// <param name="whose">Who uses it, for the report ("the torture campaign's card").</param>
        public void AddCard(string pan, string whose)
        {
            AddCardNumber(pan, ", " + whose);
            for (int i = 0; i < _pins.Length; i++)
            {
                AddPinBlock("cardholder PIN #" + (i + 1) + " clear format-0 block, " + whose, ClearPinBlock(_pins[i], pan));
            }
        }

        /// <summary>Adds a PIN key and a MAC key (once each), and the PIN blocks encrypted under the PIN key.</summary>
        /// <returns>True when the PIN key was new.</returns>
        public bool AddWorkingKeys(byte[] pik, byte[] mak)
        {
            AddKey("MAK #" + (_pinKeys.Count + 1), mak);
            if (!AddKey("PIK #" + (_pinKeys.Count + 1), pik))
            {
                return false;
            }

            _pinKeys.Add(pik);
            var cipher = new TripleDes(pik, 0, pik.Length);
            for (int i = 0; i < _pins.Length; i++)
            {
                var block = new byte[8];
                PinCipher.EncryptFormat0(ClearPinBlock(_pins[i], _pan), 0, cipher, block, 0);
                AddPinBlock("encrypted PIN block (cardholder PIN #" + (i + 1) + ", PIK #" + _pinKeys.Count + ")", block);
            }

            return true;
        }

        /// <summary>Adds an encrypted PIN block seen on the wire (field 52), which every other place must not show.</summary>
        public void AddEncryptedPinBlock(byte[] block)
        {
            AddPinBlock("encrypted PIN block (field 52 seen on the wire)", block);
        }

        /// <summary>
        /// Adds the technician PIN's hash as a configuration record's text gives it (tech.pin.hash=pbkdf2-sha256$N$SALT$HASH,
        /// provisioning input that the first boot moves): 4 to 8 digits behind 128 iterations fall to an offline search in
        /// well under a second, so the hash is as good as the PIN to whoever reads it (PinHash remarks: never print or log
        /// it). Allowed nowhere: at rest it lives only wrapped, in the record secret.techpin.
        /// </summary>
        /// <param name="configText">The configuration record's text.</param>
        public void AddTechnicianPinHash(string configText)
        {
            foreach (string line in configText.Split('\n'))
            {
                if (line.StartsWith("tech.pin.hash=", StringComparison.Ordinal))
                {
                    AddKey(TechnicianPinHash, Convert.FromHexString(line.Substring(line.LastIndexOf('$') + 1).Trim()));
                }
            }
        }

        /// <summary>
        /// Adds the technician PIN's hash as the record secret.techpin keeps it once unwrapped (iteration count in 2 bytes,
        /// 16-byte salt, 32-byte hash: TechnicianPinStore), so the scan looks for it everywhere else.
        /// </summary>
        /// <param name="stored">The unwrapped record.</param>
        /// <returns>True when the record had the expected layout and its hash was added.</returns>
        public bool AddStoredTechnicianPinHash(byte[] stored)
        {
            if (stored == null || stored.Length != 2 + 16 + 32)
            {
                return false;
            }

            AddKey(TechnicianPinHash, stored.AsSpan(18, 32).ToArray());
            return true;
        }

        /// <summary>Adds the device key (allowed only in its own record).</summary>
        public void AddDeviceKey(byte[] key)
        {
            AddKey(DeviceKey, key);
        }

        private void AddCardNumber(string pan, string whose)
        {
            _patterns.Add(SecretPattern.CardNumber(Pan, "digits (ASCII, split or not; also the hex text of its BCD)" + whose, pan));
            _patterns.Add(SecretPattern.Bytes(Pan, "packed BCD" + whose, Convert.FromHexString(pan.Length % 2 == 0 ? pan : pan + "F")));
            _patterns.Add(SecretPattern.Hex(Pan, "hex of its ASCII" + whose, Encoding.ASCII.GetBytes(pan)));
        }

        private void AddPin(string secret, string pin)
        {
            _patterns.Add(SecretPattern.Pin(secret, "digits", pin));
            AddPinBlock(secret + " clear format-0 block", ClearPinBlock(pin, _pan));
            AddPinBlock(secret + " format-0 PIN field", Convert.FromHexString(PinField('0', pin, 'F')));
            AddPinBlock(secret + " format-2 PIN field", Convert.FromHexString(PinField('2', pin, 'F')));
            AddPinBlock(secret + " format-4 PIN field", Convert.FromHexString(PinField('4', pin, 'A')));

            // Format 3 fills with random nibbles A to F: the control, length and PIN, then only such nibbles.
            string head = "3" + pin.Length.ToString("X") + pin;
            int fill = 16 - head.Length;
            string fillByte = "[\\u00AA-\\u00AF\\u00BA-\\u00BF\\u00CA-\\u00CF\\u00DA-\\u00DF\\u00EA-\\u00EF\\u00FA-\\u00FF]";
            string bytes = string.Concat(Convert.FromHexString(head.Length % 2 == 0 ? head : head + "A").Select(b => "\\u00" + b.ToString("X2")));
            if (head.Length % 2 == 0)
            {
                _patterns.Add(SecretPattern.Expression(secret, "format-3 PIN field", bytes + fillByte + "{" + (fill / 2) + "}", false));
            }

            _patterns.Add(SecretPattern.Expression(secret, "format-3 PIN field, hex", head + "[A-F]{" + fill + "}", true));
        }

        private void AddPinBlock(string secret, byte[] block)
        {
            if (_keys.Add("block " + Convert.ToHexString(block)))
            {
                _patterns.Add(SecretPattern.Bytes(secret, "bytes", block));
                _patterns.Add(SecretPattern.Hex(secret, "hex", block));
            }
        }

        private bool AddKey(string secret, byte[] key)
        {
            if (!_keys.Add("key " + Convert.ToHexString(key)))
            {
                return false;
            }

            _patterns.Add(SecretPattern.Bytes(secret, "bytes", key));
            _patterns.Add(SecretPattern.Hex(secret, "hex", key));
            if (key.Length == 16)
            {
                // Half a double-length key is half the key: either half alone is a leak too.
                for (int half = 0; half < 2; half++)
                {
                    byte[] part = key.AsSpan(half * 8, 8).ToArray();
                    _patterns.Add(SecretPattern.Bytes(secret, (half == 0 ? "left" : "right") + " half, bytes", part));
                    _patterns.Add(SecretPattern.Hex(secret, (half == 0 ? "left" : "right") + " half, hex", part));
                }
            }

            return true;
        }

        private static string PinField(char format, string pin, char fill)
        {
            string head = format + pin.Length.ToString("X") + pin;
            return head + new string(fill, 16 - head.Length);
        }
    }
}
