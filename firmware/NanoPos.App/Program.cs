using System.Diagnostics;
using System.Threading;
using NanoPos.Diagnostics;
using NanoPos.Hal.Esp32;

namespace NanoPos.App
{
    /// <summary>
    /// The entry point of the terminal firmware on the ESP32: the composition root, the only place that
    /// picks concrete drivers.
    /// </summary>
    public static class Program
    {
        /// <summary>
        /// Builds the reference board's drivers, prints the boot banner on the debug output and parks the
        /// main thread.
        /// </summary>
        public static void Main()
        {
            BoardConfiguration board = BoardConfiguration.ReferenceBoard();
            Esp32Clock clock = new Esp32Clock();

            // Boot count and the unexpected-reboot flag will come from the boot record in the record store;
            // until that exists this boot reports itself as the first, orderly one.
            Esp32DeviceInfo device = new Esp32DeviceInfo(FirmwareVersion.Current.ToString(), 1, false);

            Debug.WriteLine("nanoPos " + device.FirmwareVersion + " on " + device.TargetName);
            Debug.WriteLine("Free memory: " + device.FreeMemoryBytes.ToString() + " bytes");
            Debug.WriteLine("Display " + board.DisplayWidth.ToString() + "x" + board.DisplayHeight.ToString()
                + " at I2C address 0x" + board.DisplayAddress.ToString("X2") + ", wall time trusted: "
                + (clock.IsWallTimeTrusted ? "yes" : "no"));

            // The boot sequence arrives with later work: configuration, journal recovery, reversal flush,
            // sign-on, then the idle loop. Until then the firmware only proves it starts.
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
