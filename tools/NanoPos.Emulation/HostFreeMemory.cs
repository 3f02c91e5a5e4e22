using System;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The free managed memory of this .NET process, the host build's counterpart of nanoFramework's
    /// <c>GC.Run(false)</c> (which the ESP32's device info returns): how many more bytes the managed heap can take.
    /// </summary>
    /// <remarks>
    /// A device heap is one fixed region, so its free bytes are the region less the live objects. A PC's heap grows
    /// until the GC's limit, <see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/> (physical RAM, a container's limit or
    /// <c>GCHeapHardLimit</c>), so the same figure here is that limit less <see cref="GC.GetTotalMemory(bool)"/>. No
    /// collection is forced: the emulator reads it under its one lock, and garbage not yet collected is a rounding
    /// error against a limit of gigabytes. It is the PC's figure: it tells a tester the measurement path works, not how
    /// much an ESP32 would have left.
    /// </remarks>
    internal static class HostFreeMemory
    {
        /// <summary>Measures the free managed memory now.</summary>
        /// <returns>The bytes the managed heap can still take (gigabytes on a PC).</returns>
        internal static long Bytes()
        {
            // The GC knows its limit from the start (before its first collection too), so this is never a guess.
            long limit = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
            long used = GC.GetTotalMemory(false);
            return limit - used;
        }
    }
}
