namespace NanoPos.Hal
{
    /// <summary>
    /// What a clock knows about its synchronisation with a time server (SNTP on the device), for the technician's clock
    /// self-test and the health report.
    /// </summary>
    public interface ITimeSync
    {
        /// <summary>Gets the name of the time server (e.g. "0.pool.ntp.org"), or null when none is configured.</summary>
        string Server { get; }

        /// <summary>Gets how many synchronisations succeeded since boot.</summary>
        int SyncCount { get; }

        /// <summary>Gets the monotonic time (<see cref="IClock.MonotonicMs"/>) of the last successful synchronisation in
        /// ms, or -1 when there was none since boot.</summary>
        long LastSyncMonotonicMs { get; }

        /// <summary>
        /// Gets the correction the last synchronisation made, in ms: the server's time minus the clock's time just
        /// before it (positive: the clock was behind). 0 when there was none, and for the first synchronisation of a
        /// clock that was not set (the jump from power-on time is not a drift).
        /// </summary>
        long LastOffsetMs { get; }
    }
}
