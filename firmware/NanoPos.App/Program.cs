using System.Diagnostics;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Hal.Esp32;
using NanoPos.Terminal;

namespace NanoPos.App
{
    /// <summary>
    /// The entry point of the terminal firmware on the ESP32: the composition root, the only place that picks
    /// concrete drivers.
    /// </summary>
    public static class Program
    {
        /// <summary>
        /// Wires the reference board's drivers into <see cref="PosTerminal"/>, boots it (configuration, journal
        /// recovery and reversal flush, sign-on) and runs its idle loop forever.
        /// </summary>
        public static void Main()
        {
            BoardConfiguration board = BoardConfiguration.ReferenceBoard();

            // The boot record first, before anything that may take long or fail: it is the only evidence of an
            // unexpected reboot (the runtime has no reset reason). OrderlyReboot clears its flag on a deliberate reboot.
            LittleFsRecordStore store = new LittleFsRecordStore();
            BootRecord boot = BootRecord.Start(store);
            OrderlyReboot.Install(boot);
            Esp32DeviceInfo device = new Esp32DeviceInfo(FirmwareVersion.Current.ToString(), boot);
            Debug.WriteLine("nanoPos " + device.FirmwareVersion + " on " + device.TargetName + ", boot " + device.BootCount.ToString()
                + (device.PreviousBootUnexpected ? " (the previous run ended unexpectedly)" : string.Empty)
                + ", free memory " + device.FreeMemoryBytes.ToString() + " bytes");

            Esp32Clock clock = new Esp32Clock();
            MatrixKeypad keypad = new MatrixKeypad(board);
            Ssd1306Display display = new Ssd1306Display(board);
            PosTerminal terminal = new PosTerminal(keypad, display, store, clock, device, new Esp32LinkFactory(store, clock), new DeviceRestarter());

            // Engine calls on a worker thread: the countdown and the keypad stay alive while the host is slow.
            terminal.UseWorkerThread = true;
            terminal.Boot();
            terminal.Run();
        }

        /// <summary>Restarts the firmware by an orderly reboot: the boot record notes it as deliberate, then the device resets.</summary>
        private sealed class DeviceRestarter : IRestarter
        {
            public void Restart()
            {
                OrderlyReboot.Reboot();
            }
        }
    }
}
