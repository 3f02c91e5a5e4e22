using System;
using System.IO;
using NanoPos.Hal;
using NanoPos.Security;

namespace NanoPos.Ui.Records
{
    /// <summary>
    /// Counts wrong technician PINs and locks the technician menu for a while after too many, across reboots: the
    /// count is kept in the record store (record "techlock"), so switching the terminal off and on does not reset it.
    /// </summary>
    /// <remarks>
    /// <para>Only a guess counts: an entry with no digits is refused without using up a try (issue 13).</para>
    /// <para>The monotonic clock restarts at boot and the wall time may be unset, so a lock found at boot runs its whole
    /// period again from that boot: a reboot never shortens a lock. The record is written only when the count
    /// changes (a wrong PIN, the first right one after wrong ones), from <see cref="SaveIfChanged"/>, which the UI calls
    /// at once (the store is thread-safe, so an engine call writing its journal meanwhile does not delay it). A write that
    /// fails leaves the change owed, so the next call writes it.</para>
    /// <para>A record the store cannot read (damaged on the medium: <see cref="IOException"/>) or that is not ours (too
    /// long) counts as locked: the safe side, since the count it held cannot be known. The lock then runs one whole
    /// period, and the next write replaces the record.</para>
    /// </remarks>
    public sealed class TechnicianLock
    {
        /// <summary>The name of the technician lock's record in the store.</summary>
        public const string RecordName = "techlock";

        /// <summary>The name of the supervisor PIN's lock record (refunds), the same format.</summary>
        public const string SupervisorRecordName = "suplock";

        private readonly IRecordStore _store;
        private readonly string _name;
        private readonly IClock _clock;
        private readonly int _maxTries;
        private readonly long _lockMs;
        private readonly byte[] _buffer = new byte[4];
        private int _failures;
        private long _lockedUntilMs;
        private bool _changed;

        /// <summary>Creates the lock; call <see cref="Load"/> at boot.</summary>
        /// <param name="store">The record store.</param>
        /// <param name="clock">The clock (monotonic time for the lock period).</param>
        /// <param name="maxTries">The wrong PINs that lock the menu, at least 1.</param>
        /// <param name="lockMs">How long a lock lasts, in ms.</param>
        /// <exception cref="ArgumentNullException">The store or the clock is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
        public TechnicianLock(IRecordStore store, IClock clock, int maxTries, long lockMs)
            : this(store, RecordName, clock, maxTries, lockMs)
        {
        }

        /// <summary>Creates a lock kept in a record of its own (the supervisor PIN's: <see cref="SupervisorRecordName"/>).</summary>
        /// <param name="store">The record store.</param>
        /// <param name="recordName">The record that holds its count and lock.</param>
        /// <param name="clock">The clock (monotonic time for the lock period).</param>
        /// <param name="maxTries">The wrong PINs that lock, at least 1.</param>
        /// <param name="lockMs">How long a lock lasts, in ms.</param>
        /// <exception cref="ArgumentNullException">The store, the name or the clock is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
        public TechnicianLock(IRecordStore store, string recordName, IClock clock, int maxTries, long lockMs)
        {
            if (store == null || clock == null || recordName == null)
            {
                throw new ArgumentNullException(store == null ? "store" : clock == null ? "clock" : "recordName");
            }

            if (maxTries < 1 || lockMs < 0)
            {
                throw new ArgumentOutOfRangeException(maxTries < 1 ? "maxTries" : "lockMs");
            }

            _store = store;
            _name = recordName;
            _clock = clock;
            _maxTries = maxTries;
            _lockMs = lockMs;
        }

        /// <summary>Gets the wrong PINs since the last right one (or the last lock that ran out).</summary>
        public int Failures
        {
            get { return _failures; }
        }

        /// <summary>Gets the tries left before the lock.</summary>
        public int TriesLeft
        {
            get { return _failures >= _maxTries ? 0 : _maxTries - _failures; }
        }

        /// <summary>
        /// Reads the count left by the previous run; a count at the limit locks the menu for a whole period from now, and
        /// so does a record that cannot be read (damaged) or is not ours. Never throws for the record's content or a
        /// medium error: it runs at boot, and a boot must not end on it.
        /// </summary>
        public void Load()
        {
            int length = -1;
            try
            {
                length = _store.Read(_name, _buffer, 0, _buffer.Length);
            }
            catch (ArgumentException)
            {
                // Not our record (too long): treat as locked, the safe side.
                _failures = _maxTries;
            }
            catch (IOException)
            {
                // Damaged on the medium: the count is unknown, so treat as locked, the safe side. Rewrite the record at
                // the next change, or now, so the next boot reads it again.
                _failures = _maxTries;
                _changed = true;
            }

            if (length >= 1)
            {
                _failures = _buffer[0] > _maxTries ? _maxTries : _buffer[0];
            }

            if (_failures >= _maxTries)
            {
                _lockedUntilMs = _clock.MonotonicMs + _lockMs;
            }
        }

        /// <summary>Tells whether the menu is locked now; a lock that has run out is lifted (and the count reset).</summary>
        /// <returns>True while locked.</returns>
        public bool IsLocked()
        {
            if (_failures < _maxTries)
            {
                return false;
            }

            if (_clock.MonotonicMs < _lockedUntilMs)
            {
                return true;
            }

            _failures = 0;
            _changed = true;
            return false;
        }

        /// <summary>Gets the whole minutes left of the lock, rounded up (0 when not locked).</summary>
        public int MinutesLeft()
        {
            long left = _lockedUntilMs - _clock.MonotonicMs;
            return IsLocked() && left > 0 ? (int)((left + 59999) / 60000) : 0;
        }

        /// <summary>Checks a PIN typed by the technician against the stored hash, counting a wrong one.</summary>
        /// <remarks>
        /// The hash is recomputed from the typed digits with the stored salt and iteration count and compared in
        /// constant time (<see cref="PinHash.Matches"/>): the time taken tells nothing about how close a guess was.
        /// It takes as long as one PBKDF2 at that count (tools/NanoPos.DeviceBench pin-hash).
        /// </remarks>
        /// <param name="typed">The digits typed (the caller zeroes them after).</param>
        /// <param name="length">How many.</param>
        /// <param name="expected">The configured PIN's hash; null matches no PIN (counted as wrong).</param>
        /// <returns>True when right and not locked; false for an empty entry, which is not counted.</returns>
        public bool Check(char[] typed, int length, PinHash expected)
        {
            if (IsLocked())
            {
                return false;
            }

            // No digits is no guess (Enter pressed by mistake): counting it would let stray presses lock the menu.
            if (length <= 0)
            {
                return false;
            }

            if (expected != null && expected.Matches(typed, 0, length))
            {
                _changed |= _failures != 0;
                _failures = 0;
                return true;
            }

            _failures++;
            _changed = true;
            if (_failures >= _maxTries)
            {
                _lockedUntilMs = _clock.MonotonicMs + _lockMs;
            }

            return false;
        }

        /// <summary>Writes the count when it changed (one durable write). The change stays owed until a write succeeds.</summary>
        /// <exception cref="IOException">The store failed to write; call again later (the change is kept).</exception>
        public void SaveIfChanged()
        {
            if (!_changed)
            {
                return;
            }

            _buffer[0] = (byte)_failures;
            _store.Write(_name, _buffer, 0, 1);

            // Only now: a write that threw leaves the count owed, so a wrong PIN is never forgotten.
            _changed = false;
        }
    }
}
