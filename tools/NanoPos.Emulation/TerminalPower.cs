using System;
using System.Text;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Terminal;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The power of a <see cref="SimulatedTerminal"/>: provisioning, boots, power cuts (now or at a durable write), orderly
    /// reboots and the firmware's own restarts. Each boot composes a new firmware (<see cref="PosTerminal"/>) on the same
    /// drivers and storage, as the board boots a new image over the same flash; the host keeps running.
    /// </summary>
    /// <remarks>Every member takes the terminal's one lock; what happens is noted in the timeline ("power cut", "boot 2").</remarks>
    public sealed class TerminalPower
    {
        private readonly SimulatedMachine _machine;
        private readonly WorkerPacing _pacing;
        private readonly FirmwareComposition _composition;
        private readonly TlsHostEndpoint _hostTls;

        // Set when a worker thread did not stop: the simulation refuses every further action (see Break).
        private string _broken;

        internal TerminalPower(SimulatedMachine machine, WorkerPacing pacing, FirmwareComposition composition, TlsHostEndpoint hostTls)
        {
            _machine = machine;
            _pacing = pacing;
            _composition = composition;
            _hostTls = hostTls;
        }

        /// <summary>Gets the firmware of the current boot, or null before the first.</summary>
        public PosTerminal Firmware
        {
            get
            {
                lock (_machine.Gate)
                {
                    return _machine.Firmware;
                }
            }
        }

        /// <summary>Gets the number of boots so far (1 after the first).</summary>
        public int Boots
        {
            get
            {
                lock (_machine.Gate)
                {
                    return _composition.Boots;
                }
            }
        }

        /// <summary>Powers the terminal on: provisions the demo configuration if none is stored (and the options ask for it), then boots; nothing when it runs already.</summary>
        public void Boot()
        {
            lock (_machine.Gate)
            {
                if (_machine.Firmware != null)
                {
                    return;
                }

                if (_machine.Options.Provision)
                {
                    Provision();
                }

                StartFirmware();
            }
        }

        /// <summary>
        /// Writes the demo configuration (<see cref="DemoConfig"/>, in the options' language) when the store has none, and
        /// with TLS the host's CA certificate into the record "ca" when the store has none (a CA provisioned before, right
        /// or wrong, stays: what a board holds is what it pins); no boot.
        /// </summary>
        public void Provision()
        {
            lock (_machine.Gate)
            {
                IRecordStore store = _machine.Store;
                if (!store.Exists(TerminalConfig.RecordName))
                {
                    byte[] text = Encoding.UTF8.GetBytes(DemoConfig.Text(_machine.Options.Language, _machine.Options.Tls));
                    store.Write(TerminalConfig.RecordName, text, 0, text.Length);
                }

                if (_hostTls != null && !store.Exists(SimulatedTls.CaRecordName))
                {
                    SimulatedTls.WriteCaRecord(store, _hostTls.Authority);
                }
            }
        }

        /// <summary>
        /// Cuts the power now and boots a new firmware over the same storage (the host keeps running). In the paced mode an
        /// engine call in flight stops where it is: at its next durable write, or in its wait for the host.
        /// </summary>
        /// <exception cref="InvalidOperationException">The firmware's worker thread did not stop within
        /// <see cref="SimulatedTerminalOptions.WorkerTimeoutMs"/>: no second firmware is booted, and the simulation stays
        /// broken (every later action throws too).</exception>
        public void Cut()
        {
            lock (_machine.Gate)
            {
                EnsureBooted();
                PosTerminal firmware = _machine.Firmware;
                if (_machine.Shared != null && firmware.Runner != null && firmware.Runner.IsBusy)
                {
                    // The worker dies at whichever comes first: its next durable write, or its wait for the host.
                    _machine.ArmStore(1);
                    _machine.Shared.CutPower();
                    if (!_pacing.WaitIdle())
                    {
                        Break("the firmware's engine call did not end within " + _machine.Options.WorkerTimeoutMs + " ms of the power cut");
                    }
                }

                _machine.Note("power cut");
                Restart(false);
            }
        }

        /// <summary>
        /// Arms a power cut at the <paramref name="nthWrite"/>-th durable write from now (1: the next): the action that
        /// makes it stops there, mid-write, and the firmware boots again over the same storage.
        /// </summary>
        /// <param name="nthWrite">Which write, 1 or more.</param>
        public void ArmCut(int nthWrite)
        {
            if (nthWrite < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(nthWrite));
            }

            lock (_machine.Gate)
            {
                _machine.ArmStore(nthWrite);
                _machine.Note("power cut armed at durable write " + nthWrite + " from now");
            }
        }

        /// <summary>Restarts in order: the boot record notes an orderly shutdown, then a new firmware boots.</summary>
        /// <exception cref="InvalidOperationException">An engine call is still running (paced mode: it waits for simulated
        /// time; let time pass, or cut the power instead); nothing changed. Or the worker did not stop (see
        /// <see cref="Cut"/>).</exception>
        public void Reboot()
        {
            lock (_machine.Gate)
            {
                EnsureBooted();
                if (!_pacing.WaitIdle())
                {
                    throw new InvalidOperationException("An engine call is still running: an orderly reboot waits for it. Let simulated time pass, or cut the power.");
                }

                WorkerPacing.Guarded(() => _machine.BootRecord.MarkOrderlyShutdown());
                _machine.Note("reboot");
                Restart(true);
            }
        }

        /// <summary>Boots when nothing runs yet (the first key boots too); the caller holds the lock.</summary>
        /// <exception cref="InvalidOperationException">The simulation is broken (see <see cref="Cut"/>).</exception>
        internal void EnsureBooted()
        {
            if (_broken != null)
            {
                throw new InvalidOperationException(_broken);
            }

            if (_machine.Firmware == null)
            {
                Boot();
            }
        }

        /// <summary>
        /// After every action: a firmware that hit an armed power cut is dead, and one that asked its restarter to restart
        /// (an engine call failed) reboots in order, as the device's orderly reboot does; either way a new one boots over
        /// the same storage. The caller holds the lock.
        /// </summary>
        internal void AfterAction()
        {
            for (int guard = 0; guard < 10 && (_machine.IsStorePoweredDown || _composition.RestartRequested); guard++)
            {
                if (_machine.IsStorePoweredDown)
                {
                    if (_machine.Shared != null)
                    {
                        _machine.Shared.CutPower();
                        if (!_pacing.WaitIdle())
                        {
                            Break("the firmware's engine call did not end within " + _machine.Options.WorkerTimeoutMs + " ms of the power cut");
                        }
                    }

                    _machine.Note("power cut at a durable write");
                    Restart(false);
                    continue;
                }

                // OrderlyReboot on the device: the reboot handler clears the boot record's "running" flag (a failed write
                // there only makes the next boot count this one as unexpected).
                try
                {
                    _machine.BootRecord?.MarkOrderlyShutdown();
                }
                catch (Exception e) when (e is System.IO.IOException || e is PowerCutException)
                {
                }

                _machine.Note("restart by the firmware");
                Restart(true);
            }
        }

        /// <summary>Stops the firmware for good (the terminal is disposed); a worker that does not stop is already reported.</summary>
        internal void Shutdown()
        {
            lock (_machine.Gate)
            {
                try
                {
                    StopFirmware();
                }
                catch (InvalidOperationException)
                {
                    // A worker that does not stop is already reported (Break); disposing must not throw.
                }
            }
        }

        /// <summary>
        /// Stops the simulation for good: a firmware whose worker thread did not stop may still be writing the journal, so
        /// no other firmware may boot over the same storage. This action and every later one throw.
        /// </summary>
        private void Break(string reason)
        {
            _broken = "The simulation stopped: " + reason + ". A second firmware is not booted over the same storage while the old one may still be running (two engines would write one journal).";
            _machine.Note("simulation stopped: " + reason);
            throw new InvalidOperationException(_broken);
        }

        /// <summary>Boots a new firmware, then deals with whatever stopped it on its way up.</summary>
        private void StartFirmware()
        {
            _composition.Start();
            AfterAction();
        }

        private void Restart(bool orderly)
        {
            StopFirmware();
            _machine.ClearStoreFault();

            // Like the store's own armed faults, an armed flash write failure does not outlive the firmware that met it.
            _machine.FirmwareStore.FailNextWrite = false;
            _machine.Shared?.PowerUp();
            if (!orderly)
            {
                _machine.Display.Blank();
            }

            StartFirmware();
        }

        private void StopFirmware()
        {
            if (!_composition.Stop())
            {
                Break("the firmware's worker thread did not stop within " + _machine.Options.WorkerTimeoutMs + " ms");
            }
        }
    }
}
