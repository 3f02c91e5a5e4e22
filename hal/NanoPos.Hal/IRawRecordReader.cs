namespace NanoPos.Hal
{
    /// <summary>
    /// A capability some <see cref="IRecordStore"/>s add: reading a record's bytes as the medium holds them even when they
    /// fail the store's own integrity check, so that a reader with its own error correction (the transaction journal)
    /// can repair a flipped bit instead of losing the whole record.
    /// </summary>
    /// <remarks>
    /// <see cref="IRecordStore.Read"/> stays strict: a record that fails the store's check throws. This read hands over
    /// what is there and says whether it passed. A medium that cannot return any bytes at all still throws
    /// <see cref="System.IO.IOException"/>. Thread-safe like the store it belongs to.
    /// </remarks>
    public interface IRawRecordReader
    {
        /// <summary>Reads a whole record as stored, checked or not.</summary>
        /// <param name="name">The record name.</param>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index at which the content is placed.</param>
        /// <param name="count">The room in bytes from <paramref name="offset"/>.</param>
        /// <param name="verified">True when the bytes passed the store's own check; false when they are what the medium
        /// holds but may be damaged (then the length may be wrong too).</param>
        /// <returns>The number of bytes copied, or -1 when no record has that name.</returns>
        /// <exception cref="System.ArgumentException">The name is invalid, the range lies outside the buffer or the record
        /// is longer than <paramref name="count"/>.</exception>
        /// <exception cref="System.IO.IOException">The medium cannot return the record at all.</exception>
        int ReadRaw(string name, byte[] buffer, int offset, int count, out bool verified);
    }
}
