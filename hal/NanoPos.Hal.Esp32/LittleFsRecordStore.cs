using System;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// The <see cref="IRecordStore"/> of the ESP32: one file per record in a directory of the internal flash drive
    /// (I:, a LittleFS volume), replaced atomically, within a space budget.
    /// </summary>
    /// <remarks>
    /// <para><b>What LittleFS guarantees</b> (and this store relies on): every operation is copy-on-write and power-loss
    /// safe; a file's new data becomes visible only when the file is closed (or synced), before that a power cut
    /// leaves the previous state of the file; removing one file and renaming one file are single metadata commits,
    /// so each is atomic.</para>
    /// <para><b>Write</b> (atomic replace): 1. write the content and a trailer (length and CRC-32, see
    /// <see cref="RecordFileFormat"/>) to "name~" and close it, which commits it; 2. delete "name"; 3. rename
    /// "name~" to "name". The nanoFramework File.Move refuses an existing destination, hence step 2. The write is
    /// durable when it returns: every step is committed before the next starts.</para>
    /// <para><b>Recovery</b> at construction, for a leftover "name~" after a power cut: if its trailer verifies, the
    /// temporary copy is complete (its close finished), so the cut fell after step 1: the new record wins and the
    /// replace is finished (delete "name" if still there, rename). Otherwise the cut fell inside step 1: the temporary
    /// copy is dropped and "name" (the old record, or none) stays. Either way the result is the old record or the
    /// new one, never a mix. Recovery is idempotent, so a cut during recovery is recovered at the next boot. The
    /// trailer makes the rule independent of when the runtime flushes: a partial temporary file never verifies.</para>
    /// <para><b>Damaged records.</b> A record file is only ever created by renaming a verified temporary copy, so one
    /// whose trailer fails was damaged on the medium: reading it throws <see cref="IOException"/> (the data is
    /// neither guessed nor deleted) and <see cref="DamagedRecords"/> counts them at construction.</para>
    /// <para><b>Budget.</b> The I: partition (256 KB on 4 MB boards) is shared with other files (network settings,
    /// certificates), and this runtime offers no free-space query (DriveInfo has only TotalSize). The store therefore
    /// charges every file with <see cref="RecordFileFormat.CostBytes"/>, plus the directory itself, and refuses a
    /// write that would take the charge beyond the budget with <see cref="IOException"/>. The check counts the
    /// temporary copy and the old record together, as they coexist during a replace. Choose a budget that the
    /// partition can really hold; if the file system still runs out of space, the write fails with
    /// <see cref="IOException"/> and the old record is unchanged (only the temporary copy was being written).</para>
    /// <para>Calls are serialised by a lock. Buffers are allocated once; a write or read allocates only what the
    /// file system API does (a FileStream).</para>
    /// </remarks>
    public sealed class LittleFsRecordStore : IRecordStore, IRawRecordReader
    {
        /// <summary>The directory used by the parameterless constructor.</summary>
        public const string DefaultDirectory = "I:\\nanopos";

        /// <summary>The budget in bytes used by the parameterless constructor (64 KB of the 256 KB I: partition).</summary>
        public const long DefaultBudgetBytes = 65536;

        private readonly object _sync = new object();
        private readonly string _directory;
        private readonly long _budgetBytes;
        private readonly RecordFiles _files = new RecordFiles();
        private long _chargedBytes;
        private int _recoveredTemps;
        private int _discardedTemps;
        private int _damagedRecords;

        /// <summary>
        /// Opens the store in <see cref="DefaultDirectory"/> with <see cref="DefaultBudgetBytes"/>.
        /// </summary>
        /// <exception cref="IOException">The drive is missing or failed.</exception>
        public LittleFsRecordStore()
            : this(DefaultDirectory, DefaultBudgetBytes)
        {
        }

        /// <summary>
        /// Opens the store, creating its directory if needed, and recovers from an interrupted write (see the remarks).
        /// </summary>
        /// <param name="directory">The directory of the records, e.g. "I:\\nanopos"; used by nothing else.</param>
        /// <param name="budgetBytes">The most flash space in bytes the store may take, directory included.</param>
        /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The budget cannot hold the directory and one empty record.</exception>
        /// <exception cref="IOException">The drive is missing or failed.</exception>
        public LittleFsRecordStore(string directory, long budgetBytes)
        {
            if (directory == null)
            {
                throw new ArgumentNullException("directory");
            }

            if (budgetBytes < RecordFileFormat.DirectoryOverheadBytes + RecordFileFormat.CostBytes(0))
            {
                throw new ArgumentOutOfRangeException("budgetBytes", "The budget must hold the directory and at least one record.");
            }

            _directory = directory;
            _budgetBytes = budgetBytes;
            try
            {
                if (!Directory.Exists(directory))
                {
                    Directory.CreateDirectory(directory);
                }

                _chargedBytes = _files.Recover(directory, out _recoveredTemps, out _discardedTemps, out _damagedRecords);
            }
            catch (IOException)
            {
                throw;
            }
            catch (Exception e)
            {
                throw new IOException("Cannot open the record store in " + directory + ".", e);
            }
        }

        /// <summary>Gets the budget in bytes handed in at construction.</summary>
        public long BudgetBytes
        {
            get { return _budgetBytes; }
        }

        /// <summary>Gets the bytes charged against the budget: the directory and every file in it.</summary>
        public long ChargedBytes
        {
            get
            {
                lock (_sync)
                {
                    return _chargedBytes;
                }
            }
        }

        /// <summary>Gets the largest record content in bytes that can still be written within the budget.</summary>
        public long FreeBytes
        {
            get
            {
                lock (_sync)
                {
                    return RecordFileFormat.LargestContentWithin(_budgetBytes - _chargedBytes);
                }
            }
        }

        /// <summary>Gets how many interrupted replaces the construction finished (complete temporary copy promoted).</summary>
        public int RecoveredTemps
        {
            get { return _recoveredTemps; }
        }

        /// <summary>Gets how many incomplete temporary copies the construction dropped (old record kept).</summary>
        public int DiscardedTemps
        {
            get { return _discardedTemps; }
        }

        /// <summary>Gets how many record files failed their check at construction (reading them throws IOException).</summary>
        public int DamagedRecords
        {
            get { return _damagedRecords; }
        }

        /// <summary>
        /// Creates or atomically replaces a record; durable once it returns (see the class remarks).
        /// </summary>
        /// <param name="name">The record name (see <see cref="RecordNames"/>).</param>
        /// <param name="data">The buffer holding the new content.</param>
        /// <param name="offset">The index of the first byte of the content.</param>
        /// <param name="count">The length of the content in bytes, at most <see cref="RecordFileFormat.MaxRecordBytes"/>.</param>
        /// <exception cref="ArgumentException">The name is invalid, the range lies outside the buffer or the record is too large.</exception>
        /// <exception cref="IOException">The budget or the drive is full, or a medium error; the old record is unchanged. (One
        /// exception: should the final rename itself fail, the old file is already gone and the complete new copy is promoted
        /// by the next construction, so the store still ends with the new record, never a mix.)</exception>
        public void Write(string name, byte[] data, int offset, int count)
        {
            RecordNames.Validate(name);
            CheckRange(data, offset, count);
            if (count > RecordFileFormat.MaxRecordBytes)
            {
                throw new ArgumentException("Record '" + name + "' has " + count + " bytes; this store takes at most " + RecordFileFormat.MaxRecordBytes + ".");
            }

            lock (_sync)
            {
                long newCost = RecordFileFormat.CostBytes(count);
                if (_chargedBytes + newCost > _budgetBytes)
                {
                    throw new IOException("Record store budget full: '" + name + "' needs " + newCost + " bytes of flash, " + (_budgetBytes - _chargedBytes) + " of " + _budgetBytes + " left.");
                }

                string path = PathOf(name);
                string temp = PathOf(RecordFileFormat.TempFileName(name));
                try
                {
                    long oldCost = File.Exists(path) ? RecordFiles.CostOf(path) : 0;
                    _files.WriteComplete(temp, data, offset, count);
                    RecordFiles.Promote(temp, path);
                    _chargedBytes += newCost - oldCost;
                }
                catch (IOException)
                {
                    throw;
                }
                catch (Exception e)
                {
                    throw new IOException("Writing record '" + name + "' failed.", e);
                }
            }
        }

        /// <summary>
        /// Reads a whole record into a caller buffer, after checking its trailer.
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index at which the content is placed.</param>
        /// <param name="count">The room in bytes from offset; must hold the whole record.</param>
        /// <returns>The record length in bytes, or -1 when no record has that name.</returns>
        /// <exception cref="ArgumentException">The name is invalid, the range lies outside the buffer or the record is longer than count (nothing is copied then).</exception>
        /// <exception cref="IOException">The record file is damaged, or a medium error.</exception>
        public int Read(string name, byte[] buffer, int offset, int count)
        {
            RecordNames.Validate(name);
            CheckRange(buffer, offset, count);
            lock (_sync)
            {
                string path = PathOf(name);
                if (!File.Exists(path))
                {
                    return -1;
                }

                try
                {
                    return _files.ReadVerified(path, name, buffer, offset, count);
                }
                catch (IOException)
                {
                    throw;
                }
                catch (ArgumentException)
                {
                    throw;
                }
                catch (Exception e)
                {
                    throw new IOException("Reading record '" + name + "' failed.", e);
                }
            }
        }

        /// <summary>
        /// Reads a record's content as the file holds it, also when the file fails its trailer check (the journal repairs
        /// such a record with its own error correction instead of losing it).
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index at which the content is placed.</param>
        /// <param name="count">The room in bytes from offset.</param>
        /// <param name="verified">True when the file passed its trailer check.</param>
        /// <returns>The content length in bytes, or -1 when no record has that name.</returns>
        /// <exception cref="ArgumentException">The name is invalid, the range lies outside the buffer or the record is longer than count.</exception>
        /// <exception cref="IOException">The file cannot be read at all.</exception>
        public int ReadRaw(string name, byte[] buffer, int offset, int count, out bool verified)
        {
            RecordNames.Validate(name);
            CheckRange(buffer, offset, count);
            verified = false;
            lock (_sync)
            {
                string path = PathOf(name);
                if (!File.Exists(path))
                {
                    verified = true;
                    return -1;
                }

                try
                {
                    return _files.ReadContent(path, name, buffer, offset, count, out verified);
                }
                catch (IOException)
                {
                    throw;
                }
                catch (ArgumentException)
                {
                    throw;
                }
                catch (Exception e)
                {
                    throw new IOException("Reading record '" + name + "' failed.", e);
                }
            }
        }

        /// <summary>
        /// Tells whether a record exists.
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <returns>True when a record file has that name.</returns>
        /// <exception cref="ArgumentException">The name is invalid.</exception>
        public bool Exists(string name)
        {
            RecordNames.Validate(name);
            lock (_sync)
            {
                return File.Exists(PathOf(name));
            }
        }

        /// <summary>
        /// Removes a record: one LittleFS remove, atomic and durable once it returns.
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <returns>True when a record was removed; false when none had that name.</returns>
        /// <exception cref="ArgumentException">The name is invalid.</exception>
        /// <exception cref="IOException">A medium error; the record is unchanged.</exception>
        public bool Delete(string name)
        {
            RecordNames.Validate(name);
            lock (_sync)
            {
                string path = PathOf(name);
                try
                {
                    if (!File.Exists(path))
                    {
                        return false;
                    }

                    long cost = RecordFiles.CostOf(path);
                    File.Delete(path);
                    _chargedBytes -= cost;
                    return true;
                }
                catch (IOException)
                {
                    throw;
                }
                catch (Exception e)
                {
                    throw new IOException("Deleting record '" + name + "' failed.", e);
                }
            }
        }

        private string PathOf(string fileName)
        {
            return Path.Combine(_directory, fileName);
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
