using System;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// Counts the heap blocks a stretch of code allocates on nanoCLR by headroom: nanoFramework 1.17.11 has no API
    /// that reports heap use, but a collection only runs when the heap is full and a <see cref="WeakReference"/> tells
    /// when one has run. Counting <c>new object()</c> (exactly one block each) until the next collection gives the free
    /// blocks; the difference of two counts, one right before and one right after the measured code, is what it
    /// allocated (live or garbage alike), to the block.
    /// </summary>
    /// <remarks>
    /// Each count fills the heap with garbage and costs about 0.1 s on nanoCLR on a PC (about 436,000 blocks). The
    /// measured code must allocate less than the free heap, or a collection runs in between: <see cref="End"/> then
    /// returns false and the caller measures again with less work. The heap is never exhausted by live objects, since
    /// nanoCLR crashes on a real out-of-memory.
    /// </remarks>
    public sealed class HeadroomAllocationMeter : IAllocationMeter
    {
        // Arrays used to find the block size: 8 arrays of 1200 bytes are 400 blocks of 24 bytes or 800 of 12.
        private const int ProbeArrays = 8;
        private const int ProbeArrayBytes = 1200;

        // The last counted object: a static field, so no compiler can drop the allocation as unused.
        private static object s_sink;

        private WeakReference _sentinel;
        private int _freeBefore;
        private long _bias;
        private int _blockBytes = -1;
        private long _blocks = -1;
        private long _bytes = -1;

        /// <summary>Gets "nanoclr": the device build runs on the nanoFramework interpreter.</summary>
        public string Runtime
        {
            get { return "nanoclr"; }
        }

        /// <summary>Gets the bytes of one heap block as measured by <see cref="Calibrate"/> (-1 before).</summary>
        public int BlockBytes
        {
            get { return _blockBytes; }
        }

        /// <summary>Gets the heap blocks the last measurement allocated, after subtracting the meter's own fixed cost.</summary>
        public long Blocks
        {
            get { return _blocks; }
        }

        /// <summary>Gets the bytes the last measurement allocated: <see cref="Blocks"/> times the measured block size (-1 before calibration).</summary>
        public long Bytes
        {
            get { return _bytes; }
        }

        /// <summary>
        /// Allocates one-block objects until a garbage collection has run, and returns how many it allocated: the free
        /// heap blocks at the call, give or take the two the call itself needs first.
        /// </summary>
        /// <returns>The number of one-block objects allocated before the collection.</returns>
        public static int CountUntilCollection()
        {
            WeakReference watch = new WeakReference(new object());
            int count = 0;
            while (watch.Target != null)
            {
                s_sink = new object();
                count++;
            }

            s_sink = null;
            return count;
        }

        /// <summary>
        /// Reports the free blocks right after a collection twice (their difference is the counting noise), measures
        /// the meter's fixed cost (subtracted from every measurement from then on) and the heap block size in bytes
        /// (24 on the 64-bit interpreter, 12 on the ESP32), and checks that an empty measurement then reads 0.
        /// </summary>
        /// <param name="report">Where the facts go.</param>
        public void Calibrate(BenchReport report)
        {
            CountUntilCollection();
            int first = CountUntilCollection();
            int second = CountUntilCollection();
            report.Info("heap-free-blocks", first);
            report.Info("heap-free-blocks-repeat", second);

            _bias = 0;
            _bias = MeasureArrays(-1);
            report.Info("alloc-meter-bias-blocks", _bias);
            report.Info("alloc-baseline-blocks", MeasureArrays(-1));

            // The array header cancels out; what is left is the 1200 data bytes of each array, in whole blocks.
            long empty = MeasureArrays(0);
            long full = MeasureArrays(ProbeArrayBytes);
            if (full <= empty)
            {
                throw new InvalidOperationException("The heap block size cannot be measured: " + ProbeArrays.ToString() + " arrays of " + ProbeArrayBytes.ToString() + " bytes took " + full.ToString() + " blocks, empty ones " + empty.ToString() + ".");
            }

            _blockBytes = (int)((ProbeArrays * ProbeArrayBytes) / (full - empty));
            report.Info("heap-block-bytes", _blockBytes);
        }

        /// <summary>Starts a measurement: collects what the caller left behind, then counts the free blocks.</summary>
        public void Begin()
        {
            // The first count ends right after a collection, so the second one finds exactly the heap free after a
            // collection; End's count finds the same, minus what the measured code allocated.
            CountUntilCollection();
            _freeBefore = CountUntilCollection();

            // Dies at the next collection, so End can tell whether one ran in between (part of the fixed cost).
            _sentinel = new WeakReference(new object());
        }

        /// <summary>Ends the measurement: counts the free blocks again.</summary>
        /// <returns>False when a collection ran during the measured code (the figures are then meaningless).</returns>
        public bool End()
        {
            bool collected = _sentinel.Target == null;
            int freeAfter = CountUntilCollection();
            _sentinel = null;
            _blocks = _freeBefore - freeAfter - _bias;
            _bytes = _blockBytes > 0 ? _blocks * _blockBytes : -1;
            return !collected;
        }

        /// <summary>Starts a timed-only stretch: one count, so it begins right after a collection; then the sentinel.</summary>
        public void BeginTimingOnly()
        {
            CountUntilCollection();
            _sentinel = new WeakReference(new object());
        }

        /// <summary>Ends the timed-only stretch.</summary>
        /// <returns>False when a collection ran during it.</returns>
        public bool EndTimingOnly()
        {
            bool collected = _sentinel.Target == null;
            _sentinel = null;
            return !collected;
        }

        // Measures the allocation of ProbeArrays byte arrays of a length; -1: nothing at all.
        private long MeasureArrays(int length)
        {
            Begin();
            for (int i = 0; length >= 0 && i < ProbeArrays; i++)
            {
                s_sink = new byte[length];
            }

            s_sink = null;
            if (!End())
            {
                throw new InvalidOperationException("A garbage collection ran while the meter calibrated itself.");
            }

            return _blocks;
        }
    }
}
