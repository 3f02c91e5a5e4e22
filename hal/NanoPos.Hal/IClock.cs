using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// Time for the firmware: wall time for receipts and the host, and a monotonic millisecond counter for
    /// timeouts and durations.
    /// </summary>
    public interface IClock
    {
        /// <summary>
        /// Gets the current wall time in UTC. It can jump (time sync) and is wrong until
        /// <see cref="IsWallTimeTrusted"/> is true, so never measure durations with it.
        /// </summary>
        DateTime UtcNow { get; }

        /// <summary>
        /// Gets the milliseconds elapsed since an arbitrary origin (boot on the device). It never goes
        /// backwards and is not affected by changes of the wall time: use it for timeouts and deadlines.
        /// </summary>
        long MonotonicMs { get; }

        /// <summary>
        /// Gets a value indicating whether <see cref="UtcNow"/> has been set from a trustworthy source, so it may
        /// be printed on receipts and sent to the host as transaction time.
        /// </summary>
        bool IsWallTimeTrusted { get; }
    }
}
