using System;

namespace NanoPos.Security
{
    /// <summary>
    /// Wraps a key for storage at rest under a device key, and unwraps it, detecting any change to the stored bytes.
    /// </summary>
    /// <remarks>
    /// <para>Design (deterministic authenticated encryption in the manner of SIV, RFC 5297, built from 3DES only):
    /// two double-length keys are derived from the device key by encrypting fixed blocks under it, one to
    /// authenticate and one to encrypt. The plaintext is an 8-byte header (<c>"NPKW"</c>, version 1, key length, two
    /// zero bytes) followed by the key, zero-padded to whole blocks. The tag is the 3DES CBC-MAC of that plaintext
    /// (every message starts with its own length, so CBC-MAC is sound here); the plaintext is then encrypted with
    /// 3DES-CBC using the tag as IV. The stored blob is tag (8 bytes) followed by the ciphertext:
    /// <see cref="WrappedLength"/> gives its size.</para>
    /// <para>Unwrapping decrypts, recomputes the tag and compares it in constant time, and checks the header and the
    /// padding: a single changed bit anywhere makes <see cref="Unwrap"/> return -1 (a forgery succeeds with
    /// probability about 2^-64). No random numbers are needed, and wrapping the same key twice gives the same blob,
    /// which reveals only that the two keys are equal.</para>
    /// <para>What protects the wrapped keys is the device key alone: wrapping moves the secret, it does not create
    /// one. If the device key is stored beside the blobs in readable flash, anyone who dumps the flash unwraps them.
    /// Use a double-length device key (a single-length one limits everything to 56 bits).</para>
    /// </remarks>
    public static class KeyWrap
    {
        /// <summary>The longest key that can be wrapped, in bytes.</summary>
        public const int MaxKeyLength = 64;

        /// <summary>The header and tag a wrapped key adds to the padded key, in bytes.</summary>
        public const int Overhead = 16;

        private const int Version = 1;

        // "NPKW": the header's first word, so a blob of some other format is refused rather than misread.
        private const uint Magic = 0x4E504B57;

        /// <summary>Returns the size of a wrapped key.</summary>
        /// <param name="keyLength">The clear key length, 1 to <see cref="MaxKeyLength"/> bytes.</param>
        /// <returns>16 plus the key length rounded up to a multiple of 8, in bytes (32 for a 16-byte key).</returns>
        /// <exception cref="ArgumentException">The length is outside 1..<see cref="MaxKeyLength"/>.</exception>
        public static int WrappedLength(int keyLength)
        {
            if (keyLength < 1 || keyLength > MaxKeyLength)
            {
                throw new ArgumentException("A wrapped key has 1 to " + MaxKeyLength + " bytes, not " + keyLength + ".");
            }

            return Overhead + ((keyLength + 7) & ~7);
        }

        /// <summary>Wraps a clear key under the device key.</summary>
        /// <param name="deviceKey">The device key.</param>
        /// <param name="key">The array holding the clear key (not changed; the caller wipes it).</param>
        /// <param name="offset">The index of the key's first byte.</param>
        /// <param name="length">The key length, 1 to <see cref="MaxKeyLength"/> bytes.</param>
        /// <param name="output">The array the wrapped key goes into (<see cref="WrappedLength"/> bytes).</param>
        /// <param name="outputOffset">The index of the first wrapped byte.</param>
        /// <returns>The number of bytes written: <see cref="WrappedLength"/> of <paramref name="length"/>.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The length is out of range, or a range lies outside its array.</exception>
        /// <exception cref="InvalidOperationException">The device key was cleared.</exception>
        public static int Wrap(TripleDes deviceKey, byte[] key, int offset, int length, byte[] output, int outputOffset)
        {
            Guard.NotNull(deviceKey, "deviceKey");
            int wrapped = WrappedLength(length);
            Guard.Range(key, offset, length, "key");
            Guard.Range(output, outputOffset, wrapped, "output");

            byte[] plain = new byte[wrapped - 8];
            TripleDes encryption = null;
            TripleDes authentication = null;
            try
            {
                WriteHeader(plain, length);
                Array.Copy(key, offset, plain, 8, length);
                encryption = Derive(deviceKey, 0x454E4301); // "ENC" 1
                authentication = Derive(deviceKey, 0x4D414301); // "MAC" 1
                ulong tag = CbcMac(authentication, plain);
                DesCore.WriteBlock(tag, output, outputOffset);
                encryption.EncryptCbc(output, outputOffset, plain, 0, plain.Length, output, outputOffset + 8);
                return wrapped;
            }
            finally
            {
                Array.Clear(plain, 0, plain.Length);
                ClearKey(encryption);
                ClearKey(authentication);
            }
        }

