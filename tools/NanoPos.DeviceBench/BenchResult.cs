namespace NanoPos.DeviceBench
{
    /// <summary>
    /// One measurement: a workload run a number of times in rounds, the time those runs took and what the operations
    /// allocated, with what each round allocated once apart (see <see cref="RoundFit"/>).
    /// </summary>
    public sealed class BenchResult
    {
        /// <summary>Creates a measurement.</summary>
        /// <param name="name">The measurement's name, e.g. "pack-0200".</param>
        /// <param name="ops">The number of operations measured.</param>
        /// <param name="ticks">Their total time in 100 ns ticks.</param>
        /// <param name="rounds">The number of rounds the operations ran in.</param>
        /// <param name="blocks">The heap blocks of the counted rounds.</param>
        /// <param name="bytes">The bytes of the counted rounds.</param>
        /// <param name="blockBytes">The bytes of one heap block, or -1 when blocks are not counted.</param>
        public BenchResult(string name, long ops, long ticks, int rounds, RoundFit blocks, RoundFit bytes, int blockBytes)
        {
            Name = name;
            Ops = ops;
            Ticks = ticks;
            Rounds = rounds;
            AllocBlocks = blocks.Total(ops);
            RoundConstantBlocks = blocks.RoundConstant;

            // Bytes from the rounded block figures when there are blocks, so that bytes = blocks x block size exactly.
            bool fromBlocks = blockBytes > 0 && blocks.CanSeparate;
            AllocBytes = fromBlocks ? AllocBlocks * blockBytes : bytes.Total(ops);
            RoundConstantBytes = fromBlocks ? RoundConstantBlocks * blockBytes : bytes.RoundConstant;
        }

        /// <summary>Gets the measurement's name.</summary>
        public string Name { get; }

        /// <summary>Gets the number of operations measured.</summary>
        public long Ops { get; }

        /// <summary>Gets the total time of the operations in 100 ns ticks (round preparation and the meter's counting excluded).</summary>
        public long Ticks { get; }

        /// <summary>Gets the number of rounds the operations ran in (the first two counted, the others only timed).</summary>
        public int Rounds { get; }

        /// <summary>
        /// Gets the heap blocks the operations allocated: the per-operation figure of the counted rounds times
        /// <see cref="Ops"/>, or -1 when not measured (the host build).
        /// </summary>
        public long AllocBlocks { get; }

        /// <summary>
        /// Gets the bytes the operations allocated: the per-operation figure of the counted rounds times
        /// <see cref="Ops"/>, or -1 when not measured.
        /// </summary>
        public long AllocBytes { get; }

        /// <summary>Gets the heap blocks every round allocated once on top of <see cref="AllocBlocks"/>, or -1 when not measured.</summary>
        public long RoundConstantBlocks { get; }

        /// <summary>Gets the bytes every round allocated once on top of <see cref="AllocBytes"/>, or -1 when not measured.</summary>
        public long RoundConstantBytes { get; }

        /// <summary>Formats the measurement as its output line.</summary>
        /// <returns><c>bench NAME ops=N ticks=T alloc-blocks=B alloc-bytes=Y</c>.</returns>
        public string ToLine()
        {
            return "bench " + Name + " ops=" + Ops.ToString() + " ticks=" + Ticks.ToString()
                + " alloc-blocks=" + AllocBlocks.ToString() + " alloc-bytes=" + AllocBytes.ToString();
        }
    }
}
