using System;
using System.Diagnostics;
using System.Threading;
using NanoPos.Hal.Simulated;

namespace NanoPos.Emulation
{
    /// <summary>
    /// Keeps the paced mode repeatable: after every action the firmware's worker thread is let run until it is done or
    /// waits for simulated time, and a power cut mid-write stops the action rather than the caller. In the synchronous
    /// mode there is no worker, and only <see cref="Guarded"/> does anything.
    /// </summary>
    /// <remarks>Callers hold the machine's lock (<see cref="SimulatedMachine.Gate"/>).</remarks>
    internal sealed class WorkerPacing
    {
        private readonly SimulatedMachine _machine;

        /// <param name="machine">The machine whose firmware is paced.</param>
        internal WorkerPacing(SimulatedMachine machine)
        {
            _machine = machine;
        }

        /// <summary>Runs a firmware step; a power cut mid-write ends it quietly (<see cref="TerminalPower.AfterAction"/> boots the next firmware).</summary>
        internal static void Guarded(Action action)
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

        /// <summary>Paced mode: lets the worker run until it is done or waits for simulated time, collecting each step.</summary>
        internal void Settle()
        {
            if (_machine.Shared == null || _machine.Firmware == null)
            {
                return;
            }

            for (int turn = 0; turn < 100; turn++)
            {
                WaitQuiet();
                Guarded(() => _machine.Firmware.Step(0));
                if (_machine.Firmware == null || _machine.IsStorePoweredDown || !_machine.Firmware.Ui.IsBusy || _machine.Shared.WorkerWaiting)
                {
                    return;
                }
            }
        }

        /// <summary>Paced mode: waits until the worker is done or blocked waiting for simulated time (so runs are repeatable).</summary>
        /// <exception cref="TimeoutException">The worker did neither within <see cref="SimulatedTerminalOptions.WorkerTimeoutMs"/> of real time.</exception>
        internal void WaitQuiet()
        {
            var watch = Stopwatch.StartNew();
            while (_machine.Firmware?.Runner != null && _machine.Firmware.Runner.IsBusy && !_machine.Shared.WorkerWaiting && !_machine.IsStorePoweredDown)
            {
                if (watch.ElapsedMilliseconds > _machine.Options.WorkerTimeoutMs)
                {
                    throw new TimeoutException("The firmware's engine call neither finished nor waited for the host within " + _machine.Options.WorkerTimeoutMs + " ms.");
                }

                Thread.Sleep(1);
            }
        }

        /// <summary>Waits until no engine call runs, at most <see cref="SimulatedTerminalOptions.WorkerTimeoutMs"/> (paced mode; a wait
        /// for simulated time ends only on a power cut).</summary>
        /// <returns>True when no call runs; false when one still does.</returns>
        internal bool WaitIdle()
        {
            var watch = Stopwatch.StartNew();
            while (_machine.Firmware?.Runner != null && _machine.Firmware.Runner.IsBusy)
            {
                SharedClock shared = _machine.Shared;
                if (watch.ElapsedMilliseconds >= _machine.Options.WorkerTimeoutMs || (shared != null && shared.WorkerWaiting && !shared.IsCut))
                {
                    return false;
                }

                Thread.Sleep(1);
            }

            return true;
        }
    }
}
