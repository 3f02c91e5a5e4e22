using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using NanoPos.Hal;
using NanoPos.Hal.Host;
using NanoPos.Hal.Simulated;
using NanoPos.Terminal;
using NanoPos.Ui;

namespace NanoPos.Emulation
{
    /// <summary>Boots, power cuts and what the run recorded.</summary>
    public sealed partial class SimulatedTerminal
    {
        // Set when a worker thread did not stop: the simulation refuses every further action (see Break).
        private string _broken;

        // The restarter handed to the firmware of the current boot.
        private SimulatedRestarter _restarter;

        /// <summary>
        /// Cuts the power now and boots a new firmware over the same storage (the host keeps running). In the paced
        /// mode an engine call in flight stops where it is: at its next durable write, or in its wait for the host.
        /// </summary>
        /// <exception cref="InvalidOperationException">The firmware's worker thread did not stop within
        /// <see cref="SimulatedTerminalOptions.WorkerTimeoutMs"/>: no second firmware is booted, and the simulation stays
        /// broken (every later action throws too).</exception>
        public void CutPower()
        {
            lock (_gate)
            {
                EnsureBooted();
                if (_shared != null && _firmware.Runner != null && _firmware.Runner.IsBusy)
                {
                    // The worker dies at whichever comes first: its next durable write, or its wait for the host.
                    ArmStore(1);
                    _shared.CutPower();
                    if (!WaitIdle())
                    {
                        Break("the firmware's engine call did not end within " + _options.WorkerTimeoutMs + " ms of the power cut");
                    }
                }

                Note("power cut");
                Restart(false);
            }
        }

        /// <summary>
        /// Arms a power cut at the <paramref name="nthWrite"/>-th durable write from now (1: the next): the action that
        /// makes it stops there, mid-write, and the firmware boots again over the same storage.
        /// </summary>
        /// <param name="nthWrite">Which write, 1 or more.</param>
        public void ArmPowerCut(int nthWrite)
        {
            if (nthWrite < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(nthWrite));
            }

            lock (_gate)
            {
                ArmStore(nthWrite);
                Note("power cut armed at durable write " + nthWrite + " from now");
            }
        }

        /// <summary>Restarts in order: the boot record notes an orderly shutdown, then a new firmware boots.</summary>
        /// <exception cref="InvalidOperationException">An engine call is still running (paced mode: it waits for simulated
        /// time; let time pass, or cut the power instead); nothing changed. Or the worker did not stop (see
        /// <see cref="CutPower"/>).</exception>
        public void Reboot()
        {
            lock (_gate)
            {
                EnsureBooted();
                if (!WaitIdle())
                {
                    throw new InvalidOperationException("An engine call is still running: an orderly reboot waits for it. Let simulated time pass, or cut the power.");
                }

                Guarded(() => _bootRecord.MarkOrderlyShutdown());
                Note("reboot");
                Restart(true);
            }
        }

        /// <summary>
        /// Gets what was recorded since the last call, oldest first: every frame the firmware drew, and the events of the
        /// simulation ("power cut", "boot 2", "network down") between them.
        /// </summary>
        /// <returns>The entries.</returns>
        public IReadOnlyList<TimelineEntry> TakeTimeline()
        {
            lock (_gate)
            {
                var taken = _timeline.ToArray();
                _timeline.Clear();
                return taken;
            }
        }

