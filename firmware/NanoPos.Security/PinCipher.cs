namespace NanoPos.Security
{
    /// <summary>
    /// Encryption of the ISO 9564 format-0 PIN block for field 52: 3DES (or DES, for a single-length PIK) in ECB mode
    /// under the PIN key. The clear block itself is built by the PIN entry (firmware/NanoPos.Ui, PinBlock); this class
    /// only turns it into the 8 bytes that go on the wire, and back for the acquirer simulator.
    /// </summary>
    /// <remarks>
    /// Allocation-free and thread-safe. Encrypting into the clear block's own bytes is allowed, which lets the PIN
    /// entry overwrite its clear block instead of leaving a copy behind.
    /// </remarks>
    public static class PinCipher
    {
        /// <summary>The PIN block length, in bytes.</summary>
        public const int BlockLength = 8;

        /// <summary>Encrypts a clear format-0 PIN block under the PIK.</summary>
        /// <param name="clearBlock">The array holding the clear 8-byte PIN block.</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="pik">The PIN key (8 or 16 bytes in the CUP hierarchy).</param>
        /// <param name="output">The array the 8 encrypted bytes go into (may be <paramref name="clearBlock"/>).</param>
        /// <param name="outputOffset">The index of the first encrypted byte.</param>
        /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
        /// <exception cref="System.ArgumentException">A block lies outside its array.</exception>
        /// <exception cref="System.InvalidOperationException">The PIK was cleared.</exception>
        public static void EncryptFormat0(byte[] clearBlock, int offset, TripleDes pik, byte[] output, int outputOffset)
        {
            if (pik == null)
            {
                throw new System.ArgumentNullException("pik");
            }

            pik.EncryptBlock(clearBlock, offset, output, outputOffset);
        }

        /// <summary>Decrypts an encrypted PIN block under the PIK, giving the clear format-0 block (the acquirer's side).</summary>
        /// <param name="encryptedBlock">The array holding field 52 (8 bytes).</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="pik">The PIN key.</param>
        /// <param name="output">The array the 8 clear bytes go into (may be <paramref name="encryptedBlock"/>).</param>
        /// <param name="outputOffset">The index of the first clear byte.</param>
        /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
        /// <exception cref="System.ArgumentException">A block lies outside its array.</exception>
        /// <exception cref="System.InvalidOperationException">The PIK was cleared.</exception>
        public static void DecryptFormat0(byte[] encryptedBlock, int offset, TripleDes pik, byte[] output, int outputOffset)
        {
            if (pik == null)
            {
                throw new System.ArgumentNullException("pik");
            }

            pik.DecryptBlock(encryptedBlock, offset, output, outputOffset);
        }
    }
}
