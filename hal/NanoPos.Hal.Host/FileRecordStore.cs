using System;
using System.IO;
using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Host
{
    /// <summary>
    /// An <see cref="IRecordStore"/> on the PC: one file per record in a directory, replaced atomically, with the
    /// same power-cut and torn-write injection as <see cref="InMemoryRecordStore"/>, so that the power-cut campaign and
    /// the emulator can run over real files and a "reboot" (a new instance on the same directory) really re-reads them.
    /// </summary>
    /// <remarks>
    /// <para><b>Atomic replace.</b> A write goes to a temporary file, is flushed to the disk (<c>Flush(true)</c>, an
    /// fsync), then renamed over the record with <c>File.Move(overwrite)</c> (rename(2) on Linux and macOS, which
    /// replaces atomically); on Linux and macOS the directory is then fsynced too, so the rename itself is durable
    /// when the call returns. On Windows the rename is a MoveFileEx replace, whose directory entry the file system
    /// journals but may write a moment later. The rename is the commit point: a temporary file found when the store
    /// opens was never committed and is deleted, which leaves the old record.</para>
    /// <para><b>File names.</b> Record "name" lives in "rec-name.bin", its temporary copy in "rec-name.bin.tmp".
    /// Upper-case letters are written as '^' and the lower-case letter, so "Ab" and "ab" stay two records on the
    /// case-insensitive file systems of Windows and macOS; the "rec-" prefix and ".bin" suffix keep names such as
    /// "con" or "x." (reserved or trimmed on Windows) usable. Other files in the directory are ignored.</para>
    /// <para><b>Faults</b>, armed and counted exactly as in <see cref="InMemoryRecordStore"/> (a durable write is a
    /// write, or a delete of a record that exists; n = 1 is the next one): a clean cut leaves half of the new content
    /// in the temporary file and the record untouched, so the recovery at the next open is exercised on real files;
    /// a torn write (which breaks the contract on purpose, to prove the journal's checksums) commits only a prefix
    /// as the record. After either the store is powered down and every call throws <see cref="PowerCutException"/>
    /// until <see cref="PowerUp"/>, which recovers like a reboot.</para>
    /// <para><b>Space.</b> As in the in-memory store, the capacity counts record content bytes; a replace frees the
    /// old content. Calls are serialised by a lock.</para>
    /// </remarks>
    public sealed class FileRecordStore : IRecordStore
    {
        /// <summary>The capacity in bytes when none is given (64 KB, the ESP32 store's default budget).</summary>
        public const long DefaultCapacityBytes = 65536;

        private readonly object _sync = new object();
        private readonly string _directory;
        private readonly long _capacityBytes;
        private readonly RecordFaults _faults = new RecordFaults();
        private long _usedBytes;
        private int _discardedTemps;

        /// <summary>
        /// Opens (or creates) a store in a directory with <see cref="DefaultCapacityBytes"/>.
        /// </summary>
        /// <param name="directory">The directory of the records; created if missing.</param>
        public FileRecordStore(string directory)
            : this(directory, DefaultCapacityBytes)
        {
        }

        /// <summary>
        /// Opens (or creates) a store in a directory, deleting uncommitted temporary files left by a cut.
        /// </summary>
        /// <param name="directory">The directory of the records; created if missing.</param>
        /// <param name="capacityBytes">The total record content the store can hold, in bytes (1 or more).</param>
        /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacityBytes"/> is less than 1.</exception>
        public FileRecordStore(string directory, long capacityBytes)
        {
            ArgumentNullException.ThrowIfNull(directory);
            ArgumentOutOfRangeException.ThrowIfLessThan(capacityBytes, 1);
            _directory = Path.GetFullPath(directory);
            _capacityBytes = capacityBytes;
            Directory.CreateDirectory(_directory);
            Recover();
        }

        /// <summary>Gets the full path of the store's directory.</summary>
        public string DirectoryPath => _directory;

        /// <summary>Gets the capacity minus the content bytes of all stored records.</summary>
        public long FreeBytes
        {
            get
            {
                lock (_sync)
                {
                    _faults.ThrowIfPoweredDown();
                    return _capacityBytes - _usedBytes;
                }
            }
        }

        /// <summary>Gets the durable writes completed since creation or <see cref="ResetCounters"/> (an interrupted one is not counted).</summary>
        public int DurableWrites => _faults.DurableWrites;

        /// <summary>Gets the record bytes written since creation or <see cref="ResetCounters"/>, including a torn prefix.</summary>
        public long BytesWritten => _faults.BytesWritten;

        /// <summary>Gets a value indicating whether an injected power cut has happened and <see cref="PowerUp"/> has not been called yet.</summary>
        public bool IsPoweredDown => _faults.IsPoweredDown;

        /// <summary>Gets how many uncommitted temporary files the last open or power-up deleted.</summary>
        public int DiscardedTemps => _discardedTemps;

        /// <summary>Gets the number of records stored.</summary>
        public int Count
        {
            get
            {
                lock (_sync)
                {
                    int count = 0;
                    foreach (string file in Directory.EnumerateFiles(_directory))
                    {
                        count += RecordFileNames.RecordNameOf(Path.GetFileName(file)) != null ? 1 : 0;
                    }

                    return count;
                }
            }
        }

        /// <summary>Arms a clean power cut at the n-th durable write from now (the record is kept; a partial temporary file is left).</summary>
        /// <param name="n">Which durable write to interrupt, 1 for the next one.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
        public void CutPowerAtWrite(int n) => _faults.Arm(n, -1);

        /// <summary>
        /// Arms a torn write: the n-th durable write from now commits only its first <paramref name="prefixBytes"/>
        /// bytes as the record, then the power is cut. A tear that falls on a delete acts as a clean cut.
        /// </summary>
        /// <param name="n">Which durable write to tear, 1 for the next one.</param>
        /// <param name="prefixBytes">The bytes kept, 0 or more; beyond the write's length keeps all of it.</param>
        /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
        public void TearWriteAt(int n, int prefixBytes)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(prefixBytes);
            _faults.Arm(n, prefixBytes);
        }

        /// <summary>Disarms a fault that has not fired yet.</summary>
        public void ClearFault() => _faults.Clear();

        /// <summary>Restores power after an injected cut and recovers as a reboot would (uncommitted temporary files are deleted).</summary>
        public void PowerUp()
        {
            lock (_sync)
            {
                _faults.PowerUp();
                Recover();
            }
        }

        /// <summary>Sets <see cref="DurableWrites"/> and <see cref="BytesWritten"/> back to 0.</summary>
        public void ResetCounters() => _faults.ResetCounters();

        /// <summary>Creates or atomically replaces a record, unless an armed fault fires (see the class remarks).</summary>
        /// <param name="name">The record name (see <see cref="RecordNames"/>).</param>
        /// <param name="data">The buffer holding the new content.</param>
        /// <param name="offset">The index of the first byte of the content.</param>
        /// <param name="count">The length of the content in bytes.</param>
        /// <exception cref="ArgumentException">The name is invalid or the range lies outside the buffer.</exception>
        /// <exception cref="IOException">The record does not fit in the free space, or a disk error; the old record is unchanged.</exception>
        /// <exception cref="PowerCutException">An injected power cut interrupted the write, or the store is powered down.</exception>
        public void Write(string name, byte[] data, int offset, int count)
        {
            lock (_sync)
            {
                _faults.ThrowIfPoweredDown();
                RecordNames.Validate(name);
                CheckRange(data, offset, count);
                string path = RecordPath(name);
                long oldLength = File.Exists(path) ? new FileInfo(path).Length : 0;
                if (_usedBytes - oldLength + count > _capacityBytes)
                {
                    // Not a durable write: nothing reaches the disk, so an armed fault keeps waiting.
                    throw new IOException("Record store full: '" + name + "' needs " + count + " bytes, " + (_capacityBytes - _usedBytes + oldLength) + " available.");
                }

                if (_faults.FiresNow())
                {
                    int tear = _faults.TearPrefixBytes;
                    if (tear >= 0)
                    {
                        int kept = Math.Min(tear, count);
                        Replace(path, data, offset, kept);
                        _usedBytes += kept - oldLength;
                        _faults.AddBytes(kept);
                    }
                    else
                    {
                        // Cut while the temporary copy was being written: half of it is on the disk, never renamed.
                        WriteTemp(path + RecordFileNames.TempSuffix, data, offset, count / 2);
                    }

                    throw _faults.CutPower("Power cut while writing record '" + name + "'.");
                }

                Replace(path, data, offset, count);
                _usedBytes += count - oldLength;
                _faults.AddBytes(count);
                _faults.CountDurableWrite();
            }
        }

        /// <summary>Copies a record into a caller buffer.</summary>
        /// <param name="name">The record name.</param>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index at which the content is placed.</param>
        /// <param name="count">The room in bytes from offset.</param>
        /// <returns>The record length in bytes, or -1 when no record has that name.</returns>
        /// <exception cref="ArgumentException">The name is invalid, the range lies outside the buffer or the record is longer than count (nothing is copied).</exception>
        /// <exception cref="IOException">A disk error.</exception>
        /// <exception cref="PowerCutException">The store is powered down.</exception>
        public int Read(string name, byte[] buffer, int offset, int count)
        {
            lock (_sync)
            {
                _faults.ThrowIfPoweredDown();
                RecordNames.Validate(name);
                CheckRange(buffer, offset, count);
                string path = RecordPath(name);
                if (!File.Exists(path))
                {
                    return -1;
                }

                using FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                long length = stream.Length;
                if (length > count)
                {
                    throw new ArgumentException("Record '" + name + "' has " + length + " bytes; the buffer has room for " + count + ".");
                }

                stream.ReadExactly(buffer, offset, (int)length);
                return (int)length;
            }
        }

        /// <summary>Tells whether a record exists.</summary>
        /// <param name="name">The record name.</param>
        /// <returns>True when a record has that name.</returns>
        /// <exception cref="ArgumentException">The name is invalid.</exception>
        /// <exception cref="PowerCutException">The store is powered down.</exception>
        public bool Exists(string name)
        {
            lock (_sync)
            {
                _faults.ThrowIfPoweredDown();
                RecordNames.Validate(name);
                return File.Exists(RecordPath(name));
            }
        }

        /// <summary>Removes a record, unless an armed fault fires (the record is then kept).</summary>
        /// <param name="name">The record name.</param>
        /// <returns>True when a record was removed; false when none had that name.</returns>
        /// <exception cref="ArgumentException">The name is invalid.</exception>
        /// <exception cref="PowerCutException">An injected power cut interrupted the delete, or the store is powered down.</exception>
        public bool Delete(string name)
        {
            lock (_sync)
            {
                _faults.ThrowIfPoweredDown();
                RecordNames.Validate(name);
                string path = RecordPath(name);
                if (!File.Exists(path))
                {
                    return false;
                }

                if (_faults.FiresNow())
                {
                    throw _faults.CutPower("Power cut while deleting record '" + name + "'.");
                }

                long length = new FileInfo(path).Length;
                File.Delete(path);
                DirectorySync.Flush(_directory);
                _usedBytes -= length;
                _faults.CountDurableWrite();
                return true;
            }
        }

        private void Replace(string path, byte[] data, int offset, int count)
        {
            string temp = path + RecordFileNames.TempSuffix;
            WriteTemp(temp, data, offset, count);
            File.Move(temp, path, true);
            DirectorySync.Flush(_directory);
        }

        private static void WriteTemp(string temp, byte[] data, int offset, int count)
        {
            using FileStream stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None);
            stream.Write(data, offset, count);
            stream.Flush(true);
        }

        private void Recover()
        {
            _discardedTemps = 0;
            _usedBytes = 0;
            foreach (string file in Directory.GetFiles(_directory))
            {
                string fileName = Path.GetFileName(file);
                if (RecordFileNames.IsTemp(fileName))
                {
                    // The rename is the commit: a temporary file still here was never committed.
                    File.Delete(file);
                    _discardedTemps++;
                }
                else if (RecordFileNames.RecordNameOf(fileName) != null)
                {
                    _usedBytes += new FileInfo(file).Length;
                }
            }

            DirectorySync.Flush(_directory);
        }

        private string RecordPath(string name) => Path.Combine(_directory, RecordFileNames.FileNameOf(name));

        private static void CheckRange(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentException("The range (offset " + offset + ", count " + count + ") lies outside a buffer of " + buffer.Length + " bytes.");
            }
        }
    }
}
