using System;
using System.IO;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Keeps a ledger file up to date: writes it after every change of the ledger (atomically, see
    /// <see cref="LedgerFile.Save"/>) and once more when disposed, so the file is current even if the process
    /// is killed. A failed write is reported through <see cref="LastError"/> and retried at the next change.
    /// </summary>
    public sealed class LedgerFileWriter : IDisposable
    {
        private readonly Ledger _ledger;
        private readonly object _gate = new object();
        private bool _disposed;

        /// <summary>Starts writing a ledger to a file (and writes it once now).</summary>
        /// <param name="ledger">The ledger.</param>
        /// <param name="path">The file.</param>
        public LedgerFileWriter(Ledger ledger, string path)
        {
            ArgumentNullException.ThrowIfNull(ledger);
            ArgumentNullException.ThrowIfNull(path);
            _ledger = ledger;
            Path = System.IO.Path.GetFullPath(path);
            _ledger.Changed += OnChanged;
            Write();
        }

        /// <summary>Gets the full path of the file.</summary>
        public string Path { get; }

        /// <summary>Gets how many times the file was written.</summary>
        public int Writes { get; private set; }

        /// <summary>Gets the error of the last failed write, or null when the last write succeeded.</summary>
        public Exception LastError { get; private set; }

        /// <summary>Writes the file now.</summary>
        /// <returns>True when it was written.</returns>
        public bool Write()
        {
            lock (_gate)
            {
                try
                {
                    LedgerFile.Save(_ledger, Path);
                    Writes++;
                    LastError = null;
                    return true;
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    LastError = e;
                    return false;
                }
            }
        }

        /// <summary>Stops following the ledger and writes the file a last time.</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
            }

            _ledger.Changed -= OnChanged;
            Write();
        }

        private void OnChanged(object sender, EventArgs e)
        {
            Write();
        }
    }
}
