using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// The hardware-free half of a record store that keeps one file per record on a flash file system (the
    /// LittleFS store on the ESP32): file names, the trailer that proves a file was written completely, and the
    /// space arithmetic of the budget. Kept apart from the file-system glue so that it is tested on the host.
    /// </summary>
    /// <remarks>
    /// <para><b>File names.</b> A record lives in a file named exactly like the record. Its temporary copy during a
    /// replace is the record name followed by <see cref="TempMarker"/> ('~'). '~' is not in the
    /// <see cref="RecordNames"/> alphabet, so no record name can ever equal a temporary file name; the obvious
    /// "name.tmp" would collide with the valid record name "name.tmp".</para>
    /// <para><b>Trailer.</b> A file holds the record content followed by <see cref="TrailerLength"/> bytes: the content
    /// length (4 bytes, big-endian), then a CRC-32 (<see cref="Crc32"/>, 4 bytes, big-endian) computed over the content and those 4
    /// length bytes. A file is complete only if its size is content length + 8 and the CRC matches. Including the
    /// length in the CRC means a file of zeros (or of erased flash, 0xFF) never verifies, not even as an empty record.</para>
    /// <para><b>Space.</b> <see cref="CostBytes"/> charges a record for what it may occupy on LittleFS, conservatively:
    /// a small file (content and trailer up to <see cref="InlineLimitBytes"/>) is stored inside its directory's
    /// metadata, a larger one takes whole <see cref="BlockBytes"/> blocks; each file also pays
    /// <see cref="EntryOverheadBytes"/> for its directory entry. The directory itself is charged
    /// <see cref="DirectoryOverheadBytes"/> (its metadata pair of two blocks). Overestimating keeps the promise of
    /// <see cref="IRecordStore.FreeBytes"/>: never more than what is really there.</para>
    /// </remarks>
    public static class RecordFileFormat
    {
        /// <summary>The bytes appended to every record file: content length (4) and CRC-32 (4).</summary>
        public const int TrailerLength = 8;

        /// <summary>The character appended to a record name to name its temporary copy.</summary>
        public const char TempMarker = '~';

        // The same as a string, so that building a name is a plain string concatenation on every runtime.
        private const string TempSuffix = "~";

        /// <summary>The largest record content in bytes the store accepts (records are small: journal slots, settings).</summary>
        public const int MaxRecordBytes = 2048;

        /// <summary>The erase block size in bytes of the ESP32 flash, the unit LittleFS allocates file data in.</summary>
        public const int BlockBytes = 4096;

        /// <summary>The largest file (content and trailer, in bytes) counted as stored inside the directory metadata.</summary>
        public const int InlineLimitBytes = 256;

        /// <summary>The bytes charged to every file for its directory entry (name, size, commit tags), rounded up.</summary>
        public const int EntryOverheadBytes = 64;

        /// <summary>The bytes charged once for the store's directory: a LittleFS directory is a pair of blocks.</summary>
        public const int DirectoryOverheadBytes = 2 * BlockBytes;

        /// <summary>
        /// Gives the name of the temporary file used while a record is replaced.
        /// </summary>
        /// <param name="recordName">A valid record name.</param>
        /// <returns>The record name followed by <see cref="TempMarker"/>.</returns>
        /// <exception cref="ArgumentException">The record name is invalid.</exception>
        public static string TempFileName(string recordName)
        {
            RecordNames.Validate(recordName);
            return recordName + TempSuffix;
        }

        /// <summary>
        /// Gives the record a temporary file belongs to.
        /// </summary>
        /// <param name="fileName">A file name without directory.</param>
        /// <returns>The record name, or null when the file is not the temporary copy of a valid record name.</returns>
        public static string RecordNameOfTemp(string fileName)
        {
            if (fileName == null || fileName.Length < 2 || fileName[fileName.Length - 1] != TempMarker)
            {
                return null;
            }

            string recordName = fileName.Substring(0, fileName.Length - 1);
            return RecordNames.IsValid(recordName) ? recordName : null;
        }

        /// <summary>
        /// Writes the trailer of a record content.
        /// </summary>
        /// <param name="contentState">The running CRC state after feeding the whole content (<see cref="Crc32.Begin"/>, then <see cref="Crc32.Update"/>).</param>
        /// <param name="contentLength">The content length in bytes.</param>
        /// <param name="trailer">The buffer that receives the <see cref="TrailerLength"/> bytes.</param>
        /// <param name="offset">The index of the first trailer byte.</param>
        /// <exception cref="ArgumentException">The length is negative or the trailer does not fit in the buffer.</exception>
        public static void EncodeTrailer(uint contentState, int contentLength, byte[] trailer, int offset)
        {
            if (contentLength < 0)
            {
                throw new ArgumentException("The content length cannot be negative.");
            }

            CheckRange(trailer, offset, TrailerLength);
            WriteUInt32(trailer, offset, (uint)contentLength);
            uint crc = Crc32.Finish(Crc32.Update(contentState, trailer, offset, 4));
            WriteUInt32(trailer, offset + 4, crc);
        }

        /// <summary>
        /// Checks a trailer against the content read before it.
        /// </summary>
        /// <param name="contentState">The running <see cref="Crc32"/> state after feeding every byte before the trailer.</param>
        /// <param name="fileLength">The size of the whole file in bytes.</param>
        /// <param name="trailer">The buffer holding the last <see cref="TrailerLength"/> bytes of the file.</param>
        /// <param name="offset">The index of the first trailer byte.</param>
        /// <returns>True when the file is a complete record: the length matches the file size and the CRC matches.</returns>
        public static bool VerifyTrailer(uint contentState, long fileLength, byte[] trailer, int offset)
        {
            CheckRange(trailer, offset, TrailerLength);
            int contentLength = ContentLength(fileLength);
            if (contentLength < 0 || ReadUInt32(trailer, offset) != (uint)contentLength)
            {
                return false;
            }

            uint crc = Crc32.Finish(Crc32.Update(contentState, trailer, offset, 4));
            return ReadUInt32(trailer, offset + 4) == crc;
        }

        /// <summary>
        /// Gives the content length a file of this size would hold.
        /// </summary>
        /// <param name="fileLength">The file size in bytes.</param>
        /// <returns>The file size minus the trailer, or -1 when the file cannot be a record (too short or too long).</returns>
        public static int ContentLength(long fileLength)
        {
            long content = fileLength - TrailerLength;
            return content < 0 || content > MaxRecordBytes ? -1 : (int)content;
        }

        /// <summary>
        /// Gives the space charged for a record file (see the class remarks).
        /// </summary>
        /// <param name="contentLength">The content length in bytes, 0 or more.</param>
        /// <returns>The bytes charged against the budget.</returns>
        public static long CostBytes(long contentLength)
        {
            long file = (contentLength < 0 ? 0 : contentLength) + TrailerLength;
            if (file > InlineLimitBytes)
            {
                file = ((file + BlockBytes - 1) / BlockBytes) * BlockBytes;
            }

            return file + EntryOverheadBytes;
        }

        /// <summary>
        /// Gives the largest record content whose file costs no more than the room left in the budget.
        /// </summary>
        /// <param name="roomBytes">The budget minus what is charged already, in bytes.</param>
        /// <returns>The content bytes that fit, 0 to <see cref="MaxRecordBytes"/>.</returns>
        public static int LargestContentWithin(long roomBytes)
        {
            long forFile = roomBytes - EntryOverheadBytes;
            if (forFile < TrailerLength)
            {
                return 0;
            }

            // Inline regime: the file stays small.
            long best = (forFile < InlineLimitBytes ? forFile : InlineLimitBytes) - TrailerLength;

            // Block regime: as many whole blocks as the room allows.
            long blocks = forFile / BlockBytes;
            if (blocks > 0 && blocks * BlockBytes - TrailerLength > best)
            {
                best = blocks * BlockBytes - TrailerLength;
            }

            return best > MaxRecordBytes ? MaxRecordBytes : (int)best;
        }

        private static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        private static uint ReadUInt32(byte[] buffer, int offset)
        {
            return ((uint)buffer[offset] << 24) | ((uint)buffer[offset + 1] << 16) | ((uint)buffer[offset + 2] << 8) | buffer[offset + 3];
        }

        private static void CheckRange(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentException("The range (offset " + offset + ", count " + count + ") lies outside a buffer of " + buffer.Length + " bytes.");
            }
        }
    }
}
