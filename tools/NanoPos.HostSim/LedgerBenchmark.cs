using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Measures the simulator with a ledger file (<c>nanopos host-sim --bench</c>): for each ledger size, a file is
    /// filled with that many approved sales, a simulator opens it on an ephemeral port, and a client sends approved
    /// sales over TCP, first one after another on one connection, then with a new connection per sale (as the
    /// terminal does). The figures depend on the disk (one fsync per approval), so the table names the folder.
    /// </summary>
    public static class LedgerBenchmark
    {
        /// <summary>The ledger sizes measured by default: 0, 5,000 and 50,000 entries.</summary>
        public static readonly int[] DefaultSizes = { 0, 5_000, 50_000 };

        /// <summary>Runs the measurement.</summary>
        /// <param name="directory">Where the ledger files go (removed afterwards).</param>
        /// <param name="sizes">The ledger sizes, in entries.</param>
        /// <param name="sales">How many sales are timed per size and round on one connection (half as many with a connection each).</param>
        /// <param name="rounds">How many times each size is measured, the sizes taking turns; each row gives the median and the best (a shared machine's noise moves single runs by ±30 %; noise only ever slows a run down, so the best is the code's own pace).</param>
        /// <param name="progress">Receives a line as each measurement starts (null: none).</param>
        /// <returns>One row per size, with the medians.</returns>
        public static IReadOnlyList<LedgerBenchmarkRow> Run(string directory, IReadOnlyList<int> sizes, int sales = 2000, int rounds = 5, Action<string> progress = null)
        {
            ArgumentNullException.ThrowIfNull(directory);
            ArgumentNullException.ThrowIfNull(sizes);
            string folder = Path.Combine(directory, "nanopos-ledger-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var runs = new List<LedgerBenchmarkRow>[sizes.Count];
                for (int round = 1; round <= Math.Max(1, rounds); round++)
                {
                    for (int i = 0; i < sizes.Count; i++)
                    {
                        progress?.Invoke("round " + round + ": ledger of " + sizes[i].ToString("N0", CultureInfo.InvariantCulture) + " entries, " + sales + " sales on one connection, " + (sales / 2) + " with a connection each");
                        string path = Path.Combine(folder, "ledger-" + sizes[i] + ".jsonl");
                        (runs[i] ??= new List<LedgerBenchmarkRow>()).Add(Measure(path, sizes[i], sales));
                        File.Delete(path);
                    }
                }

                var rows = new List<LedgerBenchmarkRow>();
                foreach (List<LedgerBenchmarkRow> measured in runs)
                {
                    LedgerBenchmarkRow median = measured[0];
                    median.BestSalesPerSecond = measured.Max(r => r.SalesPerSecond);
                    median.OpenMs = Median(measured.Select(r => r.OpenMs));
                    median.SalesPerSecond = Median(measured.Select(r => r.SalesPerSecond));
                    median.SalesPerSecondNewConnection = Median(measured.Select(r => r.SalesPerSecondNewConnection));
                    rows.Add(median);
                }

                return rows;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        /// <summary>Formats rows as the Markdown table of the README.</summary>
        /// <param name="rows">The rows.</param>
        /// <param name="directory">The folder the files were in (named in the heading: the disk decides the figures).</param>
        /// <param name="rounds">The rounds the medians are taken over (named in the heading).</param>
        /// <returns>The table, lines ending with '\n'.</returns>
        public static string Format(IReadOnlyList<LedgerBenchmarkRow> rows, string directory, int rounds)
        {
            ArgumentNullException.ThrowIfNull(rows);
            var text = new StringBuilder();
            text.Append("ledger files in ").Append(directory).Append(" (one fsync per approved sale); median and best of ").Append(rounds.ToString(CultureInfo.InvariantCulture)).Append(" rounds\n\n");
            text.Append("| entries already in the ledger | open (replay) | approved sales/s, one connection: median (best) | vs. empty: median (best) | approved sales/s, a connection per sale | fsyncs | file after |\n");
            text.Append("|---:|---:|---:|---:|---:|---:|---:|\n");
            LedgerBenchmarkRow empty = rows.Count > 0 ? rows[0] : null;
            foreach (LedgerBenchmarkRow row in rows)
            {
                text.Append("| ").Append(row.Entries.ToString("N0", CultureInfo.InvariantCulture))
                    .Append(" | ").Append(row.OpenMs.ToString("F0", CultureInfo.InvariantCulture)).Append(" ms")
                    .Append(" | ").Append(row.SalesPerSecond.ToString("F0", CultureInfo.InvariantCulture))
                    .Append(" (").Append(row.BestSalesPerSecond.ToString("F0", CultureInfo.InvariantCulture)).Append(')')
                    .Append(" | ").Append(Percent(row.SalesPerSecond, empty?.SalesPerSecond)).Append(" (").Append(Percent(row.BestSalesPerSecond, empty?.BestSalesPerSecond)).Append(')')
                    .Append(" | ").Append(row.SalesPerSecondNewConnection.ToString("F0", CultureInfo.InvariantCulture))
                    .Append(" | ").Append(row.Syncs.ToString(CultureInfo.InvariantCulture)).Append(" for ").Append(row.Sales.ToString(CultureInfo.InvariantCulture)).Append(" sales")
                    .Append(" | ").Append((row.FileBytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture)).Append(" MB |\n");
            }

            return text.ToString();
        }

        private static string Percent(double value, double? of)
        {
            return of > 0 ? (100 * value / of.Value).ToString("F0", CultureInfo.InvariantCulture) + " %" : "-";
        }

        private static double Median(IEnumerable<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        private static LedgerBenchmarkRow Measure(string path, int size, int sales)
        {
            Fill(path, size);
            var clock = Stopwatch.StartNew();
            // The figures are the ledger's (decide, append, fsync), so the sales go unMACed and the MAC is made
            // optional: signing on and MACing each sale would measure DES as well and break the comparison with the
            // figures published before MACs existed.
            using HostSimulator host = HostSimulator.Start(new HostSimOptions { Port = 0, Seed = 1, LedgerPath = path, RequireMac = false });
            double openMs = clock.Elapsed.TotalMilliseconds;
            int stan = 0;
            using (HostSimClient client = HostSimClient.Connect(host.Port, 5000))
            {
                for (int i = 0; i < 100; i++)
                {
                    Approve(client, ++stan); // warm-up: JIT, socket buffers, file cache
                }
            }

            int syncsBefore = host.LedgerWriter.Syncs;
            double oneConnection;
            using (HostSimClient client = HostSimClient.Connect(host.Port, 5000))
            {
                clock.Restart();
                for (int i = 0; i < sales; i++)
                {
                    Approve(client, ++stan);
                }

                oneConnection = sales / clock.Elapsed.TotalSeconds;
            }

            int separate = Math.Max(1, sales / 2);
            clock.Restart();
            for (int i = 0; i < separate; i++)
            {
                using HostSimClient client = HostSimClient.Connect(host.Port, 5000);
                Approve(client, ++stan);
            }

            double newConnection = separate / clock.Elapsed.TotalSeconds;
            int syncs = host.LedgerWriter.Syncs - syncsBefore;
            host.Dispose();
            return new LedgerBenchmarkRow
            {
                Entries = size,
                OpenMs = openMs,
                SalesPerSecond = oneConnection,
                SalesPerSecondNewConnection = newConnection,
                Syncs = syncs,
                Sales = sales + separate,
                FileBytes = new FileInfo(path).Length,
            };
        }

        /// <summary>Writes a ledger file holding <paramref name="size"/> approved sales of another terminal (decided in memory, then written compacted).</summary>
        private static void Fill(string path, int size)
        {
            // Unsigned sales, like the timed ones: the MAC is made optional, or every one would be answered A0 and the
            // file would hold none of them.
            var processor = new RequestProcessor(new Ledger(), new DecisionRules(), null, 1, new HostSecurity { RequireMac = false });
            for (int i = 1; i <= size; i++)
            {
                processor.Process(Sale("FILL" + (i / 1_000_000).ToString("D4", CultureInfo.InvariantCulture), i % 1_000_000));
            }

            if (processor.Ledger.Count != size)
            {
                // A smaller ledger than the row says would publish figures for the wrong size.
                throw new InvalidOperationException("The benchmark's ledger holds " + processor.Ledger.Count + " entries, not " + size + ".");
            }

            new LedgerFileWriter(processor.Ledger, path).Dispose();
        }

        private static void Approve(HostSimClient client, int stan)
        {
            string code = client.Exchange(Sale("BENCH001", stan), 5000).GetString(39);
            if (code != ResponseCodes.Approved)
            {
                throw new InvalidOperationException("The benchmark's sale " + stan + " got " + code + ", not 00.");
            }
        }

        private static IsoMessage Sale(string terminal, int stan)
        {
            var sale = new IsoMessage { Mti = Mti.FinancialRequest };
            sale.Set(2, "6228480000000000019");
            sale.Set(3, ProcessingCodes.Sale);
            sale.Set(4, "000000001000");
            sale.Set(11, stan.ToString("D6", CultureInfo.InvariantCulture));
            sale.Set(12, "101500");
            sale.Set(13, "0615");
            sale.Set(41, terminal);
            sale.Set(42, "123456789012345");
            sale.Set(49, "156");
            sale.Set(60, "22000001");
            return sale;
        }
    }
}
