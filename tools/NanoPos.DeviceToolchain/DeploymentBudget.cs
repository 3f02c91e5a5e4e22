using System.Collections.Generic;
using System.IO;
using NanoPos.ProfileCheck;

namespace NanoPos.DeviceToolchain
{
    /// <summary>
    /// What the App's deployment occupies in the ESP32's deployment partition: the .pe of every assembly the App
    /// loads, measured where a .pe exists here, against the partition size of the reference board.
    /// </summary>
    /// <remarks>
    /// The reference board is an ESP32-DevKitC (WROOM, 4 MB flash) flashed with the ESP32_REV0 nanoFramework firmware.
    /// Its partition table (nanoframework/nf-interpreter, targets/ESP32/_IDF/esp32/partitions_nanoclr_4mb.csv) gives
    /// the managed-code partition <c>deploy</c> (type data, subtype 0x84) 0x1D0000 bytes (1,856 KiB) in one revision and
    /// 0x1E0000 bytes (1,920 KiB) in another; the budget takes the smaller. Every assembly the App loads is in that
    /// partition, mscorlib included: nanoCLR itself (the <c>factory</c> partition) carries no managed code.
    /// </remarks>
    public static class DeploymentBudget
    {
        /// <summary>The size of the reference board's deployment partition in bytes (0x1D0000 = 1,900,544).</summary>
        public const long DeployPartitionBytes = 0x1D0000;

        /// <summary>Lists the App's deployment: its own .pe, those of the device projects it needs, and those of its packages.</summary>
        /// <param name="app">The built App.</param>
        /// <param name="libraries">The real nanoFramework binaries of this machine.</param>
        /// <returns>The items, built assemblies first.</returns>
        public static IReadOnlyList<DeploymentItem> Items(DeviceAssembly app, DeviceLibraries libraries)
        {
            var items = new List<DeploymentItem>();
            foreach (DeviceAssembly a in app.Dependencies())
            {
                items.Add(new DeploymentItem(a.AssemblyName, a.PeBytes, "built here"));
            }

            items.Add(new DeploymentItem(app.AssemblyName, app.PeBytes, "built here"));
            foreach (string package in app.PackageAssemblies())
            {
                if (libraries.TryGet(package, out RealAssembly real) && File.Exists(real.Pe))
                {
                    items.Add(new DeploymentItem(package, new FileInfo(real.Pe).Length, real.Origin));
                }
                else
                {
                    items.Add(new DeploymentItem(package, -1, "no binary here (API profile only)"));
                }
            }

            return items;
        }

        /// <summary>Adds up the measured sizes.</summary>
        /// <param name="items">The items.</param>
        /// <returns>The total of the sizes that are known, in bytes.</returns>
        public static long MeasuredBytes(IReadOnlyList<DeploymentItem> items)
        {
            long total = 0;
            foreach (DeploymentItem item in items)
            {
                total += item.IsMeasured ? item.Bytes : 0;
            }

            return total;
        }
    }
}
