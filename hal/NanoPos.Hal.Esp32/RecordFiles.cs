using System;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// The file operations of <see cref="LittleFsRecordStore"/>: writing a record file with its trailer, reading one
    /// back with its check, renaming a temporary copy into place. Holds the two small buffers they reuse.
    /// </summary>
    /// <remarks>Not thread-safe: the store calls it under its lock.</remarks>
    internal sealed class RecordFiles
    {
        // Files are checked in pieces of this size, so verifying a record costs no buffer of its size.
        private const int ChunkBytes = 64;

        private readonly byte[] _chunk = new byte[ChunkBytes];
        private readonly byte[] _trailer = new byte[RecordFileFormat.TrailerLength];

        /// <summary>
        /// Writes content and trailer to a file and closes it, which commits it on LittleFS. On failure the file is
        /// removed and <see cref="IOException"/> thrown; no other file is touched.
        /// </summary>
        /// <param name="path">The file (a temporary copy).</param>
        /// <param name="data">The buffer holding the content.</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The content length in bytes.</param>
        public void WriteComplete(string path, byte[] data, int offset, int count)
        {
            FileStream stream = null;
            try
            {
                stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
                stream.Write(data, offset, count);
                uint state = Crc32.Update(Crc32.Begin(), data, offset, count);
                RecordFileFormat.EncodeTrailer(state, count, _trailer, 0);
                stream.Write(_trailer, 0, _trailer.Length);
                stream.Flush();

                // Closing commits the file on LittleFS: from here on the temporary copy is complete.
                stream.Close();
                stream = null;
            }
            catch (Exception e)
            {
                // Out of space or a medium error while writing the copy: the old record was not touched.
                if (stream != null)
                {
                    CloseQuietly(stream);
                }

                DeleteQuietly(path);
                throw new IOException("Writing " + path + " failed; the old record is unchanged.", e);
            }
        }

        /// <summary>
        /// Reads a record file's content into a caller buffer and checks its trailer.
        /// </summary>
        /// <param name="path">The record file.</param>
        /// <param name="name">The record name, for messages.</param>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index at which the content is placed.</param>
        /// <param name="count">The room in bytes.</param>
        /// <returns>The content length.</returns>
        /// <exception cref="ArgumentException">The content is longer than the room (nothing is copied).</exception>
        /// <exception cref="IOException">The file is damaged or cannot be read.</exception>
        public int ReadVerified(string path, string name, byte[] buffer, int offset, int count)
        {
            bool verified;
            int length = ReadContent(path, name, buffer, offset, count, out verified);
            if (!verified)
            {
                throw new IOException("Record '" + name + "' is damaged: its check sum does not match.");
            }

            return length;
        }

        /// <summary>
        /// Reads a record file's content into a caller buffer whether or not its trailer checks out, and says which.
        /// </summary>
        /// <param name="path">The record file.</param>
        /// <param name="name">The record name, for messages.</param>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index at which the content is placed.</param>
        /// <param name="count">The room in bytes.</param>
        /// <param name="verified">True when the trailer matched the content.</param>
        /// <returns>The content length (the file size minus the trailer; 0 for a file too short to hold a trailer).</returns>
        /// <exception cref="ArgumentException">The content is longer than the room (nothing is copied).</exception>
        /// <exception cref="IOException">The file is larger than any record, or cannot be read.</exception>
        public int ReadContent(string path, string name, byte[] buffer, int offset, int count, out bool verified)
        {
            FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            try
            {
                long fileLength = stream.Length;
                int length = RecordFileFormat.ContentLength(fileLength);
                if (length < 0)
                {
                    if (fileLength < RecordFileFormat.TrailerLength)
                    {
                        // Shorter than a trailer: nothing in it can be trusted or repaired.
                        verified = false;
                        return 0;
                    }

                    throw new IOException("Record '" + name + "' is damaged: its file has " + fileLength + " bytes.");
                }

                if (length > count)
                {
                    throw new ArgumentException("Record '" + name + "' has " + length + " bytes; the buffer has room for " + count + ".");
                }

                ReadFully(stream, buffer, offset, length);
                ReadFully(stream, _trailer, 0, _trailer.Length);
                uint state = Crc32.Update(Crc32.Begin(), buffer, offset, length);
                verified = RecordFileFormat.VerifyTrailer(state, fileLength, _trailer, 0);
                return length;
            }
            finally
            {
                stream.Close();
            }
        }

        /// <summary>
        /// Checks a file without a buffer of its size.
        /// </summary>
        /// <param name="path">The file.</param>
        /// <returns>The content length when the file is a complete record, otherwise -1.</returns>
        public int ContentLengthIfValid(string path)
        {
            FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            try
            {
                long fileLength = stream.Length;
                int length = RecordFileFormat.ContentLength(fileLength);
                if (length < 0)
                {
                    return -1;
                }

                uint state = Crc32.Begin();
                int left = length;
                while (left > 0)
                {
                    int piece = left < _chunk.Length ? left : _chunk.Length;
                    ReadFully(stream, _chunk, 0, piece);
                    state = Crc32.Update(state, _chunk, 0, piece);
                    left -= piece;
                }

                ReadFully(stream, _trailer, 0, _trailer.Length);
                return RecordFileFormat.VerifyTrailer(state, fileLength, _trailer, 0) ? length : -1;
            }
            finally
            {
                stream.Close();
            }
        }

        /// <summary>
        /// Applies the recovery rule of <see cref="LittleFsRecordStore"/> to every leftover temporary copy in a directory
        /// (complete: promoted; incomplete: deleted), then charges every file and checks every record once, so a
        /// damaged one is reported at boot.
        /// </summary>
        /// <param name="directory">The store's directory.</param>
        /// <param name="recovered">The number of complete copies promoted.</param>
        /// <param name="discarded">The number of incomplete copies deleted.</param>
        /// <param name="damaged">The number of record files that fail their check.</param>
        /// <returns>The bytes charged against the budget, directory included.</returns>
        public long Recover(string directory, out int recovered, out int discarded, out int damaged)
        {
            recovered = 0;
            discarded = 0;
            damaged = 0;
            string[] files = Directory.GetFiles(directory);
            for (int i = 0; i < files.Length; i++)
            {
                string fileName = Path.GetFileName(files[i]);
                string recordName = RecordFileFormat.RecordNameOfTemp(fileName);
                if (recordName == null)
                {
                    continue;
                }

                string temp = Path.Combine(directory, fileName);
                if (ContentLengthIfValid(temp) >= 0)
                {
                    Promote(temp, Path.Combine(directory, recordName));
                    recovered++;
                }
                else
                {
                    File.Delete(temp);
                    discarded++;
                }
            }

            long charged = RecordFileFormat.DirectoryOverheadBytes;
            files = Directory.GetFiles(directory);
            for (int i = 0; i < files.Length; i++)
            {
                string fileName = Path.GetFileName(files[i]);
                string path = Path.Combine(directory, fileName);
                charged += CostOf(path);
                if (RecordNames.IsValid(fileName) && ContentLengthIfValid(path) < 0)
                {
                    damaged++;
                }
            }

            return charged;
        }

        /// <summary>
        /// Puts a complete temporary copy in place of the record: delete, then rename.
        /// </summary>
        /// <param name="temp">The temporary copy.</param>
        /// <param name="path">The record file.</param>
        public static void Promote(string temp, string path)
        {
            // File.Move refuses an existing destination, hence the delete first. A cut between the two leaves only
            // the complete temporary copy, which the next construction renames (the new record wins).
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            File.Move(temp, path);
        }

        /// <summary>Gives the budget charge of an existing file.</summary>
        /// <param name="path">The file.</param>
        /// <returns>The bytes charged (see <see cref="RecordFileFormat.CostBytes"/>).</returns>
        public static long CostOf(string path)
        {
            // A file that is not a record (foreign or damaged) is charged for its whole size all the same.
            return RecordFileFormat.CostBytes(new FileInfo(path).Length - RecordFileFormat.TrailerLength);
        }

        private static void ReadFully(FileStream stream, byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                int n = stream.Read(buffer, offset, count);
                if (n <= 0)
                {
                    throw new IOException("The file ended early.");
                }

                offset += n;
                count -= n;
            }
        }

        private static void CloseQuietly(FileStream stream)
        {
            try
            {
                stream.Close();
            }
            catch (Exception)
            {
                // Already failing; the file is deleted next and the first error is reported.
            }
        }

        private static void DeleteQuietly(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception)
            {
                // Left behind, the next construction resolves it by its trailer like any leftover copy.
            }
        }
    }
}
