using System.Diagnostics;
using System.IO;
using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Records
{
    /// <summary>
    /// The UI's own records: the technician lock's count of wrong PINs, the merchant's history and the language chosen in
    /// the technician menu. Each is written as soon as it changes; a write that fails stays owed and is tried again on
    /// the ticks, at most every <see cref="WriteRetryMs"/>.
    /// </summary>
    /// <remarks>
    /// Not deferred while an engine call runs: the record store is thread-safe (<see cref="IRecordStore"/>) and the engine
    /// never touches these records, so writing now while the worker writes its journal is safe, and waiting would open a
    /// window in which a power cut forgets a wrong technician PIN. The history is the exception by choice, not by need:
    /// its entry is written once the result is on screen, off the payment's path.
    /// </remarks>
    internal sealed class UiRecords
    {
        /// <summary>How long a failed write waits before it is tried again, in milliseconds.</summary>
        internal const int WriteRetryMs = 1000;

        private readonly IClock _clock;
        private TechnicianLock _techLock;
        private TechnicianLock _supervisorLock;
        private HistoryKeeper _history;
        private Language _language;
        private bool _languageDirty;
        private bool _writeFailed;
        private long _nextWriteRetryMs;

        /// <summary>Creates the records of a UI; they hold nothing until <see cref="Open"/>.</summary>
        /// <param name="clock">The clock for the retry delay and the lock's time.</param>
        internal UiRecords(IClock clock)
        {
            _clock = clock;
        }

        /// <summary>Gets or sets where a language chosen in the technician menu is saved, or null to keep it in memory.</summary>
        internal ISettingsWriter Writer { get; set; }

        /// <summary>Gets the technician lock, or null before <see cref="Open"/>.</summary>
        internal TechnicianLock TechLock
        {
            get { return _techLock; }
        }

        /// <summary>Gets the supervisor PIN's lock (refunds), or null before <see cref="Open"/>.</summary>
        internal TechnicianLock SupervisorLock
        {
            get { return _supervisorLock; }
        }

        /// <summary>Gets the merchant's history, or null before <see cref="Open"/>.</summary>
        internal HistoryKeeper History
        {
            get { return _history; }
        }

        /// <summary>Reads the technician lock and the history from the store (an unreadable lock counts as locked).</summary>
        /// <param name="store">The record store.</param>
        /// <param name="settings">The technician's tries and lock time.</param>
        internal void Open(IRecordStore store, UiSettings settings)
        {
            _techLock = new TechnicianLock(store, _clock, settings.TechnicianMaxTries, settings.TechnicianLockMs);
            _techLock.Load();

            // Wrong supervisor PINs count across refund attempts and reboots, as the technician's do: without it, choosing
            // Refund again would give a guesser a fresh set of tries every time.
            _supervisorLock = new TechnicianLock(store, TechnicianLock.SupervisorRecordName, _clock, settings.SupervisorMaxTries, settings.TechnicianLockMs);
            _supervisorLock.Load();
            _history = new HistoryKeeper(store);
        }

        /// <summary>Saves a language chosen in the technician menu, now.</summary>
        /// <param name="language">The language.</param>
        internal void ChooseLanguage(Language language)
        {
            _language = language;
            _languageDirty = true;
            SaveNow();
        }

        /// <summary>Writes what just changed now, even while an earlier failed write waits for its retry.</summary>
        internal void SaveNow()
        {
            _writeFailed = false;
            SaveOwed();
        }

        /// <summary>Writes whatever changed and is not written yet; after a failure, only once the retry delay has passed.</summary>
        internal void SaveOwed()
        {
            if (_techLock == null || (_writeFailed && _clock.MonotonicMs < _nextWriteRetryMs))
            {
                return;
            }

            bool failed = false;
            try
            {
                _techLock.SaveIfChanged();
            }
            catch (IOException e)
            {
                failed = true;
                LogWriteFailure("technician lock", e);
            }

            try
            {
                _supervisorLock.SaveIfChanged();
            }
            catch (IOException e)
            {
                failed = true;
                LogWriteFailure("supervisor lock", e);
            }

            if (!_history.Save())
            {
                failed = true;
            }

            if (_languageDirty && Writer != null)
            {
                try
                {
                    Writer.SaveLanguage(_language);
                    _languageDirty = false;
                }
                catch (IOException e)
                {
                    failed = true;
                    LogWriteFailure("language", e);
                }
            }

            _writeFailed = failed;
            _nextWriteRetryMs = failed ? _clock.MonotonicMs + WriteRetryMs : 0;
        }

        private void LogWriteFailure(string what, IOException e)
        {
            if (!_writeFailed)
            {
                Debug.WriteLine("nanoPos: saving the " + what + " failed, will retry: " + e.GetType().FullName + ": " + e.Message);
            }
        }
    }
}
