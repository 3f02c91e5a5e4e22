using System;
using NanoPos.Ui.Messages;

namespace NanoPos.Emulation
{
    /// <summary>How a <see cref="SimulatedTerminal"/> is set up.</summary>
    public sealed class SimulatedTerminalOptions
    {
        /// <summary>The simulated wall time at power-on: 2026-11-22 02:00 UTC (10:00 in China).</summary>
        public static readonly DateTime DefaultStartUtc = new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);

        /// <summary>Gets or sets the language written into the configuration at provisioning (default English).</summary>
        public Language Language { get; set; } = Language.English;

        /// <summary>Gets or sets whether a missing configuration is provisioned with <see cref="DemoConfig"/> at <see cref="SimulatedTerminal.Boot"/> (default true).</summary>
        public bool Provision { get; set; } = true;

        /// <summary>Gets or sets a folder for a <see cref="NanoPos.Hal.Host.FileRecordStore"/> (the journal survives the process), or null for RAM (default).</summary>
        public string StoreDirectory { get; set; }

        /// <summary>
        /// Gets or sets the paced mode: engine calls run on the firmware's worker thread and a host delay or timeout lasts
        /// as long as <see cref="SimulatedTerminal.Advance"/> lets simulated time pass, so the processing countdown runs
        /// (the emulator). Off (default): every engine call finishes inside the key press, deterministic (scripts, tests).
        /// </summary>
        public bool Paced { get; set; }

        /// <summary>Gets or sets the wall time at power-on (UTC).</summary>
        public DateTime StartUtc { get; set; } = DefaultStartUtc;

        /// <summary>Gets or sets the host's seed (authorization codes): the same seed and keys give the same screens.</summary>
        public int Seed { get; set; } = 1;

        /// <summary>Gets or sets the simulated time one <see cref="SimulatedTerminal.Advance"/> step lets pass before the idle loop turns, in ms (default 100).</summary>
        public int StepMs { get; set; } = 100;

        /// <summary>
        /// Gets or sets how long, in real ms, the paced mode waits for the firmware's worker thread to end its engine call
        /// or to stop after a power cut or restart (default 10 000). A worker that has not stopped by then means the
        /// simulation is broken: no second firmware is booted over the same storage (two engines would write one journal),
        /// and every further action throws <see cref="InvalidOperationException"/>.
        /// </summary>
        public int WorkerTimeoutMs { get; set; } = 10000;

        /// <summary>
        /// Gets or sets whether the terminal and the host talk TLS (default true): the demo configuration says
        /// host.tls=on and the record "ca" pins the CA of <see cref="TlsAuthority"/>, and the host terminates TLS in front
        /// of the acquirer. Off: host.tls=off and a plaintext host, as before TLS (for comparisons).
        /// </summary>
        public bool Tls { get; set; } = true;

        /// <summary>Gets or sets the authority the host presents and provisioning pins, or null for the process's own
        /// (<see cref="SimulatedTls.SharedAuthority"/>). The caller keeps ownership.</summary>
        public NanoPos.HostSim.TlsAuthority TlsAuthority { get; set; }

        /// <summary>
        /// Gets or sets a wrapper of the firmware's link at each boot, or null (tests: a link that blocks the worker, a
        /// wire tap). It wraps the link that carries the bytes: under TLS when TLS is on, so it sees ciphertext.
        /// </summary>
        internal Func<NanoPos.Hal.INetworkLink, NanoPos.Hal.INetworkLink> WrapLink { get; set; }
    }
}
