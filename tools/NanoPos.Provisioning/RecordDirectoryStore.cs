using System;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// An <see cref="IRecordStore"/> over a folder on the PC whose files are byte for byte what the ESP32's
    /// <c>LittleFsRecordStore</c> keeps in <c>I:\nanopos</c>: one file per record, named exactly like the record, holding
    /// the content followed by the 8-byte trailer of <see cref="RecordFileFormat"/> (length and CRC-32, big-endian).
    /// Provisioning writes through it, so a folder it fills can be copied onto a board's flash as it is; the tests and
    /// <c>nanopos provision --check</c> read through it, so the firmware's own loaders judge those same bytes.
    /// </summary>
    /// <remarks>
    /// A write goes to "name~" first and is then renamed over "name", as on the board (the host cannot lose power in the
    /// middle of a provisioning run that matters, but no half-written record is ever left under a record's name). The
    /// space budget is the board store's default (<see cref="DefaultBudgetBytes"/>, 64 KB), charged with
    /// <see cref="RecordFileFormat.CostBytes"/> as the board charges it, so a set that fits here fits there. On Linux and
    /// macOS the files are created readable by their owner only (mode 0600): they hold provisioning secrets.
    /// </remarks>
    public sealed class RecordDirectoryStore : IRecordStore
    {
        /// <summary>The budget in bytes: the board store's default (<c>LittleFsRecordStore.DefaultBudgetBytes</c>).</summary>
        public const long DefaultBudgetBytes = 65536;

        private readonly string _directory;

        /// <summary>Opens the store over a folder, which must exist.</summary>
        /// <param name="directory">The folder holding the record files.</param>
        /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
        /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
        public RecordDirectoryStore(string directory)
        {
            ArgumentNullException.ThrowIfNull(directory);
            _directory = Path.GetFullPath(directory);
            if (!Directory.Exists(_directory))
            {
                throw new DirectoryNotFoundException("No folder " + _directory + ".");
            }
        }

        /// <summary>Gets the full path of the folder.</summary>
        public string DirectoryPath => _directory;

        /// <summary>Gets the largest record that still fits in the budget, in bytes, as the board store computes it.</summary>
        public long FreeBytes => RecordFileFormat.LargestContentWithin(DefaultBudgetBytes - ChargedBytes());

        /// <summary>Gives the path of a record's file.</summary>
        /// <param name="name">A valid record name.</param>
        /// <returns>The full path.</returns>
        /// <exception cref="ArgumentException">The name is invalid.</exception>
        public string PathOf(string name)
        {
            RecordNames.Validate(name);
            return Path.Combine(_directory, name);
        }

        /// <summary>Creates or replaces a record: content and trailer to "name~", then renamed to "name".</summary>
        /// <param name="name">The record name.</param>
        /// <param name="data">The buffer holding the content.</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The content length, at most <see cref="RecordFileFormat.MaxRecordBytes"/>.</param>
        /// <exception cref="ArgumentException">The name is invalid, the range lies outside the buffer or the record is too large.</exception>
        /// <exception cref="IOException">The budget is full or the disk failed.</exception>
        public void Write(string name, byte[] data, int offset, int count)
        {
            string path = PathOf(name);
            ArgumentNullException.ThrowIfNull(data);
            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentException("The range lies outside the buffer.");
            }

            if (count > RecordFileFormat.MaxRecordBytes)
            {
                throw new ArgumentException("Record '" + name + "' has " + count + " bytes; the board's store takes at most " + RecordFileFormat.MaxRecordBytes + ".");
            }

            long oldCost = File.Exists(path) ? RecordFileFormat.CostBytes(new FileInfo(path).Length - RecordFileFormat.TrailerLength) : 0;
            if (ChargedBytes() - oldCost + RecordFileFormat.CostBytes(count) > DefaultBudgetBytes)
            {
                throw new IOException("Record store budget full: '" + name + "' does not fit in the board's " + DefaultBudgetBytes + " bytes.");
            }

            byte[] file = RecordFileCodec.Encode(data, offset, count);
            string temp = Path.Combine(_directory, RecordFileFormat.TempFileName(name));
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temp, options))
            {
                stream.Write(file, 0, file.Length);
                stream.Flush(true);
            }

            File.Move(temp, path, true);
        }

        /// <summary>Reads a whole record after checking its trailer, as the board store does.</summary>
        /// <param name="name">The record name.</param>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index at which the content goes.</param>
        /// <param name="count">The room in bytes.</param>
        /// <returns>The content length, or -1 when there is no such record.</returns>
        /// <exception cref="ArgumentException">The name is invalid or the content is longer than the room.</exception>
        /// <exception cref="IOException">The file is damaged (size or check sum), as the board would report it.</exception>
        public int Read(string name, byte[] buffer, int offset, int count)
        {
            string path = PathOf(name);
            ArgumentNullException.ThrowIfNull(buffer);
            if (!File.Exists(path))
            {
                return -1;
            }

            byte[] content = RecordFileCodec.Decode(File.ReadAllBytes(path), out string problem);
            if (content == null)
            {
                throw new IOException("Record '" + name + "' is damaged: " + problem);
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count || content.Length > count)
            {
                throw new ArgumentException("Record '" + name + "' has " + content.Length + " bytes; the buffer has room for " + count + ".");
            }

            Array.Copy(content, 0, buffer, offset, content.Length);
            return content.Length;
        }

        /// <summary>Tells whether a record exists.</summary>
        /// <param name="name">The record name.</param>
        /// <returns>True when its file exists.</returns>
        public bool Exists(string name)
        {
            return File.Exists(PathOf(name));
        }

        /// <summary>Deletes a record.</summary>
        /// <param name="name">The record name.</param>
        /// <returns>True when it existed.</returns>
        public bool Delete(string name)
        {
            string path = PathOf(name);
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }

        private long ChargedBytes()
        {
            long charged = RecordFileFormat.DirectoryOverheadBytes;
            foreach (string file in Directory.GetFiles(_directory))
            {
                if (RecordNames.IsValid(Path.GetFileName(file)))
                {
                    charged += RecordFileFormat.CostBytes(new FileInfo(file).Length - RecordFileFormat.TrailerLength);
                }
            }

            return charged;
        }
    }
}
