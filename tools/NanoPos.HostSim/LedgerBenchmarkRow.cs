namespace NanoPos.HostSim
{
    /// <summary>One row of <see cref="LedgerBenchmark"/>: approved sales per second over TCP with a ledger file of a given size.</summary>
    public sealed class LedgerBenchmarkRow
    {
        /// <summary>Gets or sets how many entries the ledger file held before the measurement.</summary>
        public int Entries { get; set; }

        /// <summary>Gets or sets how long opening (replaying) the ledger file took, in milliseconds.</summary>
        public double OpenMs { get; set; }

        /// <summary>Gets or sets approved sales per second, one after another on one connection (the median over the rounds).</summary>
        public double SalesPerSecond { get; set; }

        /// <summary>Gets or sets the best of the rounds' approved sales per second on one connection.</summary>
        public double BestSalesPerSecond { get; set; }

        /// <summary>Gets or sets approved sales per second with a new connection per sale, as the terminal does (the median over the rounds).</summary>
        public double SalesPerSecondNewConnection { get; set; }

        /// <summary>Gets or sets how many fsyncs the ledger file took during the measurement (one per approved sale is expected).</summary>
        public int Syncs { get; set; }

        /// <summary>Gets or sets how many sales were measured in all (both ways).</summary>
        public int Sales { get; set; }

        /// <summary>Gets or sets the size of the ledger file after the measurement, in bytes.</summary>
        public long FileBytes { get; set; }
    }
}
