using System;
using System.IO;
using System.Text.Json;

namespace NanoPos.HostSim
{
    /// <summary>The file side of the writer: the lock, opening and replaying, compaction, and failed writes.</summary>
    public sealed partial class LedgerFileWriter
    {
        /// <summary>Replaces the open file stream with another on the same file (tests: a stream that fails as a full disk would).</summary>
        internal void UseStream(FileStream stream)
        {
            lock (_gate)
            {
                _stream?.Dispose();
                _stream = stream;
            }
        }

        private static FileStream LockFile(string fullPath)
        {
            string lockPath = fullPath + ".lock";
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (File.Exists(lockPath))
            {
                throw new IOException(fullPath + " is in use by another host simulator (it holds " + lockPath + "); stop it or give this one another --ledger file.", e);
            }
        }

        private static byte[] Serialize<T>(T value)
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(value, LedgerJson.Line);
            Array.Resize(ref json, json.Length + 1);
            json[^1] = (byte)'\n';
            return json;
        }

        private void Attach(Action load)
        {
            try
            {
                lock (Ledger.SyncRoot)
                {
                    lock (_gate)
                    {
                        if (Ledger.Log != null)
                        {
                            throw new InvalidOperationException("The ledger is already written to " + Ledger.Log.Path + ".");
                        }

                        load();
                        Ledger.Log = this;
                    }
                }
            }
            catch
            {
                _stream?.Dispose();
                _lock?.Dispose();
                throw;
            }
        }

        private void LoadLocked()
        {
            string stale = Path + ".compacting";
            if (File.Exists(stale))
            {
                File.Delete(stale);
                _warnings.Add(stale + ": an unfinished compaction (the simulator stopped while rewriting the log) was removed; the log itself is intact.");
            }

            byte[] bytes = File.Exists(Path) ? LedgerFile.ReadShared(Path) : Array.Empty<byte>();
            if (!LedgerLogReader.IsLog(bytes))
            {
                Ledger.Load(LedgerFile.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes)));
                _warnings.Add(Path + ": a whole-JSON ledger (version 1) was converted to the append-only log (version 2); older builds of nanopos cannot read it any more.");
                CompactLocked();
                return;
            }

            LedgerLogContents contents = LedgerLogReader.Read(bytes, Path);
            Ledger.Load(contents.Document);
            _warnings.AddRange(contents.Warnings);
            if (contents.IntactLength == 0 || CompactionDue(contents.ObjectsWritten, Ledger.ObjectCount))
            {
                CompactLocked();
                return;
            }

            _stream = OpenAppend();
            if (_stream.Length > contents.IntactLength)
            {
                // Cut the torn line off, or the next line would be glued to it.
                _stream.SetLength(contents.IntactLength);
                _stream.Flush(true);
            }

            _stream.Seek(0, SeekOrigin.End);
            _nextLine = contents.Changes + 1;
            _objectsWritten = contents.ObjectsWritten;
        }

        private void CompactLocked()
        {
            string temporary = Path + ".compacting";
            long lines = 0;
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                file.Write(Serialize(new LedgerLogHeader { CreatedAt = DateTimeOffset.UtcNow }));
                foreach (LedgerChange change in Ledger.Snapshot())
                {
                    change.N = ++lines;
                    file.Write(Serialize(change));
                }

                file.Flush(true);
            }

            // Closed before the rename (Windows refuses to replace an open file); reopened on whichever file is there.
            _stream?.Dispose();
            _stream = null;
            try
            {
                File.Move(temporary, Path, overwrite: true);
            }
            finally
            {
                _stream = OpenAppend();
            }

            _nextLine = lines + 1;
            _objectsWritten = Ledger.ObjectCount;
            Ledger.MarkLogged();
            Compactions++;
        }

        private void TryCompactLocked()
        {
            try
            {
                CompactLocked();
                LastError = null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // The append before it is safe; try again after another slack's worth of appends, not at every one.
                LastError = e;
                _retryCompactionAt = _objectsWritten + CompactionSlack;
            }
        }

        private FileStream OpenAppend()
        {
            // No buffer: every line is one write() call, so the operating system holds it as soon as Write returns.
            var stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read | FileShare.Delete, bufferSize: 0);
            stream.Seek(0, SeekOrigin.End);
            return stream;
        }

        private void Guard(Action write, string what, long rollbackTo = -1)
        {
            try
            {
                write();
                LastError = null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                LastError = e;
                _repairNeeded = true;
                try
                {
                    if (rollbackTo >= 0 && _stream != null)
                    {
                        _stream.SetLength(rollbackTo); // drop a half-written line
                        _stream.Seek(0, SeekOrigin.End);
                    }
                }
                catch (IOException)
                {
                    // The repair at the next change rewrites the file anyway.
                }

                throw new IOException("Ledger log " + Path + ": " + what + " (" + e.Message + "). The decision is kept in memory and no answer is sent; the next change rewrites the file whole.", e);
            }
        }
    }
}
