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

        /// <summary>Gets or sets the PINs of particular cards, by full card number (every other card's PIN is <see cref="DecisionRules.DefaultPin"/>).</summary>
        public IDictionary<string, string> CardPins { get; set; } = new Dictionary<string, string>();

        /// <summary>
        /// Gets or sets the terminal master key every sign-on's working keys are encrypted under (16 bytes; null, the
        /// default: <see cref="HostSecurity.DemoMasterKeyHex"/>). Change it at run time through <see cref="HostSimulator.Security"/>.
        /// </summary>
        public byte[] MasterKey { get; set; }

        /// <summary>
        /// Gets or sets whether every request but a sign-on must carry a MAC (field 64); one without it is answered A0.
        /// Default true, as at a real acquirer. False (<c>--mac-optional</c>) is for a terminal that sends no MAC: a
        /// request without field 64 is then decided without one, while a request that carries it is still verified.
        /// </summary>
        public bool RequireMac { get; set; } = true;

        /// <summary>
        /// Gets or sets whether to serve TLS 1.2/1.3 instead of plain TCP, with a certificate authority made at start
        /// (<see cref="HostSimulator.Tls"/>: pin its <see cref="TlsAuthority.AuthorityPem"/> on the terminal).
        /// </summary>
        public bool Tls { get; set; }

        /// <summary>Gets or sets the DNS name in the TLS server certificate (null: <see cref="TlsAuthority.DefaultServerName"/>).</summary>
        public string TlsServerName { get; set; }

        /// <summary>Gets or sets the clock (null: the system clock).</summary>
        public TimeProvider Time { get; set; }

        /// <summary>Gets or sets the TCP options (address, limits, timeouts); its port is replaced by <see cref="Port"/>.</summary>
        public HostServerOptions Server { get; set; } = new HostServerOptions();
    }
}
