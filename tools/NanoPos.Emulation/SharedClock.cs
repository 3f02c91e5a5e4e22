using System;
using System.Threading;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Emulation
{
    /// <summary>
    /// Simulated time shared between the caller's thread, which moves it (<see cref="Advance"/>), and the engine's
    /// worker thread, which waits on it (<see cref="WaitUntil"/>): the clock of the paced mode, where a host delay
    /// takes as long in simulated time as the caller lets pass, and the processing countdown runs meanwhile. As an
    /// <see cref="ITimeSync"/> it reports the manual clock's synchronisations (the clock self-test reads them).
    /// </summary>
    internal sealed class SharedClock : IClock, ITimeSync
    {
        private readonly ManualClock _inner;
        private readonly object _gate = new object();
        private long _waitTarget = -1;
        private bool _cut;

        internal SharedClock(ManualClock inner)
        {
            _inner = inner;
        }

        public DateTime UtcNow
        {
            get
            {
                lock (_gate)
                {
                    return _inner.UtcNow;
                }
            }
        }

        public long MonotonicMs
        {
            get
            {
                lock (_gate)
                {
                    return _inner.MonotonicMs;
                }
            }
        }

        public bool IsWallTimeTrusted
        {
            get
            {
                lock (_gate)
                {
                    return _inner.IsWallTimeTrusted;
                }
            }
        }

        public string Server
        {
            get
            {
                lock (_gate)
                {
                    return _inner.Server;
                }
            }
        }

        public int SyncCount
        {
            get
            {
                lock (_gate)
                {
                    return _inner.SyncCount;
                }
            }
        }

        public long LastSyncMonotonicMs
        {
            get
            {
                lock (_gate)
                {
                    return _inner.LastSyncMonotonicMs;
                }
            }
        }

        public long LastOffsetMs
        {
            get
            {
                lock (_gate)
                {
                    return _inner.LastOffsetMs;
                }
            }
        }

        /// <summary>Gets whether the worker is blocked until a time that has not come yet (it is quiet).</summary>
        internal bool WorkerWaiting
        {
            get
            {
                lock (_gate)
                {
                    return _waitTarget > _inner.MonotonicMs;
                }
            }
        }

        /// <summary>Gets whether the power is cut (every wait ends in a power cut) and not up again.</summary>
        internal bool IsCut
        {
            get
            {
                lock (_gate)
                {
                    return _cut;
                }
            }
        }

        /// <summary>Changes the manual clock's wall time or synchronisation under the lock the worker reads it with.</summary>
        internal void Update(Action<ManualClock> change)
        {
            lock (_gate)
            {
                change(_inner);
            }
        }

        internal void Advance(long milliseconds)
        {
            lock (_gate)
            {
                _inner.Advance(milliseconds);
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Blocks the worker until simulated time reaches <paramref name="targetMs"/>; a power cut ends the wait with <see cref="PowerCutException"/>.</summary>
        internal void WaitUntil(long targetMs)
        {
            lock (_gate)
            {
                try
                {
                    _waitTarget = targetMs;
                    while (_inner.MonotonicMs < targetMs)
                    {
                        if (_cut)
                        {
                            throw new PowerCutException("The power was cut while the engine waited for the host.");
                        }

                        Monitor.Wait(_gate, 1000);
                    }
                }
                finally
                {
                    _waitTarget = -1;
                }
            }
        }

        /// <summary>Makes every present and future wait end in a power cut, until <see cref="PowerUp"/>.</summary>
        internal void CutPower()
        {
            lock (_gate)
            {
                _cut = true;
                Monitor.PulseAll(_gate);
            }
        }

        internal void PowerUp()
        {
            lock (_gate)
            {
                _cut = false;
            }
        }
    }
}
