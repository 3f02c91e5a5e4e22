using System;
using System.Diagnostics;

namespace NanoPos.Hal.Host
{
    /// <summary>
    /// The <see cref="IClock"/> of the desktop builds (emulator, host simulator, tools): the PC's UTC time and a
    /// <see cref="Stopwatch"/> for monotonic time. The PC's clock is kept by the operating system, so its wall
    /// time is always trusted.
    /// </summary>
    public sealed class SystemClock : IClock
    {
        private readonly Stopwatch _sinceStart = Stopwatch.StartNew();

        /// <summary>Gets the PC's current time in UTC.</summary>
        public DateTime UtcNow => DateTime.UtcNow;

        /// <summary>Gets the ms elapsed since this clock was created; unaffected by changes of the PC's time.</summary>
        public long MonotonicMs => _sinceStart.ElapsedMilliseconds;

        /// <summary>Gets true: the operating system keeps the PC's wall time synchronised.</summary>
        public bool IsWallTimeTrusted => true;
    }
}