        /// <summary>Stops the firmware's worker thread (paced mode).</summary>
        public void Dispose()
        {
            lock (_gate)
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

        private void EnsureBooted()
        {
            ThrowIfBroken();
            if (_firmware == null)
            {
                Boot();
            }
        }

        private void ThrowIfBroken()
        {
            if (_broken != null)
            {
                throw new InvalidOperationException(_broken);
            }
        }

        /// <summary>
        /// Stops the simulation for good: a firmware whose worker thread did not stop may still be writing the journal, so
        /// no other firmware may boot over the same storage. This action and every later one throw.
        /// </summary>
        private void Break(string reason)
        {
            _broken = "The simulation stopped: " + reason + ". A second firmware is not booted over the same storage while the old one may still be running (two engines would write one journal).";
            Note("simulation stopped: " + reason);
            throw new InvalidOperationException(_broken);
        }

        private void StartFirmware()
        {
            _boots++;
            Host.Boot = _boots;
            _display.Boot = _boots;
            _link = CreateLink();
            if (_options.WrapLink != null)
            {
                _link = _options.WrapLink(_link);
            }

            _links = new FixedLinkFactory(_link, _firmwareStore, Clock);
            _restarter = new SimulatedRestarter();
            Note("boot " + _boots);
            try
            {
                _bootRecord = BootRecord.Start(_store);
                SyncClockAtBoot();
                _deviceInfo = new SimulatedDeviceInfo(_bootRecord, Clock);
                ApplyDeviceFaults();
                var firmware = new PosTerminal(_keypad, _display, _firmwareStore, Clock, _deviceInfo, _links, _restarter);
                firmware.UseWorkerThread = _shared != null;
                _firmware = firmware;
                _display.Ui = firmware.Ui;
                firmware.Boot();
                Settle();
            }
            catch (PowerCutException)
            {
                // Cut during the boot itself (boot record, recovery, sign-on): AfterAction boots again.
            }

            AfterAction();
        }

        private INetworkLink CreateLink()
        {
            if (_shared != null)
            {
                var paced = new PacedLink(_shared, new ManualClock(_options.StartUtc, true), HostEndpoint);
                _memoryLink = paced.Inner;
                ApplyLinkFaults();
                return paced;
            }

            _memoryLink = new InMemoryLink(_clock, HostEndpoint);
            ApplyLinkFaults();
            return _memoryLink;
        }

        private void Restart(bool orderly)
        {
            StopFirmware();
            ClearStoreFault();

            // Like the store's own armed faults, an armed flash write failure does not outlive the firmware that met it.
            _firmwareStore.FailNextWrite = false;
            _shared?.PowerUp();
            if (!orderly)
            {
                _display.Blank();
            }

            StartFirmware();
        }

        private void StopFirmware()
        {
            if (_firmware?.Runner is ThreadedTransactionRunner threaded)
            {
                _shared?.CutPower();
                threaded.Dispose();
                if (!threaded.WaitForStop(_options.WorkerTimeoutMs))
                {
                    Break("the firmware's worker thread did not stop within " + _options.WorkerTimeoutMs + " ms");
                }
            }

            // The device's TCP connection dies with it (and its TLS session: the client's reading thread ends).
            _links?.TlsLink?.Disconnect();
            _memoryLink?.Disconnect();
            _keypad.Clear();
            _display.Ui = null;
            _firmware = null;
        }

        /// <summary>
        /// After every action: a firmware that hit an armed power cut is dead, and one that asked its restarter to restart
        /// (an engine call failed) reboots in order, as the device's orderly reboot does; either way a new one boots over
        /// the same storage.
        /// </summary>
        private void AfterAction()
        {
            for (int guard = 0; guard < 10 && (IsStorePoweredDown || (_restarter != null && _restarter.Requested)); guard++)
            {
                if (IsStorePoweredDown)
                {
                    if (_shared != null)
                    {
                        _shared.CutPower();
                        if (!WaitIdle())
                        {
                            Break("the firmware's engine call did not end within " + _options.WorkerTimeoutMs + " ms of the power cut");
                        }
                    }

                    Note("power cut at a durable write");
                    Restart(false);
                    continue;
                }

                // OrderlyReboot on the device: the reboot handler clears the boot record's "running" flag (a failed write
                // there only makes the next boot count this one as unexpected).
                try
                {
                    _bootRecord?.MarkOrderlyShutdown();
                }
                catch (Exception e) when (e is System.IO.IOException || e is PowerCutException)
                {
                }

                Note("restart by the firmware");
                Restart(true);
            }
        }

        /// <summary>Paced mode: lets the worker run until it is done or waits for simulated time, collecting each step.</summary>
        private void Settle()
        {
            if (_shared == null || _firmware == null)
            {
                return;
            }

            for (int turn = 0; turn < 100; turn++)
            {
                WaitQuiet();
                Guarded(() => _firmware.Step(0));
                if (_firmware == null || IsStorePoweredDown || !_firmware.Ui.IsBusy || _shared.WorkerWaiting)
                {
                    return;
                }
            }
        }

        /// <summary>Paced mode: waits until the worker is done or blocked waiting for simulated time (so runs are repeatable).</summary>
        private void WaitQuiet()
        {
            var watch = Stopwatch.StartNew();
            while (_firmware?.Runner != null && _firmware.Runner.IsBusy && !_shared.WorkerWaiting && !IsStorePoweredDown)
            {
                if (watch.ElapsedMilliseconds > _options.WorkerTimeoutMs)
                {
                    throw new TimeoutException("The firmware's engine call neither finished nor waited for the host within " + _options.WorkerTimeoutMs + " ms.");
                }

                Thread.Sleep(1);
            }
        }

        /// <summary>Waits until no engine call runs, at most <see cref="SimulatedTerminalOptions.WorkerTimeoutMs"/> (paced mode; a wait
        /// for simulated time ends only on a power cut).</summary>
        /// <returns>True when no call runs; false when one still does.</returns>
        private bool WaitIdle()
        {
            var watch = Stopwatch.StartNew();
            while (_firmware?.Runner != null && _firmware.Runner.IsBusy)
            {
                if (watch.ElapsedMilliseconds >= _options.WorkerTimeoutMs || (_shared != null && _shared.WorkerWaiting && !_shared.IsCut))
                {
                    return false;
                }

                Thread.Sleep(1);
            }

            return true;
        }

        private void Guarded(Action action)
        {
            try
            {
                action();
            }
            catch (PowerCutException)
            {
                // The firmware stopped mid-write; AfterAction boots the next one.
            }
        }

        private void ArmStore(int nthWrite)
        {
            if (_store is InMemoryRecordStore memory)
            {
                memory.CutPowerAtWrite(nthWrite);
            }
            else
            {
                ((FileRecordStore)_store).CutPowerAtWrite(nthWrite);
            }
        }

        private void ClearStoreFault()
        {
            if (_store is InMemoryRecordStore memory)
            {
                memory.ClearFault();
                memory.PowerUp();
            }
            else
            {
                var file = (FileRecordStore)_store;
                file.ClearFault();
                file.PowerUp();
            }
        }

        private void Note(string text)
        {
            _timeline.Add(new TimelineEntry(null, text));
        }
    }
}
