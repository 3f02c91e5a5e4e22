using System.Linq;
using NanoPos.HostSim;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>The throughput measurement behind <c>nanopos host-sim --bench</c> runs and fsyncs once per approved sale (the figures themselves are in the README).</summary>
    public class LedgerBenchmarkTests
    {
        [Fact]
        public void MeasuresEachSizeAndFormatsTheTable()
        {
            using var folder = new TempFolder();

            var rows = LedgerBenchmark.Run(folder.Path, new[] { 0, 300 }, sales: 20, rounds: 2);
            string table = LedgerBenchmark.Format(rows, folder.Path, 2);

            Assert.Equal(new[] { 0, 300 }, rows.Select(r => r.Entries));
            Assert.All(rows, r => Assert.Equal(30, r.Sales));
            Assert.All(rows, r => Assert.Equal(30, r.Syncs));
            Assert.All(rows, r => Assert.True(r.SalesPerSecond > 0 && r.SalesPerSecondNewConnection > 0));
            Assert.True(rows[1].FileBytes > rows[0].FileBytes);
            Assert.Contains("| entries already in the ledger | open (replay) | approved sales/s, one connection: median (best) |", table);
            Assert.Contains("| 300 | ", table);
            Assert.Contains("median and best of 2 rounds", table);
            Assert.Empty(System.IO.Directory.GetFileSystemEntries(folder.Path)); // its files are removed
        }
    }
}
