using System;
using System.IO;
using NanoPos.Hal;
using NanoPos.Security;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The terminal's keys (the CUP key hierarchy): the terminal master key (TMK), installed once from its provisioned
    /// components, and the working keys (PIN key, MAC key) each sign-on delivers encrypted under the TMK. Every key is
    /// stored only wrapped under the device key (<see cref="KeyWrap"/>), in its own record, and held in RAM as a key
    /// schedule.
    /// </summary>
    /// <remarks>
    /// <para>Records: <see cref="MasterKeyRecord"/> (the wrapped TMK) and <see cref="WorkingKeysRecord"/> (the wrapped
    /// PIK and MAK). A record that does not unwrap (a flipped bit, another device's key) is refused, never used: the
    /// TMK must then be provisioned again, and working keys come back with the next sign-on.</para>
    /// <para>Thread safety: the working keys are replaced by one reference write, so a PIN block or MAC computed on
    /// another thread during a sign-on uses either the old keys or the new ones, never a mix. Install and sign-on run
    /// on the engine's thread only.</para>
    /// </remarks>
    public sealed class KeyRing
    {
        /// <summary>The record holding the wrapped terminal master key.</summary>
        public const string MasterKeyRecord = "keys.tmk";

        /// <summary>The record holding the wrapped working keys.</summary>
        public const string WorkingKeysRecord = "keys.work";

        /// <summary>The length of a terminal master key and of each of its components, in bytes (double-length 3DES).</summary>
        public const int MasterKeyLength = 16;

        private const int MaxRecordLength = 256;
        private const int ReadFailed = -2;

        private readonly IRecordStore _store;
        private readonly TripleDes _deviceKey;
        private readonly byte[] _scratch = new byte[MaxRecordLength];
        private TripleDes _master;
        private WorkingKeys _working;

        /// <summary>Creates the key ring over the record store, with the device key that wraps every stored key.</summary>
        /// <param name="store">The record store of the terminal.</param>
        /// <param name="deviceKey">The array holding the device key (16 bytes); read, not kept.</param>
        /// <param name="offset">The index of the device key's first byte.</param>
        /// <exception cref="ArgumentNullException">The store or the key is null.</exception>
        public KeyRing(IRecordStore store, byte[] deviceKey, int offset)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            _store = store;
            _deviceKey = new TripleDes(deviceKey, offset, 16);
            Secrets = new SecretRecords(store, _deviceKey);
        }

        /// <summary>Gets the secrets other than keys (the Wi-Fi password), each wrapped in its own record under the device key.</summary>
        public SecretRecords Secrets { get; }

        /// <summary>Gets a value indicating whether a terminal master key is installed.</summary>
        public bool HasMasterKey
        {
            get { return _master != null; }
        }

        /// <summary>Gets a value indicating whether working keys from a sign-on are loaded: needed for any PIN or MAC.</summary>
        public bool HasWorkingKeys
        {
            get { return _working != null; }
        }

        /// <summary>Gets the MAC key, or null before the first sign-on.</summary>
        public TripleDes MacKey
        {
            get
            {
                WorkingKeys keys = _working;
                return keys == null ? null : keys.MacKey;
            }
        }

        /// <summary>
        /// Loads the stored keys at boot. A missing record is not an error (nothing provisioned, or no sign-on yet).
        /// </summary>
        /// <returns>Null when every stored key was loaded; otherwise one sentence naming the record refused.</returns>
        public string Load()
        {
            string error = null;
            int length = ReadRecord(MasterKeyRecord);
            if (length > 0)
            {
                byte[] clear = new byte[KeyWrap.MaxKeyLength];
                int keyLength = KeyWrap.Unwrap(_deviceKey, _scratch, 0, length, clear, 0);
                if (keyLength == MasterKeyLength)
                {
                    _master = new TripleDes(clear, 0, MasterKeyLength);
                }
                else
                {
                    error = "The stored master key is damaged or was wrapped by another device: provision the TMK again.";
                }

                Array.Clear(clear, 0, clear.Length);
            }
            else if (length == ReadFailed)
            {
                error = "The stored master key could not be read: provision the TMK again if this persists.";
            }

            length = ReadRecord(WorkingKeysRecord);
            if (length > 0)
            {
                string refused;
                _working = WorkingKeys.Unwrap(_deviceKey, _scratch, 0, length, out refused);
                if (_working == null && error == null)
                {
                    error = "The stored working keys were refused (" + refused + "): the next sign-on brings new ones.";
                }
            }
            else if (length == ReadFailed && error == null)
            {
                // Damaged on the medium (the store's own check failed): refused like a blob that does not unwrap.
                error = "The stored working keys could not be read: the next sign-on brings new ones.";
            }

            Array.Clear(_scratch, 0, _scratch.Length);
            return error;
        }

        /// <summary>
        /// Installs the terminal master key from its components (XORed together, as key custodians deliver them),
        /// checked against the provisioned check value, then stores it wrapped. Working keys of an earlier TMK are dropped.
        /// </summary>
        /// <param name="components">The components, 16 bytes each, one after another.</param>
        /// <param name="offset">The index of the first component's first byte.</param>
        /// <param name="count">The number of components, 1 to 3.</param>
        /// <param name="checkValue">The array holding the TMK's 4-byte check value (3DES of zeros).</param>
        /// <param name="checkOffset">The index of the check value's first byte.</param>
        /// <returns>Null when installed; otherwise one sentence saying why not (nothing was changed).</returns>
        public string InstallMasterKey(byte[] components, int offset, int count, byte[] checkValue, int checkOffset)
        {
            if (components == null || count < 1 || count > 3 || offset < 0 || offset + (count * MasterKeyLength) > components.Length)
            {
                return "The master key needs 1 to 3 components of 16 bytes.";
            }

            if (checkValue == null || checkOffset < 0 || checkOffset + KeyCheckValue.Length > checkValue.Length)
            {
                return "The master key needs its 4-byte check value.";
            }

            byte[] key = new byte[MasterKeyLength];
            try
            {
                for (int c = 0; c < count; c++)
                {
                    for (int i = 0; i < MasterKeyLength; i++)
                    {
                        key[i] ^= components[offset + (c * MasterKeyLength) + i];
                    }
                }

                if (!KeyCheckValue.Matches(key, 0, MasterKeyLength, checkValue, checkOffset))
                {
                    return "The master key components do not match the check value: key refused.";
                }

                int length = KeyWrap.Wrap(_deviceKey, key, 0, MasterKeyLength, _scratch, 0);
                string failed = WriteRecord(MasterKeyRecord, length);
                if (failed != null)
                {
                    return failed;
                }

                _master = new TripleDes(key, 0, MasterKeyLength);
                DropWorkingKeys();
                return null;
            }
            finally
            {
                Array.Clear(key, 0, key.Length);
                Array.Clear(_scratch, 0, _scratch.Length);
            }
        }

        /// <summary>
        /// Takes the working keys out of a sign-on answer's field 62 (each decrypted under the TMK, each check value
        /// verified), stores them wrapped and uses them from now on.
        /// </summary>
        /// <param name="field62">The field's bytes.</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="count">Its length: 24, 40 or 60 bytes.</param>
        /// <returns>Null when accepted; otherwise one sentence naming the refused key (the old keys stay).</returns>
        public string AcceptWorkingKeys(byte[] field62, int offset, int count)
        {
            if (_master == null)
            {
                return "No terminal master key is installed: provision the TMK, then sign on.";
            }

            string error;
            WorkingKeys keys = WorkingKeys.Parse(field62, offset, count, _master, out error);
            if (keys == null)
            {
                return error;
            }

            try
            {
                int length = keys.Wrap(_deviceKey, _scratch, 0);
                string failed = WriteRecord(WorkingKeysRecord, length);
                if (failed != null)
                {
                    keys.Clear();
                    return failed;
                }
            }
            finally
            {
                Array.Clear(_scratch, 0, _scratch.Length);
            }

            _working = keys;
            return null;
        }

        /// <summary>
        /// Encrypts a clear ISO 9564 format-0 PIN block with the PIN key (3DES-ECB): field 52. Input and output may be
        /// the same bytes.
        /// </summary>
        /// <param name="clearBlock">The array holding the 8-byte clear block.</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="output">The array the 8 encrypted bytes go into.</param>
        /// <param name="outputOffset">The index of the first encrypted byte.</param>
        /// <returns>True when encrypted; false when there is no PIN key yet (no sign-on): nothing was written.</returns>
        public bool EncryptPinBlock(byte[] clearBlock, int offset, byte[] output, int outputOffset)
        {
            WorkingKeys keys = _working;
            if (keys == null)
            {
                return false;
            }

            PinCipher.EncryptFormat0(clearBlock, offset, keys.PinKey, output, outputOffset);
            return true;
        }

        /// <summary>
        /// Forgets the working keys, in RAM and in the store (the host said they are out of step, or a new TMK made
        /// them useless): a reboot must not load them again. A failed delete is harmless: the next sign-on replaces
        /// the record, and until then a request with stale keys only earns another A0.
        /// </summary>
        public void DropWorkingKeys()
        {
            WorkingKeys keys = _working;
            _working = null;
            if (keys != null)
            {
                keys.Clear();
            }

            try
            {
                if (_store.Exists(WorkingKeysRecord))
                {
                    _store.Delete(WorkingKeysRecord);
                }
            }
            catch (IOException)
            {
            }
        }

        private int ReadRecord(string name)
        {
            try
            {
                return _store.Read(name, _scratch, 0, _scratch.Length);
            }
            catch (IOException)
            {
                return ReadFailed;
            }
            catch (ArgumentException)
            {
                // Longer than any wrapped key set: not ours.
                return ReadFailed;
            }
        }

        private string WriteRecord(string name, int length)
        {
            try
            {
                _store.Write(name, _scratch, 0, length);
                return null;
            }
            catch (IOException e)
            {
                return "The keys could not be stored (" + e.Message + ").";
            }
        }
    }
}
