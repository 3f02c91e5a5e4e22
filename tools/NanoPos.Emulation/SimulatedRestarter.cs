using NanoPos.Terminal;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The firmware's restarter in the simulation: it notes the request, and <see cref="SimulatedTerminal"/> reboots the
    /// firmware over the same storage once the current action is over (as the device's orderly reboot does), so the
    /// call returns to the firmware, which does nothing more.
    /// </summary>
    internal sealed class SimulatedRestarter : IRestarter
    {
        /// <summary>Gets a value indicating whether the firmware asked for a restart.</summary>
        internal bool Requested { get; private set; }

        public void Restart()
        {
            Requested = true;
        }
    }
}
