using System;
using System.Threading;
using nanoFramework.Networking;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// The <see cref="IClock"/> of the ESP32: the runtime's UTC wall time, set by SNTP, and its millisecond tick counter.
    /// </summary>
    /// <remarks>
    /// <para><b>Time sync.</b> The ESP32 has no battery-backed calendar: at power-on its wall time starts in 1970.
    /// SNTP (the nanoFramework.Networking.Sntp client of the network stack) sets it once the network is up; the
    /// ESP32 runtime starts SNTP by itself when Wi-Fi gets an address, and <see cref="StartTimeSync"/> lets the
    /// composition root choose the servers (for example the acquirer's own time server on a private network) and
    /// ask for an immediate update. The SNTP API reports no "synchronised" event, so the clock observes the effect.</para>
    /// <para><b>Trust rule.</b> The wall time is trusted when its year is at least <see cref="MinimumTrustedYear"/>.
    /// An unset clock is in 1970, so only a sync can move it past 2024: the rule is "trusted after the first
    /// successful sync", observed without an event. The runtime keeps the time across a software reset (the RTC keeps
    /// counting), so after a reboot without power loss the time is still right and still trusted, correctly. The rule
    /// cannot catch a time server that sends a wrong date after 2024; an acquirer that checks transaction times
    /// will. The check is made on every read, so it needs no notification.</para>
    /// <para><b>Sync figures</b> (<see cref="ITimeSync"/>). The SNTP API has no completion event and no result, so
    /// <see cref="SyncNow"/> observes one: it notes the difference between wall time and tick counter, asks for an update
    /// (Sntp.UpdateNow, which restarts the client and returns before the answer), and waits until that difference steps
    /// by at least <see cref="SyncStepThresholdMs"/>. The step is the offset: the wall-time jump across the update
    /// corrected by the monotonic time that passed meanwhile. This is an approximation: it assumes that only a time set
    /// moves the wall time against the tick counter (on the ESP32 both run from the main crystal while awake), it has the
    /// tick counter's resolution (the FreeRTOS tick), and a correction smaller than the threshold cannot be told from no
    /// answer, so <see cref="SyncNow"/> then returns false and records nothing (lwIP's SNTP client sets the server's
    /// transmit time without round-trip compensation, so a real answer nearly always moves the clock by a few ms). The
    /// synchronisations the runtime makes on its own (hourly) are not seen: the composition root calls
    /// <see cref="SyncNow"/> after the first connection and then at most every 6 hours on a connection (NanoPos.App's
    /// TimeSyncLink), so a synchronisation smaller than the threshold leaves the figures older than they are. Not run on a
    /// board here.</para>
    /// </remarks>
    public sealed class Esp32Clock : IClock, ITimeSync
    {
        /// <summary>The first year that counts as a set (trusted) wall time.</summary>
        public const int MinimumTrustedYear = 2024;

        /// <summary>The first time server used when none is given.</summary>
        public const string DefaultServer1 = "0.pool.ntp.org";

        /// <summary>The second time server used when none is given.</summary>
        public const string DefaultServer2 = "1.pool.ntp.org";

        /// <summary>The smallest step of the wall time against the tick counter, in ms, that counts as a synchronisation:
        /// above the jitter of reading two clocks with a FreeRTOS tick of up to 10 ms.</summary>
        public const int SyncStepThresholdMs = 20;

        // How often WaitForTrustedTime looks at the clock, in ms: a sync lands within one SNTP round trip anyway.
        private const int TrustPollMs = 100;

        // How often SyncNow looks for the step, in ms: short against an SNTP round trip, so the sync time is close.
        private const int SyncPollMs = 20;

        private readonly object _sync = new object();
        private string _server;
        private int _syncCount;
        private long _lastSyncMonotonicMs = -1;
        private long _lastOffsetMs;

        /// <summary>Gets the runtime's wall time in UTC.</summary>
        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }

        /// <summary>Gets the ms since boot from the runtime's tick counter, which never goes back.</summary>
        public long MonotonicMs
        {
            get { return Environment.TickCount64; }
        }

        /// <summary>Gets a value indicating whether the wall time has been set: its year is at least <see cref="MinimumTrustedYear"/>.</summary>
        public bool IsWallTimeTrusted
        {
            get { return DateTime.UtcNow.Year >= MinimumTrustedYear; }
        }

        /// <summary>Gets a value indicating whether the SNTP client is running.</summary>
        public bool IsTimeSyncStarted
        {
            get { return Sntp.IsStarted; }
        }

        /// <summary>Gets the first time server: the one given to <see cref="StartTimeSync"/>, else the runtime's while its
        /// SNTP client runs, else null.</summary>
        public string Server
        {
            get
            {
                lock (_sync)
                {
                    if (_server != null)
                    {
                        return _server;
                    }
                }

                return Sntp.IsStarted ? Sntp.Server1 : null;
            }
        }

        /// <summary>Gets how many synchronisations <see cref="SyncNow"/> has observed since boot.</summary>
        public int SyncCount
        {
            get
            {
                lock (_sync)
                {
                    return _syncCount;
                }
            }
        }

        /// <summary>Gets the tick (ms) at which <see cref="SyncNow"/> last observed a synchronisation, or -1 when none since boot.</summary>
        public long LastSyncMonotonicMs
        {
            get
            {
                lock (_sync)
                {
                    return _lastSyncMonotonicMs;
                }
            }
        }

        /// <summary>Gets the step of the last observed synchronisation in ms (positive: the clock was behind), or 0 when
        /// there was none or the wall time was not trusted before it (see the class remarks for the approximation).</summary>
        public long LastOffsetMs
        {
            get
            {
                lock (_sync)
                {
                    return _lastOffsetMs;
                }
            }
        }

        /// <summary>
        /// Starts SNTP with the given servers, or asks a running client for an update now. Call it once the network is
        /// up (after the link's first connection); the client then keeps the time in step by itself.
        /// </summary>
        /// <param name="server1">The first time server (host name or address); null for <see cref="DefaultServer1"/>.</param>
        /// <param name="server2">The second time server; null for <see cref="DefaultServer2"/>.</param>
        public void StartTimeSync(string server1, string server2)
        {
            string first = server1 == null ? DefaultServer1 : server1;
            lock (_sync)
            {
                _server = first;
            }

            Sntp.Server1 = first;
            Sntp.Server2 = server2 == null ? DefaultServer2 : server2;
            if (Sntp.IsStarted)
            {
                Sntp.UpdateNow();
            }
            else
            {
                Sntp.Start();
            }
        }

        /// <summary>
        /// Asks SNTP for an update now (starting the client if it is not running) and waits for the wall time to step, to
        /// record the synchronisation and its offset (see the class remarks). Blocks the caller: run it between payments.
        /// </summary>
        /// <param name="timeoutMs">The longest wait in ms for the answer, at least 1 (a few seconds suit SNTP).</param>
        /// <returns>True when a synchronisation was observed; false when the wall time did not step by at least
        /// <see cref="SyncStepThresholdMs"/> in time (no answer, or a correction too small to see).</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is less than 1.</exception>
        public bool SyncNow(int timeoutMs)
        {
            if (timeoutMs < 1)
            {
                throw new ArgumentOutOfRangeException("timeoutMs");
            }

            bool wasTrusted = IsWallTimeTrusted;
            long before = WallAheadOfTicksMs();
            if (Sntp.IsStarted)
            {
                Sntp.UpdateNow();
            }
            else
            {
                Sntp.Start();
            }

            long deadline = Environment.TickCount64 + timeoutMs;
            while (true)
            {
                long step = WallAheadOfTicksMs() - before;
                if (step >= SyncStepThresholdMs || step <= -SyncStepThresholdMs)
                {
                    lock (_sync)
                    {
                        _syncCount++;
                        _lastSyncMonotonicMs = Environment.TickCount64;

                        // Setting an unset clock jumps decades from 1970: that is not a drift, and the contract says 0.
                        _lastOffsetMs = wasTrusted ? step : 0;
                    }

                    return true;
                }

                long left = deadline - Environment.TickCount64;
                if (left <= 0)
                {
                    return false;
                }

                Thread.Sleep(left < SyncPollMs ? (int)left : SyncPollMs);
            }
        }

        /// <summary>
        /// Waits until the wall time is trusted, for example before printing the first receipt after power-on.
        /// </summary>
        /// <param name="timeoutMs">The longest wait in ms, 0 or more.</param>
        /// <returns>True when the wall time is trusted (at once if it already is); false after the timeout.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is negative.</exception>
        public bool WaitForTrustedTime(int timeoutMs)
        {
            if (timeoutMs < 0)
            {
                throw new ArgumentOutOfRangeException("timeoutMs");
            }

            long deadline = Environment.TickCount64 + timeoutMs;
            while (!IsWallTimeTrusted)
            {
                long left = deadline - Environment.TickCount64;
                if (left <= 0)
                {
                    return false;
                }

                Thread.Sleep(left < TrustPollMs ? (int)left : TrustPollMs);
            }

            return true;
        }

        // The wall time in ms since 0001-01-01 minus the tick counter: constant while nothing sets the clock.
        private static long WallAheadOfTicksMs()
        {
            return DateTime.UtcNow.Ticks / TimeSpan.TicksPerMillisecond - Environment.TickCount64;
        }
    }
}
