using System;
using System.IO;
using NanoPos.Hal;
using NanoPos.Security;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Secrets at rest other than keys (the Wi-Fi password): each in its own record, wrapped under a key derived from
    /// the device key and the record's name, read back only by whoever needs it, when it needs it.
    /// </summary>
    /// <remarks>
    /// <para><b>Why a key per record.</b> Every wrapped blob under one key unwraps under that key, so a blob copied
    /// from one record into another (the TMK's into the Wi-Fi password's) would unwrap there and hand the TMK to the
    /// Wi-Fi driver. The key of a secret record is the device key's encryption of the SHA-256 of "NPSECRET" and the
    /// record name: a blob moved to another record, or taken from a key record, fails its integrity check there.</para>
    /// <para><b>Threads.</b> These methods use no shared buffer, so a secret may be read on the link's thread while a
    /// sign-on on the engine's thread stores working keys.</para>
    /// </remarks>
    public sealed class SecretRecords
    {
        private readonly IRecordStore _store;
        private readonly TripleDes _deviceKey;

        /// <summary>Creates the secret records over the key ring's store and device key (see <see cref="KeyRing.Secrets"/>).</summary>
        /// <param name="store">The record store.</param>
        /// <param name="deviceKey">The device key cipher, owned by the key ring.</param>
        internal SecretRecords(IRecordStore store, TripleDes deviceKey)
        {
            _store = store;
            _deviceKey = deviceKey;
        }

        /// <summary>What <see cref="ReadSecret"/> returns when the record does not exist.</summary>
        public const int NoSecret = -1;

        /// <summary>
        /// What <see cref="ReadSecret"/> returns when the record exists but is refused: it fails its integrity check
        /// (damaged, moved from another record, wrapped by another device), the store cannot read it, or it is not a
        /// wrapped secret at all.
        /// </summary>
        public const int SecretRefused = -2;

        /// <summary>The longest secret, in bytes.</summary>
        public const int MaxSecretLength = KeyWrap.MaxKeyLength;

        /// <summary>
        /// Stores a secret wrapped in its own record (replacing what the record held). The caller wipes its clear copy.
        /// </summary>
        /// <param name="recordName">The record (a record name of the store; not one of the key ring's key records).</param>
        /// <param name="secret">The array holding the secret (read, not kept).</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="count">Its length, 1 to <see cref="MaxSecretLength"/> bytes.</param>
        /// <returns>Null when stored; otherwise one sentence saying why not (the record is unchanged).</returns>
        /// <exception cref="ArgumentException">The record is a key record, the length is out of range or the range lies outside the array.</exception>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public string StoreSecret(string recordName, byte[] secret, int offset, int count)
        {
            CheckSecretRecord(recordName);
            if (secret == null)
            {
                throw new ArgumentNullException("secret");
            }

            if (count < 1 || count > MaxSecretLength || offset < 0 || offset > secret.Length - count)
            {
                throw new ArgumentException("A secret has 1 to " + MaxSecretLength.ToString() + " bytes inside its array.");
            }

            byte[] wrapped = new byte[KeyWrap.WrappedLength(count)];
            TripleDes key = SecretKey(recordName);
            try
            {
                KeyWrap.Wrap(key, secret, offset, count, wrapped, 0);
                _store.Write(recordName, wrapped, 0, wrapped.Length);
                return null;
            }
            catch (IOException e)
            {
                return "The secret " + recordName + " could not be stored (" + e.Message + ").";
            }
            finally
            {
                key.Clear();
                Array.Clear(wrapped, 0, wrapped.Length);
            }
        }

        /// <summary>
        /// Reads a secret stored by <see cref="StoreSecret"/> into the caller's buffer, which the caller wipes as soon
        /// as it has used it. Never throws for the record's content or a medium error.
        /// </summary>
        /// <param name="recordName">The record.</param>
        /// <param name="into">The array the clear secret goes into (room for <see cref="MaxSecretLength"/> bytes is always enough).</param>
        /// <param name="offset">The index of the secret's first byte.</param>
        /// <returns>The secret's length in bytes; <see cref="NoSecret"/> when there is no such record;
        /// <see cref="SecretRefused"/> when the record is damaged, unreadable or not ours (nothing was written).</returns>
        /// <exception cref="ArgumentException">The record is a key record, or the array cannot hold the secret.</exception>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public int ReadSecret(string recordName, byte[] into, int offset)
        {
            CheckSecretRecord(recordName);
            if (into == null)
            {
                throw new ArgumentNullException("into");
            }

            byte[] wrapped = new byte[KeyWrap.WrappedLength(MaxSecretLength)];
            byte[] clear = new byte[MaxSecretLength];
            TripleDes key = null;
            try
            {
                int length;
                try
                {
                    length = _store.Read(recordName, wrapped, 0, wrapped.Length);
                }
                catch (IOException)
                {
                    return SecretRefused;
                }
                catch (ArgumentException)
                {
                    // Longer than any wrapped secret: not ours.
                    return SecretRefused;
                }

                if (length < 0)
                {
                    return NoSecret;
                }

                key = SecretKey(recordName);
                int secretLength = KeyWrap.Unwrap(key, wrapped, 0, length, clear, 0);
                if (secretLength < 0)
                {
                    return SecretRefused;
                }

                if (offset < 0 || offset > into.Length - secretLength)
                {
                    throw new ArgumentException("The buffer cannot hold the " + secretLength.ToString() + "-byte secret.");
                }

                Array.Copy(clear, 0, into, offset, secretLength);
                return secretLength;
            }
            finally
            {
                if (key != null)
                {
                    key.Clear();
                }

                Array.Clear(clear, 0, clear.Length);
                Array.Clear(wrapped, 0, wrapped.Length);
            }
        }

        /// <summary>Removes a secret's record (an open network needs no password); nothing happens when there is none.</summary>
        /// <param name="recordName">The record.</param>
        /// <returns>Null when the record is gone; otherwise one sentence saying why it could not be removed.</returns>
        /// <exception cref="ArgumentException">The record is a key record.</exception>
        /// <exception cref="ArgumentNullException">The name is null.</exception>
        public string DeleteSecret(string recordName)
        {
            CheckSecretRecord(recordName);
            try
            {
                if (_store.Exists(recordName))
                {
                    _store.Delete(recordName);
                }

                return null;
            }
            catch (IOException e)
            {
                return "The secret " + recordName + " could not be removed (" + e.Message + ").";
            }
        }

        private static void CheckSecretRecord(string recordName)
        {
            if (recordName == null)
            {
                throw new ArgumentNullException("recordName");
            }

            if (recordName == KeyRing.MasterKeyRecord || recordName == KeyRing.WorkingKeysRecord)
            {
                throw new ArgumentException("The record " + recordName + " holds keys, not a secret.");
            }
        }

        // E(device key, first 16 bytes of SHA-256("NPSECRET" + name)), block by block: a pseudorandom key per record
        // name (record names are ASCII), independent of the keys KeyWrap derives for the key records.
        private TripleDes SecretKey(string recordName)
        {
            byte[] label = new byte[8 + recordName.Length];
            byte[] digest = new byte[Sha256.HashLength];
            try
            {
                label[0] = (byte)'N';
                label[1] = (byte)'P';
                label[2] = (byte)'S';
                label[3] = (byte)'E';
                label[4] = (byte)'C';
                label[5] = (byte)'R';
                label[6] = (byte)'E';
                label[7] = (byte)'T';
                for (int i = 0; i < recordName.Length; i++)
                {
                    label[8 + i] = (byte)recordName[i];
                }

                Sha256.Hash(label, 0, label.Length, digest, 0);
                _deviceKey.EncryptBlock(digest, 0, digest, 0);
                _deviceKey.EncryptBlock(digest, 8, digest, 8);
                return new TripleDes(digest, 0, 16);
            }
            finally
            {
                Array.Clear(digest, 0, digest.Length);
            }
        }
    }
}
