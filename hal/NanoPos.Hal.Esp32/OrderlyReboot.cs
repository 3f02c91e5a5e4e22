using System;
using nanoFramework.Runtime.Native;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// Ties the <see cref="BootRecord"/> to the runtime's reboot path, so that a deliberate reboot is not counted as
    /// unexpected at the next boot.
    /// </summary>
    /// <remarks>
    /// <see cref="Install"/> subscribes to Power.OnRebootEvent, which the runtime raises from Power.RebootDevice
    /// before it resets, whoever calls it (this class, a firmware update, a menu). The handler clears the boot
    /// record's "running" flag: one small record write. Resets that do not pass through Power.RebootDevice (power
    /// cut, crash, watchdog, reset button, debugger or deployment) raise no event, so the flag stays set and the next
    /// boot counts them as unexpected, which is the point.
    /// </remarks>
    public static class OrderlyReboot
    {
        /// <summary>The time in ms the reboot handlers get by default before the runtime resets anyway.</summary>
        public const int DefaultHandlerTimeoutMs = 2000;

        private static BootRecord _record;
        private static bool _installed;

        /// <summary>
        /// Marks the boot record's run as ended in order whenever the device reboots through Power.RebootDevice.
        /// Call once at boot, after <see cref="BootRecord.Start"/>; a second call replaces the record.
        /// </summary>
        /// <param name="record">The boot record of this boot.</param>
        /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
        public static void Install(BootRecord record)
        {
            if (record == null)
            {
                throw new ArgumentNullException("record");
            }

            _record = record;
            if (!_installed)
            {
                Power.OnRebootEvent += OnReboot;
                _installed = true;
            }
        }

        /// <summary>
        /// Reboots the device in order: the handlers (this one included) run first, within
        /// <see cref="DefaultHandlerTimeoutMs"/>. Does not return.
        /// </summary>
        public static void Reboot()
        {
            Power.RebootDevice(DefaultHandlerTimeoutMs, RebootOption.NormalReboot);
        }

        private static void OnReboot()
        {
            BootRecord record = _record;
            if (record == null)
            {
                return;
            }

            try
            {
                record.MarkOrderlyShutdown();
            }
            catch (Exception)
            {
                // The flash write failed: the next boot counts this reboot as unexpected, the safe mistake.
            }
        }
    }
}
