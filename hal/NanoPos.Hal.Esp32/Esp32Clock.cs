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
    /// </remarks>
    public sealed class Esp32Clock : IClock
    {
        /// <summary>The first year that counts as a set (trusted) wall time.</summary>
        public const int MinimumTrustedYear = 2024;

        /// <summary>The first time server used when none is given.</summary>
        public const string DefaultServer1 = "0.pool.ntp.org";

        /// <summary>The second time server used when none is given.</summary>
        public const string DefaultServer2 = "1.pool.ntp.org";

        // How often WaitForTrustedTime looks at the clock, in ms: a sync lands within one SNTP round trip anyway.
        private const int TrustPollMs = 100;

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

        /// <summary>
        /// Starts SNTP with the given servers, or asks a running client for an update now. Call it once the network is
        /// up (after the link's first connection); the client then keeps the time in step by itself.
        /// </summary>
        /// <param name="server1">The first time server (host name or address); null for <see cref="DefaultServer1"/>.</param>
        /// <param name="server2">The second time server; null for <see cref="DefaultServer2"/>.</param>
        public void StartTimeSync(string server1, string server2)
        {
            Sntp.Server1 = server1 == null ? DefaultServer1 : server1;
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
    }
}
