using System;
using System.Collections.Generic;
using NanoPos.Hal;
using NanoPos.Hal.Host;
using NanoPos.Hal.Simulated;
using NanoPos.Terminal;
using NanoPos.Transactions;

namespace NanoPos.Emulation
{
    /// <summary>
    /// One simulated machine: the drivers the firmware runs on (clock, flash, keypad, display), the firmware of the
    /// current boot with what it was handed (boot record, link factory, device info), what the run recorded, and the one
    /// lock of the whole <see cref="SimulatedTerminal"/>.
    /// </summary>
    /// <remarks>
    /// No member takes the lock: the pieces of the terminal (<see cref="TerminalPower"/>, <see cref="TerminalControls"/>,
    /// <see cref="SelfTestFaults"/>, <see cref="TerminalTls"/>, <see cref="TerminalViews"/>) take <see cref="Gate"/>
    /// before they touch anything here, so web requests, a time pump and the firmware's own steps never interleave.
    /// </remarks>
    internal sealed class SimulatedMachine
    {
        private readonly List<TimelineEntry> _timeline = new List<TimelineEntry>();

        /// <summary>Builds the drivers; nothing runs until the first boot.</summary>
        /// <param name="options">The set-up (its language changes with the controls).</param>
        internal SimulatedMachine(SimulatedTerminalOptions options)
        {
            Options = options;
            Manual = new ManualClock(options.StartUtc, true);
            Shared = options.Paced ? new SharedClock(Manual) : null;
            Store = options.StoreDirectory == null ? new InMemoryRecordStore() : new FileRecordStore(options.StoreDirectory);
            FirmwareStore = FaultyRecordStore.Over(Store);
            Display = new RecordingDisplay(128, 64, () => IsStorePoweredDown, () => Manual.MonotonicMs, shot => _timeline.Add(new TimelineEntry(shot, null)));
        }

        /// <summary>Gets the lock every piece of the terminal takes: one for the whole machine, as the firmware sees one input at a time.</summary>
        internal object Gate { get; } = new object();

        /// <summary>Gets the set-up; <see cref="SimulatedTerminalOptions.Language"/> follows the language control.</summary>
        internal SimulatedTerminalOptions Options { get; }

        /// <summary>Gets the machine's own clock: its monotonic time is what <see cref="SimulatedTerminal.Advance"/> moves.</summary>
        internal ManualClock Manual { get; }

        /// <summary>Gets the clock shared with the firmware's worker thread (paced mode), or null.</summary>
        internal SharedClock Shared { get; }

        /// <summary>Gets the clock the firmware and the host read: the shared one in the paced mode (the worker reads it under its lock).</summary>
        internal IClock Clock => Shared != null ? Shared : Manual;

        /// <summary>Gets the flash (RAM or files), with its power-cut and torn-write injection.</summary>
        internal IRecordStore Store { get; }

        /// <summary>Gets the flash as the firmware sees it: in front of <see cref="Store"/>, for the flash write failure fault.</summary>
        internal FaultyRecordStore FirmwareStore { get; }

        /// <summary>Gets the keypad the key presses go through.</summary>
        internal ScriptedKeypad Keypad { get; } = new ScriptedKeypad();

        /// <summary>Gets the panel, which records every frame shown into the timeline.</summary>
        internal RecordingDisplay Display { get; }

        /// <summary>Gets or sets the firmware of the current boot, or null (before the first, and between a stop and the next boot).</summary>
        internal PosTerminal Firmware { get; set; }

        /// <summary>Gets or sets the boot record of the current boot.</summary>
        internal BootRecord BootRecord { get; set; }

        /// <summary>Gets or sets the link factory handed to the firmware of the current boot (it knows the TLS link it made).</summary>
        internal FixedLinkFactory Links { get; set; }

        /// <summary>Gets or sets the device information of the current boot (the low-memory fault overrides its free memory).</summary>
        internal SimulatedDeviceInfo DeviceInfo { get; set; }

        /// <summary>Gets whether the flash has lost its power: an armed power cut fired, and the firmware that hit it is dead.</summary>
        internal bool IsStorePoweredDown => Store is InMemoryRecordStore m ? m.IsPoweredDown : ((FileRecordStore)Store).IsPoweredDown;

        /// <summary>Arms a power cut at the <paramref name="nthWrite"/>-th durable write from now (1: the next).</summary>
        internal void ArmStore(int nthWrite)
        {
            if (Store is InMemoryRecordStore memory)
            {
                memory.CutPowerAtWrite(nthWrite);
            }
            else
            {
                ((FileRecordStore)Store).CutPowerAtWrite(nthWrite);
            }
        }

        /// <summary>Disarms the flash's faults and gives it power again (a new boot).</summary>
        internal void ClearStoreFault()
        {
            if (Store is InMemoryRecordStore memory)
            {
                memory.ClearFault();
                memory.PowerUp();
            }
            else
            {
                var file = (FileRecordStore)Store;
                file.ClearFault();
                file.PowerUp();
            }
        }

        /// <summary>Changes the clock: through the shared clock in the paced mode, where the worker thread reads it under its lock.</summary>
        internal void UpdateClock(Action<ManualClock> change)
        {
            if (Shared != null)
            {
                Shared.Update(change);
            }
            else
            {
                change(Manual);
            }
        }

        /// <summary>Gets the engine when it may be read, or null.</summary>
        /// <returns>The engine of the current boot; null while an engine call runs (it is not thread-safe), while the
        /// flash is without power, or before the boot has built it.</returns>
        internal PaymentEngine ReadableEngine()
        {
            // The engine is not thread-safe: read it only while no engine call runs (always, in the synchronous mode).
            PaymentEngine engine = Firmware?.Engine;
            return engine == null || (Firmware.Runner != null && Firmware.Runner.IsBusy) || IsStorePoweredDown ? null : engine;
        }

        /// <summary>Records an event of the simulation ("power cut", "boot 2") between the frames.</summary>
        internal void Note(string text)
        {
            _timeline.Add(new TimelineEntry(null, text));
        }

        /// <summary>Takes what was recorded since the last call, oldest first.</summary>
        internal IReadOnlyList<TimelineEntry> TakeTimeline()
        {
            var taken = _timeline.ToArray();
            _timeline.Clear();
            return taken;
        }
    }
}