        /// <summary>
        /// Unwraps a key wrapped by <see cref="Wrap"/> under the same device key, or refuses a blob that was changed,
        /// truncated, wrapped under another key or is not a wrapped key at all.
        /// </summary>
        /// <param name="deviceKey">The device key.</param>
        /// <param name="wrapped">The array holding the wrapped key.</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="count">Its length in bytes, exactly as <see cref="Wrap"/> returned it.</param>
        /// <param name="output">The array the clear key goes into (nothing is written on failure).</param>
        /// <param name="outputOffset">The index of the first clear key byte.</param>
        /// <returns>The clear key length in bytes, or -1 when the blob fails its integrity check.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">A range lies outside its array, or the output cannot hold the key.</exception>
        /// <exception cref="InvalidOperationException">The device key was cleared.</exception>
        public static int Unwrap(TripleDes deviceKey, byte[] wrapped, int offset, int count, byte[] output, int outputOffset)
        {
            Guard.NotNull(deviceKey, "deviceKey");
            Guard.Range(wrapped, offset, count, "wrapped");
            Guard.NotNull(output, "output");
            if (count < Overhead + 8 || count > WrappedLength(MaxKeyLength) || (count & 7) != 0)
            {
                return -1;
            }

            byte[] plain = new byte[count - 8];
            TripleDes encryption = null;
            TripleDes authentication = null;
            try
            {
                encryption = Derive(deviceKey, 0x454E4301);
                authentication = Derive(deviceKey, 0x4D414301);
                encryption.DecryptCbc(wrapped, offset, wrapped, offset + 8, plain.Length, plain, 0);
                ulong tag = CbcMac(authentication, plain);
                ulong stored = ((ulong)DesCore.ReadWord(wrapped, offset) << 32) | DesCore.ReadWord(wrapped, offset + 4);
                int length = plain[5];
                bool intact = ((tag ^ stored) == 0) & HeaderMatches(plain, length);
                if (!intact)
                {
                    return -1;
                }

                Guard.Range(output, outputOffset, length, "output");
                Array.Copy(plain, 8, output, outputOffset, length);
                return length;
            }
            finally
            {
                Array.Clear(plain, 0, plain.Length);
                ClearKey(encryption);
                ClearKey(authentication);
            }
        }

        private static void WriteHeader(byte[] plain, int length)
        {
            plain[0] = (byte)'N';
            plain[1] = (byte)'P';
            plain[2] = (byte)'K';
            plain[3] = (byte)'W';
            plain[4] = Version;
            plain[5] = (byte)length;
        }

        // The tag already proves the blob is one we wrote; this also refuses a blob wrapped by a future version or
        // whose length byte disagrees with its size (the padding must be zeros).
        private static bool HeaderMatches(byte[] plain, int length)
        {
            if (DesCore.ReadWord(plain, 0) != Magic || plain[4] != Version || plain[6] != 0 || plain[7] != 0)
            {
                return false;
            }

            if (length < 1 || 8 + ((length + 7) & ~7) != plain.Length)
            {
                return false;
            }

            int padding = 0;
            for (int i = 8 + length; i < plain.Length; i++)
            {
                padding |= plain[i];
            }

            return padding == 0;
        }

        // A double-length key from the device key: E(dk, "NPKW" purpose 1) and E(dk, "NPKW" purpose 2). Encryption
        // under the device key is a pseudorandom function, so the two purposes get independent keys.
        private static TripleDes Derive(TripleDes deviceKey, uint purpose)
        {
            byte[] material = new byte[16];
            try
            {
                DesCore.WriteBlock(deviceKey.EncryptWords(Magic, purpose), material, 0);
                DesCore.WriteBlock(deviceKey.EncryptWords(Magic, purpose + 1), material, 8);
                return new TripleDes(material, 0, 16);
            }
            finally
            {
                Array.Clear(material, 0, material.Length);
            }
        }

        private static ulong CbcMac(TripleDes key, byte[] plain)
        {
            uint hi = 0;
            uint lo = 0;
            for (int i = 0; i < plain.Length; i += 8)
            {
                ulong block = key.EncryptWords(hi ^ DesCore.ReadWord(plain, i), lo ^ DesCore.ReadWord(plain, i + 4));
                hi = (uint)(block >> 32);
                lo = (uint)block;
            }

            return ((ulong)hi << 32) | lo;
        }

        private static void ClearKey(TripleDes key)
        {
            if (key != null)
            {
                key.Clear();
            }
        }
    }
}
