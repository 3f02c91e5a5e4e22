using System;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.HostSim;
using NanoPos.Transactions;

namespace NanoPos.Torture
{
    /// <summary>
    /// The terminal under test: its flash survives power cuts and reboots, everything else (clock, link, engine) is
    /// new at each boot, as on the board. Wall time runs on across reboots; monotonic time starts again at 0.
    /// </summary>
    internal sealed class Device
    {
        /// <summary>The wall time of the first boot: 10:00 in China (UTC+8), far from midnight.</summary>
        internal static readonly DateTime FirstBootUtc = new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);

        /// <summary>How long a reboot takes, in simulated ms.</summary>
        internal const long RebootMs = 3000;

        /// <summary>The device key of the terminal under test (fixed: the campaign is reproducible).</summary>
        internal static readonly byte[] DeviceKey = new byte[]
        {
            0x3C, 0x91, 0x5E, 0x07, 0xA2, 0x68, 0xD4, 0x1B, 0x7F, 0xE0, 0x45, 0x9A, 0x23, 0xC6, 0x8D, 0x50,
        };

        private readonly EngineOptions _options;
        private readonly SimulatedAcquirer _host;
        private DateTime _wallUtc = FirstBootUtc;

        internal Device(EngineOptions options, SimulatedAcquirer host, Func<IRecordStore, IRecordStore> decorate)
        {
            _options = options;
            _host = host;
            Flash = new InMemoryRecordStore();
            WriteLog = new WriteLogStore(Flash);
            Fillable = new FillableStore(WriteLog);
            Store = decorate == null ? Fillable : decorate(Fillable);

            // Provisioned before the campaign: the TMK the acquirer holds, installed wrapped on the flash. Each flow
            // signs on for its working keys, so key records are written (and cut) inside the flows.
            string refused = new KeyRing(Flash, DeviceKey, 0).InstallMasterKey(host.MasterKey, 0, 1, host.MasterKeyCheckValue, 0);
            if (refused != null)
            {
                throw new InvalidOperationException(refused);
            }

            // The campaign counts (and cuts) the flows' writes only: provisioning happened before the terminal shipped.
            Flash.ResetCounters();
        }

        /// <summary>Gets the simulated flash (faults are armed here).</summary>
        internal InMemoryRecordStore Flash { get; }

        /// <summary>Gets the log of durable writes that completed.</summary>
        internal WriteLogStore WriteLog { get; }

        /// <summary>Gets the store that can run full (in front of the write log).</summary>
        internal FillableStore Fillable { get; }

        /// <summary>Gets the store the engine writes to (the fillable store, possibly behind a test's decorator).</summary>
        internal IRecordStore Store { get; }

        /// <summary>Gets the clock of the current boot.</summary>
        internal ManualClock Clock { get; private set; }

        /// <summary>Gets the link of the current boot.</summary>
        internal InMemoryLink Link { get; private set; }

        /// <summary>Gets the link as the engine sees it (with the "error after the whole frame left" fault).</summary>
        internal ReportingLink EngineLink { get; private set; }

        /// <summary>Gets the engine of the current boot.</summary>
        internal PaymentEngine Engine { get; private set; }

        /// <summary>Gets the number of boots so far.</summary>
        internal int Boots { get; private set; }

        /// <summary>Gets the simulated wall time now (UTC).</summary>
        internal DateTime UtcNow => Clock == null ? _wallUtc : Clock.UtcNow;

        /// <summary>Gets the engine options.</summary>
        internal EngineOptions Options => _options;

        /// <summary>
        /// Boots: new clock, link and engine over the same flash, then <see cref="PaymentEngine.Start"/> (recovery and
        /// the reversal flush). May throw <see cref="PowerCutException"/> when a cut is armed.
        /// </summary>
        internal void Boot()
        {
            NewEngine();
            Engine.Start();
        }

        /// <summary>Builds a new engine over the flash without starting it (an audit boot reads the journal only).</summary>
        internal void NewEngine()
        {
            if (Clock != null)
            {
                _wallUtc = Clock.UtcNow.AddMilliseconds(RebootMs);
            }

            Clock = new ManualClock(_wallUtc, true);
            Link = new InMemoryLink(Clock, _host);
            EngineLink = new ReportingLink(Link);
            Engine = new PaymentEngine(_options, Store, EngineLink, Clock, new KeyRing(Store, DeviceKey, 0));
            Boots++;
            _host.Boot = Boots;
        }

        /// <summary>After a cut: the fault is disarmed and power comes back (the records stay as the cut left them).</summary>
        internal void PowerUp()
        {
            Flash.ClearFault();
            Flash.PowerUp();
        }
    }
}
