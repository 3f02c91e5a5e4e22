using NanoPos.Hal.Simulated;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The time server the simulated terminal synchronises with, as the board's SNTP client does: at every boot and every
    /// simulated hour, unless the "clock not set" fault keeps the wall time untrusted.
    /// </summary>
    /// <remarks>Callers hold the machine's lock (<see cref="SimulatedMachine.Gate"/>).</remarks>
    internal sealed class SimulatedTimeServer
    {
        /// <summary>The server's name, as the clock self-test reports it.</summary>
        internal const string Name = "time.nanopos.test";

        /// <summary>How often the server is asked again, in ms of simulated time (1 hour, as the board's SNTP client).</summary>
        internal const long ResyncIntervalMs = 3_600_000;

        private readonly SimulatedMachine _machine;
        private bool _clockNotSet;

        /// <param name="machine">The machine whose clock is synchronised.</param>
        internal SimulatedTimeServer(SimulatedMachine machine)
        {
            _machine = machine;
        }

        /// <summary>
        /// Gets or sets the "clock not set" fault: setting it makes the wall time untrusted, and no synchronisation happens
        /// while it is set; clearing it synchronises at once.
        /// </summary>
        internal bool ClockNotSet
        {
            get => _clockNotSet;
            set
            {
                _clockNotSet = value;
                _machine.UpdateClock(c =>
                {
                    if (value)
                    {
                        c.SetWallTime(c.UtcNow, false);
                    }
                    else
                    {
                        c.Server ??= Name;
                        c.RecordSync(0);
                    }
                });
            }
        }

        /// <summary>At boot the board asks its time server (SNTP) before anything else, unless the clock fault keeps it unset.</summary>
        internal void SyncAtBoot()
        {
            if (!_clockNotSet)
            {
                _machine.UpdateClock(c =>
                {
                    c.Server ??= Name;
                    c.RecordSync(0);
                });
            }
        }

        /// <summary>Every <see cref="ResyncIntervalMs"/> of simulated time the time server is asked again (a day-long run stays synced).</summary>
        internal void KeepSynced()
        {
            ManualClock clock = _machine.Manual;
            if (!_clockNotSet && clock.LastSyncMonotonicMs >= 0 && clock.MonotonicMs - clock.LastSyncMonotonicMs >= ResyncIntervalMs)
            {
                _machine.UpdateClock(c => c.RecordSync(0));
            }
        }
    }
}
