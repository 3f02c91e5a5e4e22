using System;
using System.Collections.Generic;

namespace NanoPos.HostSim
{
    /// <summary>Everything <see cref="HostSimulator.Start"/> needs; every property has a usable default.</summary>
    public sealed class HostSimOptions
    {
        /// <summary>Gets or sets the TCP port (0: an ephemeral port; read <see cref="HostSimulator.Port"/>).</summary>
        public int Port { get; set; }

        /// <summary>Gets or sets the seed of authorization codes, fault probabilities and corrupted byte positions (null: the plan's seed, or 0).</summary>
        public int? Seed { get; set; }

        /// <summary>Gets or sets the fault plan to start with (null: no faults, maintenance off).</summary>
        public FaultPlan Faults { get; set; }

        /// <summary>
        /// Gets or sets the ledger file, an append-only log (see <see cref="LedgerFileWriter"/>): replayed at start when it
        /// exists (a whole-JSON ledger of version 1 is converted), then one line appended per decided request, fsynced
        /// before the answer leaves (null: memory only).
        /// </summary>
        public string LedgerPath { get; set; }

        /// <summary>Gets or sets the card numbers declined with 14.</summary>
        public IList<string> BlockedPans { get; set; } = new List<string>();

        /// <summary>Gets or sets the clock (null: the system clock).</summary>
        public TimeProvider Time { get; set; }

        /// <summary>Gets or sets the TCP options (address, limits, timeouts); its port is replaced by <see cref="Port"/>.</summary>
        public HostServerOptions Server { get; set; } = new HostServerOptions();
    }
}
