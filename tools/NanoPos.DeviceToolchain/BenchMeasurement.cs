namespace NanoPos.DeviceToolchain
{
    /// <summary>One line of the device benchmark: an operation repeated <see cref="Ops"/> times, its time and its allocation.</summary>
    public sealed class BenchMeasurement
    {
        /// <summary>Gets or sets the measurement's name, e.g. pack-0200.</summary>
        public string Name { get; set; }

        /// <summary>Gets or sets how many times the operation ran.</summary>
        public long Ops { get; set; }

        /// <summary>Gets or sets the total time of the <see cref="Ops"/> runs in 100 ns ticks, as the runtime measured it.</summary>
        public long Ticks { get; set; }

        /// <summary>Gets or sets the managed heap blocks allocated by the <see cref="Ops"/> runs, or -1 when not measured.</summary>
        public long AllocBlocks { get; set; }

        /// <summary>Gets or sets the managed bytes allocated by the <see cref="Ops"/> runs, or -1 when not measured.</summary>
        public long AllocBytes { get; set; }

        /// <summary>Gets the time of one operation in microseconds.</summary>
        public double MicrosecondsPerOp => Ops > 0 ? Ticks / 10.0 / Ops : 0;

        /// <summary>Gets the heap blocks of one operation, or -1 when not measured.</summary>
        public double BlocksPerOp => AllocBlocks < 0 || Ops <= 0 ? -1 : (double)AllocBlocks / Ops;

        /// <summary>Gets the bytes of one operation, or -1 when not measured.</summary>
        public double BytesPerOp => AllocBytes < 0 || Ops <= 0 ? -1 : (double)AllocBytes / Ops;
    }
}
