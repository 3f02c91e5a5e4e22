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
    /// the device key gives nothing to try PINs against.
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
                string failed = keys.Secrets.StoreSecret(TerminalSecrets.TechnicianPinRecord, stored, 0, Length);
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
            byte[] stored = new byte[SecretRecords.MaxSecretLength];
            try
            {
                int length = keys.Secrets.ReadSecret(TerminalSecrets.TechnicianPinRecord, stored, 0);
                if (length == SecretRecords.NoSecret)
                {
                    throw new ConfigException(false, "tech.pin", "tech.pin is required (or tech.pin.hash, its hashed form): the configuration gives neither and no technician PIN is stored.");
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
                    throw new ConfigException(false, "tech.pin", "The stored technician PIN (record " + TerminalSecrets.TechnicianPinRecord
                        + ") is damaged or was wrapped by another device: provision tech.pin again.");
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
