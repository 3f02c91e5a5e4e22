namespace NanoPos.Terminal
{
    /// <summary>
    /// Restarts the terminal firmware, the way out of a fault the running firmware cannot repair itself: an engine call
    /// that threw (a journal write failed), or an idle loop that keeps failing. The next boot recovers the journal and
    /// sends any pending reversal, which is why a restart, not an error screen, is the answer.
    /// </summary>
    /// <remarks>
    /// <para>On the ESP32 it is an orderly reboot (<c>OrderlyReboot.Reboot</c>: the boot record notes the reboot as
    /// deliberate, then the device resets; it does not return). In the simulation it boots a new firmware over the same
    /// storage once the current step is over, so <see cref="Restart"/> returns there.</para>
    /// <para><see cref="PosTerminal"/> calls it once and does nothing more afterwards, whether or not it returns.</para>
    /// </remarks>
    public interface IRestarter
    {
        /// <summary>Restarts the firmware (on the device: now, without returning; in a simulation: after the current step).</summary>
        void Restart();
    }
}
