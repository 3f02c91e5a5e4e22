using System;
using System.IO;
using NanoPos.Iso8583;
using NanoPos.Security;
using NanoPos.Transactions;

namespace NanoPos.Terminal
{
    /// <summary>
    /// Keeps the technician PIN's hash wrapped under the device key in its own record
    /// (<see cref="TerminalSecrets.TechnicianPinRecord"/>), so that no record holds it readable: a flash dump without
    /// the device key gives nothing to try PINs against. The supervisor PIN's hash is kept the same way in
    /// <see cref="TerminalSecrets.SupervisorPinRecord"/>.
    /// </summary>
    /// <remarks>
    /// The record holds the three fields of the hash's text form (<see cref="PinHash.ToText"/>) in binary, because the
    /// text (115 characters) is longer than a wrapped secret (<see cref="SecretRecords.MaxSecretLength"/> bytes): the
    /// iteration count in 2 bytes (big-endian), the 16-byte salt and the 32-byte hash. Reading it rebuilds the text form
    /// and goes through <see cref="PinHash.Parse"/>, so the stored hash is checked exactly as a provisioned one is.
    /// </remarks>
    internal static class TechnicianPinStore
    {
        /// <summary>The length of the stored form, in bytes: the count, the salt and the hash.</summary>
        internal const int Length = 2 + PinHash.SaltLength + PinHash.HashLength;

        /// <summary>Stores the hash wrapped in its record, replacing the one stored before.</summary>
        /// <param name="keys">The key ring that wraps it.</param>
        /// <param name="hash">The hash.</param>
        /// <exception cref="IOException">The record could not be written (the one stored before, if any, is unchanged).</exception>
        internal static void Store(KeyRing keys, PinHash hash)
        {
            Store(keys, TerminalSecrets.TechnicianPinRecord, hash);
        }

        /// <summary>Stores a PIN hash wrapped in the given record, replacing the one stored before.</summary>
        /// <param name="keys">The key ring that wraps it.</param>
        /// <param name="record">The record: <see cref="TerminalSecrets.TechnicianPinRecord"/> or <see cref="TerminalSecrets.SupervisorPinRecord"/>.</param>
        /// <param name="hash">The hash.</param>
        /// <exception cref="IOException">The record could not be written (the one stored before, if any, is unchanged).</exception>
        internal static void Store(KeyRing keys, string record, PinHash hash)
        {
            string text = hash.ToText();
            int first = text.IndexOf('$');
            int second = text.IndexOf('$', first + 1);
            int third = text.IndexOf('$', second + 1);
            byte[] stored = new byte[Length];
            try
            {
                int iterations = hash.Iterations;
                stored[0] = (byte)(iterations >> 8);
                stored[1] = (byte)iterations;
                Hex.Parse(text.Substring(second + 1, third - second - 1), stored, 2);
                Hex.Parse(text.Substring(third + 1), stored, 2 + PinHash.SaltLength);
                string failed = keys.Secrets.StoreSecret(record, stored, 0, Length);
                if (failed != null)
                {
                    throw new IOException(failed);
                }
            }
            finally
            {
                Array.Clear(stored, 0, stored.Length);
            }
        }

        /// <summary>Reads the stored hash back.</summary>
        /// <param name="keys">The key ring that unwraps it.</param>
        /// <returns>The hash.</returns>
        /// <exception cref="ConfigException">There is no stored hash (tech.pin is required), or the record fails its
        /// integrity check or is not a PIN hash (tech.pin must be provisioned again); the key named is tech.pin.</exception>
        internal static PinHash Read(KeyRing keys)
        {
            PinHash hash = TryRead(keys, TerminalSecrets.TechnicianPinRecord, "tech.pin", "technician");
            if (hash == null)
            {
                throw new ConfigException(false, "tech.pin", "tech.pin is required (or tech.pin.hash, its hashed form): the configuration gives neither and no technician PIN is stored.");
            }

            return hash;
        }

        /// <summary>Reads a stored PIN hash back, or tells that there is none.</summary>
        /// <param name="keys">The key ring that unwraps it.</param>
        /// <param name="record">The record.</param>
        /// <param name="key">The configuration key that provisions this PIN, named in the error.</param>
        /// <param name="whose">Whose PIN, for the error ("technician", "supervisor").</param>
        /// <returns>The hash, or null when no such record is stored.</returns>
        /// <exception cref="ConfigException">The record fails its integrity check or is not a PIN hash (the PIN must be
        /// provisioned again); the key named is <paramref name="key"/>.</exception>
        internal static PinHash TryRead(KeyRing keys, string record, string key, string whose)
        {
            byte[] stored = new byte[SecretRecords.MaxSecretLength];
            try
            {
                int length = keys.Secrets.ReadSecret(record, stored, 0);
                if (length == SecretRecords.NoSecret)
                {
                    return null;
                }

                PinHash hash = null;
                if (length == Length)
                {
                    int iterations = (stored[0] << 8) | stored[1];
                    string error;
                    hash = PinHash.Parse(PinHash.Scheme + "$" + iterations.ToString() + "$" + Hex.ToHex(stored, 2, PinHash.SaltLength)
                        + "$" + Hex.ToHex(stored, 2 + PinHash.SaltLength, PinHash.HashLength), out error);
                }

                if (hash == null)
                {
                    throw new ConfigException(false, key, "The stored " + whose + " PIN (record " + record
                        + ") is damaged or was wrapped by another device: provision " + key + " again.");
                }

                return hash;
            }
            finally
            {
                Array.Clear(stored, 0, stored.Length);
            }
        }
    }
}
