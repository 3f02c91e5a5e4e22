using System;
using NanoPos.Hal;

namespace NanoPos.Emulation
{
    /// <summary>
    /// What the terminal's own hardware suffers on QA's behalf: a dead key, a full flash, low memory. They outlive power
    /// cuts: each new boot's keypad, flash and device information meet them too.
    /// </summary>
    /// <remarks>Callers hold the machine's lock (<see cref="SimulatedMachine.Gate"/>).</remarks>
    internal sealed class DeviceConditions
    {
        private readonly SimulatedMachine _machine;
        private bool _flashFull;
        private bool _lowMemory;

        /// <param name="machine">The machine whose drivers suffer them.</param>
        internal DeviceConditions(SimulatedMachine machine)
        {
            _machine = machine;
        }

        /// <summary>Gets or sets the dead key, or <see cref="Key.None"/>; the caller checks it is a key.</summary>
        internal Key DeadKey { get; set; } = Key.None;

        /// <summary>
        /// Gets or sets the full flash: a record (<see cref="SelfTestFaults.FlashFillRecord"/>) takes the space until
        /// <see cref="SelfTestFaults.FlashFullFreeBytes"/> bytes are left; clearing deletes it.
        /// </summary>
        internal bool FlashFull
        {
            get => _flashFull;
            set
            {
                if (value == _flashFull)
                {
                    return;
                }

                IRecordStore store = _machine.Store;
                if (value)
                {
                    long fill = store.FreeBytes - SelfTestFaults.FlashFullFreeBytes;
                    if (fill > 0)
                    {
                        store.Write(SelfTestFaults.FlashFillRecord, new byte[fill], 0, (int)Math.Min(fill, int.MaxValue));
                    }
                }
                else
                {
                    store.Delete(SelfTestFaults.FlashFillRecord);
                }

                _flashFull = value;
            }
        }

        /// <summary>Gets or sets the low memory: the device reports <see cref="SelfTestFaults.LowMemoryBytes"/> bytes free instead of measuring.</summary>
        internal bool LowMemory
        {
            get => _lowMemory;
            set
            {
                _lowMemory = value;
                ApplyToDevice();
            }
        }

        /// <summary>Tells whether the keypad swallows <paramref name="key"/> (it is the dead key).</summary>
        internal bool IsDead(Key key) => key != Key.None && key == DeadKey;

        /// <summary>Gives the device information of the current boot the low-memory figure (each boot makes a new one).</summary>
        internal void ApplyToDevice()
        {
            if (_machine.DeviceInfo != null)
            {
                _machine.DeviceInfo.FreeMemoryOverride = _lowMemory ? SelfTestFaults.LowMemoryBytes : -1;
            }
        }
    }
}
