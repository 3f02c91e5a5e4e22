namespace NanoPos.Hal
{
    /// <summary>
    /// Durable storage of small named records (journal segments, STAN block, configuration), written whole.
    /// </summary>
    /// <remarks>
    /// <para>What is durable when:</para>
    /// <list type="bullet">
    /// <item><description>A <see cref="Write"/> is durable only once it returns. After it returns, the new
    /// record survives a power cut or reset.</description></item>
    /// <item><description>A power cut during <see cref="Write"/> leaves either the old record (or no record,
    /// if there was none) or the complete new one, never a mix of the two and never a truncated record.</description></item>
    /// <item><description>A <see cref="Delete"/> is likewise durable once it returns, and a power cut during it
    /// leaves the record either complete or gone.</description></item>
    /// <item><description>A call that throws (for example for lack of space) leaves the old record unchanged.</description></item>
    /// </list>
    /// <para>The transaction journal relies on this to write its reversal data before a request leaves the
    /// device. A store that cannot promise atomic replacement (a plain file rewritten in place, raw flash
    /// without a commit step) must not implement this contract.</para>
    /// <para><b>Thread safety.</b> Implementations are thread-safe: the engine writes its journal on a worker thread
    /// while the UI thread writes its own records (technician lock, language), so every call is serialised with the
    /// others (each one whole, as if alone) and none needs the caller to hold a lock. Records are independent: a call
    /// on one record never changes another.</para>
    /// <para>Names follow <see cref="RecordNames"/> (at most 16 characters of letters, digits, '-', '_', '.').
    /// Records are small: implementations may refuse records beyond a few KB with an ArgumentException.</para>
    /// </remarks>
    public interface IRecordStore
    {
        /// <summary>Gets the free space in bytes: the most record data that can still be written. An estimate
        /// where the medium has per-record overhead; never more than what is really available.</summary>
        long FreeBytes { get; }

        /// <summary>
        /// Creates or atomically replaces a record. Durable once it returns (see the interface remarks).
        /// </summary>
        /// <param name="name">The record name (see <see cref="RecordNames"/>).</param>
        /// <param name="data">The buffer holding the new content.</param>
        /// <param name="offset">The index of the first byte of the content.</param>
        /// <param name="count">The length of the content in bytes (0 is allowed: an empty record).</param>
        /// <exception cref="System.ArgumentException">The name is invalid, the range lies outside the buffer or
        /// the record is too large for this store.</exception>
        /// <exception cref="System.IO.IOException">Not enough free space or a medium error; the old record is unchanged.</exception>
        void Write(string name, byte[] data, int offset, int count);

        /// <summary>
        /// Reads a whole record into a caller buffer.
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index at which the content is placed.</param>
        /// <param name="count">The room in bytes from <paramref name="offset"/>; must hold the whole record.</param>
        /// <returns>The record length in bytes, or -1 when no record has that name.</returns>
        /// <exception cref="System.ArgumentException">The name is invalid, the range lies outside the buffer or the
        /// record is longer than <paramref name="count"/> (nothing is copied then).</exception>
        /// <exception cref="System.IO.IOException">A medium error.</exception>
        int Read(string name, byte[] buffer, int offset, int count);

        /// <summary>
        /// Tells whether a record exists.
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <returns>True when a record has that name.</returns>
        /// <exception cref="System.ArgumentException">The name is invalid.</exception>
        bool Exists(string name);

        /// <summary>
        /// Removes a record. Durable once it returns.
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <returns>True when a record was removed; false when none had that name.</returns>
        /// <exception cref="System.ArgumentException">The name is invalid.</exception>
        /// <exception cref="System.IO.IOException">A medium error; the record is unchanged.</exception>
        bool Delete(string name);
    }
}
