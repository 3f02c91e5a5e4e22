#if NANOPOS_HOST
using System;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// The host build's meter (compiled only where NANOPOS_HOST is defined, i.e. by NanoPos.DeviceBench.csproj; the
    /// device build sees an empty file): the bytes the current thread allocated, by
    /// <see cref="GC.GetAllocatedBytesForCurrentThread"/>. It counts bytes, not nanoCLR heap blocks.
    /// </summary>
    public sealed class HostAllocationMeter : IAllocationMeter
    {
        private long _start;
        private long _bias;
        private long _bytes = -1;

        /// <summary>Gets "host": the host build runs on .NET.</summary>
        public string Runtime
        {
            get { return "host"; }
        }

        /// <summary>Gets -1: the meter counts bytes.</summary>
        public int BlockBytes
        {
            get { return -1; }
        }

        /// <summary>Gets -1: the host runtime has no heap blocks to count.</summary>
        public long Blocks
        {
            get { return -1; }
        }

        /// <summary>Gets the bytes the last measurement allocated on the current thread, after subtracting the meter's own cost.</summary>
        public long Bytes
        {
            get { return _bytes; }
        }

        /// <summary>Measures the meter's own cost (normally 0 bytes) and reports it, with -1 for the block size.</summary>
        /// <param name="report">Where the facts go.</param>
        public void Calibrate(BenchReport report)
        {
            _bias = 0;
            Begin();
            End();
            _bias = _bytes;
            report.Info("heap-block-bytes", -1);
            report.Info("alloc-meter-bias-bytes", _bias);
            Begin();
            End();
            report.Info("alloc-baseline-bytes", _bytes);
        }

        /// <summary>Starts a measurement by reading the thread's allocation counter.</summary>
        public void Begin()
        {
            _start = GC.GetAllocatedBytesForCurrentThread();
        }

        /// <summary>Nothing to do: the host's collections are short and not under the program's control.</summary>
        public void BeginTimingOnly()
        {
        }

        /// <summary>Nothing to check.</summary>
        /// <returns>Always true.</returns>
        public bool EndTimingOnly()
        {
            return true;
        }

        /// <summary>Ends the measurement by reading the counter again.</summary>
        /// <returns>Always true: the counter does not depend on collections.</returns>
        public bool End()
        {
            _bytes = GC.GetAllocatedBytesForCurrentThread() - _start - _bias;
            return true;
        }
    }
}
#endif
