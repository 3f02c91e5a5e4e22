using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Keeps a ledger in an append-only log file (JSON lines; see <see cref="LedgerChange"/> and the README): every
    /// decided request appends one line before its answer leaves, so the file costs the same per request at 50,000
    /// entries as at none. A decision's line (a new entry, a reversal, a settlement, an upload) is fsynced
    /// (<see cref="FileStream.Flush(bool)"/> with true) before the answer is sent; a line that only counts (a repeat,
    /// a refused conflict, a repeated reversal) is handed to the operating system without fsync and reaches the disk
    /// with the next fsync or at <see cref="Dispose"/>. Either survives <c>kill -9</c> (the operating system holds it).
    /// </summary>
    /// <remarks>
    /// Compaction rewrites the file from memory (one line per object) into FILE.compacting, fsyncs it and renames it
    /// over FILE (atomic: a crash leaves the old log or the new one, never half of either). It runs when opening
    /// finds a torn header, an old whole-JSON file or too many superseded copies, and after an append when the copies
    /// superseded by later lines outnumber the live objects and exceed <see cref="CompactionSlack"/> (so the file stays
    /// under about twice its compacted size, and each compaction is paid for by as many appends as it rewrites).
    /// A failed append throws (the processor then sends no answer) and the next change rewrites the file whole.
    /// A lock on FILE.lock (an operating-system lock, released when the process ends, even by kill -9) keeps a second
    /// simulator from writing the same file. Thread-safe: appends come under the ledger's lock.
    /// </remarks>
    public sealed partial class LedgerFileWriter : IDisposable
    {
        /// <summary>How many superseded object copies the log may hold beyond the live objects' count before it is compacted.</summary>
        public const int CompactionSlack = 1000;

        private readonly object _gate = new object();
        private readonly List<string> _warnings = new List<string>();
        private FileStream _stream;
        private FileStream _lock;
        private long _nextLine = 1;
        private long _objectsWritten;
        private long _retryCompactionAt;
        private bool _repairNeeded;
        private bool _disposed;

        /// <summary>Starts a new log at a file holding a ledger's current state (replacing the file), then appends its changes.</summary>
        /// <param name="ledger">The ledger (not yet written by another writer).</param>
        /// <param name="path">The file.</param>
        /// <exception cref="IOException">The file cannot be written, or another simulator writes it.</exception>
        public LedgerFileWriter(Ledger ledger, string path)
            : this(System.IO.Path.GetFullPath(path ?? throw new ArgumentNullException(nameof(path))), ledger)
        {
            Attach(() => CompactLocked());
        }

        /// <summary>Takes the file's lock; the caller then attaches (<see cref="Attach"/>).</summary>
        private LedgerFileWriter(string fullPath, Ledger ledger)
        {
            ArgumentNullException.ThrowIfNull(ledger);
            Ledger = ledger;
            Path = fullPath;
            _lock = LockFile(fullPath);
        }

        /// <summary>Gets the ledger the file follows.</summary>
        public Ledger Ledger { get; }

        /// <summary>Gets the full path of the file.</summary>
        public string Path { get; }

        /// <summary>Gets what opening found and repaired (a torn last line, an old format converted, an unfinished compaction removed), in plain words.</summary>
        public IReadOnlyList<string> Warnings => _warnings;

        /// <summary>Gets how many lines were appended since the file was opened.</summary>
        public int Appends { get; private set; }

        /// <summary>Gets how many appended lines were fsynced.</summary>
        public int Syncs { get; private set; }

        /// <summary>Gets how many times the file was rewritten whole since it was opened (opening included).</summary>
        public int Compactions { get; private set; }

        /// <summary>Gets the error of the last failed write or compaction, or null when the last one succeeded.</summary>
        public Exception LastError { get; private set; }

        /// <summary>
        /// Opens a ledger file: replays it into <paramref name="into"/> (a log; or a whole-JSON file of version 1, which
        /// is converted), drops a torn last line with a warning, compacts when due, then appends the ledger's changes.
        /// A missing file is created.
        /// </summary>
        /// <param name="path">The file.</param>
        /// <param name="into">An empty ledger to fill (null: a new one); read it back from <see cref="Ledger"/>.</param>
        /// <returns>The writer, attached to the ledger.</returns>
        /// <exception cref="FormatException">The file is not a ledger, or is damaged where a crash cannot explain it.</exception>
        /// <exception cref="IOException">The file cannot be read or written, or another simulator writes it.</exception>
        public static LedgerFileWriter Open(string path, Ledger into = null)
        {
            ArgumentNullException.ThrowIfNull(path);
            var writer = new LedgerFileWriter(System.IO.Path.GetFullPath(path), into ?? new Ledger());
            writer.Attach(writer.LoadLocked);
            return writer;
        }

        /// <summary>Rewrites the file from memory now (compaction), whatever the rule says.</summary>
        /// <exception cref="IOException">The new file could not be written; the old one is still in place.</exception>
        public void Compact()
        {
            lock (Ledger.SyncRoot)
            {
                lock (_gate)
                {
                    ObjectDisposedException.ThrowIf(_disposed, this);
                    CompactLocked();
                }
            }
        }

        /// <summary>Stops following the ledger, fsyncs what is not yet on disk and closes the file.</summary>
        public void Dispose()
        {
            lock (Ledger.SyncRoot)
            {
                lock (_gate)
                {
                    if (_disposed)
                    {
                        return;
                    }

                    _disposed = true;
                    if (Ledger.Log == this)
                    {
                        Ledger.Log = null;
                    }

                    try
                    {
                        _stream?.Flush(true);
                    }
                    catch (IOException e)
                    {
                        LastError = e;
                    }

                    _stream?.Dispose();
                    _lock?.Dispose();
                }
            }
        }

        /// <summary>Appends one change; called by the ledger under its lock, before the answer is sent.</summary>
        /// <param name="change">The change.</param>
        /// <param name="sync">True to fsync the line before returning.</param>
        /// <exception cref="IOException">The line could not be written; the next change rewrites the file whole.</exception>
        internal void Append(LedgerChange change, bool sync)
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_repairNeeded)
                {
                    // The file lacks an earlier change: rewrite it whole from memory, this change included.
                    Guard(() => CompactLocked(), "could not rewrite it after a failed append");
                    _repairNeeded = false;
                    return;
                }

                change.N = _nextLine;
                byte[] line = Serialize(change);
                long before = _stream.Position;
                Guard(() => { _stream.Write(line); _stream.Flush(sync); }, "could not append change " + change.N, before);
                _nextLine++;
                Appends++;
                Syncs += sync ? 1 : 0;
                _objectsWritten += change.ObjectCount;
                if (CompactionDue(_objectsWritten, Ledger.ObjectCount) && _objectsWritten >= _retryCompactionAt)
                {
                    TryCompactLocked();
                }
            }
        }

        /// <summary>Tells whether a log holding <paramref name="written"/> object copies for <paramref name="live"/> live objects is due for compaction.</summary>
        internal static bool CompactionDue(long written, long live)
        {
            return written - live > Math.Max(live, CompactionSlack);
        }
    }
}
