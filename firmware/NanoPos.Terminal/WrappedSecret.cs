using System;
using System.IO;
using NanoPos.Hal;
using NanoPos.Transactions;

namespace NanoPos.Terminal
{
    /// <summary>
    /// A secret kept wrapped in its own record of the key ring (<see cref="SecretRecords.StoreSecret"/>), unwrapped only
    /// into the caller's buffer when the one driver that needs it asks (the Wi-Fi password, right before joining).
    /// </summary>
    /// <remarks>
    /// It holds no clear copy, and neither its <c>ToString</c> nor its exceptions carry the secret. Reading it
    /// allocates two small buffers and wipes them, on whichever thread asks.
    /// </remarks>
    internal sealed class WrappedSecret : ISecretSource
    {
        private readonly KeyRing _keys;
        private readonly string _recordName;
        private readonly string _configKey;

        /// <summary>Creates the source.</summary>
        /// <param name="keys">The key ring holding the record.</param>
        /// <param name="recordName">The record.</param>
        /// <param name="configKey">The configuration key that provisions the secret, named in errors.</param>
        internal WrappedSecret(KeyRing keys, string recordName, string configKey)
        {
            _keys = keys;
            _recordName = recordName;
            _configKey = configKey;
        }

        /// <summary>Gets the longest secret, in bytes (<see cref="SecretRecords.MaxSecretLength"/>).</summary>
        public int MaxLength
        {
            get { return SecretRecords.MaxSecretLength; }
        }

        /// <summary>Unwraps the secret into the buffer.</summary>
        /// <param name="buffer">The array the secret goes into (the caller wipes it after use).</param>
        /// <param name="offset">The index of the first byte; <see cref="MaxLength"/> bytes must fit from there.</param>
        /// <returns>The secret's length in bytes; 0 when no secret is stored.</returns>
        /// <exception cref="IOException">The record is damaged, unreadable or was wrapped by another device; the message
        /// names the configuration key to provision again.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is null.</exception>
        /// <exception cref="ArgumentException">The buffer cannot hold <see cref="MaxLength"/> bytes from <paramref name="offset"/>.</exception>
        public int CopyTo(byte[] buffer, int offset)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || offset > buffer.Length - MaxLength)
            {
                throw new ArgumentException("The buffer must hold " + MaxLength.ToString() + " bytes from the offset.");
            }

            int length = _keys.Secrets.ReadSecret(_recordName, buffer, offset);
            if (length == SecretRecords.NoSecret)
            {
                return 0;
            }

            if (length < 0)
            {
                throw new IOException("The stored " + _configKey + " (record " + _recordName + ") is damaged or was wrapped by another device: provision " + _configKey + " again.");
            }

            return length;
        }
    }
}
