using System;
using NanoPos.Hal;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// The free managed memory. Passes with at least <see cref="MinimumFreeBytes"/> free; the value is the free bytes.
    /// </summary>
    /// <remarks>Reading the free memory runs a garbage collection on the device, so what is left is what the firmware
    /// really holds: a payment needs a few KB (frames, the request and answer, the PIN block), and a terminal that falls
    /// below the minimum is leaking and will fail mid-payment.</remarks>
    public sealed class MemorySelfTest : AutomaticSelfTest
    {
        /// <summary>The least free managed memory that passes, in bytes.</summary>
        public const long MinimumFreeBytes = 16 * 1024;

        private readonly IDeviceInfo _device;

        /// <summary>Creates the test.</summary>
        /// <param name="device">The device facts (free memory).</param>
        /// <param name="clock">The clock.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public MemorySelfTest(IDeviceInfo device, IClock clock)
            : base(SelfTestId.Memory, clock)
        {
            if (device == null)
            {
                throw new ArgumentNullException("device");
            }

            _device = device;
        }

        /// <inheritdoc/>
        protected override void Run(SelfTestResult result, long startedMs)
        {
            long free = _device.FreeMemoryBytes;
            if (free < MinimumFreeBytes)
            {
                result.Fail(SelfTestReason.MemoryLow, free, free.ToString() + " B", Since(startedMs));
            }
            else
            {
                result.Pass(free, free.ToString() + " B free", Since(startedMs));
            }
        }
    }
}
