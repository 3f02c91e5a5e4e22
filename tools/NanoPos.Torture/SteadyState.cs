using System;
using System.Globalization;
using System.IO;
using NanoPos.HostSim;
using NanoPos.Transactions;

namespace NanoPos.Torture
{
    /// <summary>The cost of an approved sale in steady state, measured on the host build against the in-process host.</summary>
    public sealed class SteadyStateFigures
    {
        /// <summary>Gets or sets the sales measured (after the warm-up).</summary>
        public int Sales { get; set; }

        /// <summary>Gets or sets the sales per batch (a settlement closes each).</summary>
        public int SalesPerBatch { get; set; }

        /// <summary>Gets or sets the durable writes per approved sale (the sale calls only).</summary>
        public double WritesPerSale { get; set; }

        /// <summary>Gets or sets the bytes written to flash per approved sale (the sale calls only).</summary>
        public double BytesPerSale { get; set; }

        /// <summary>Gets or sets the durable writes per approved sale with the settlements' writes shared out.</summary>
        public double WritesPerSaleWithSettlement { get; set; }

        /// <summary>Gets or sets the bytes per approved sale with the settlements' bytes shared out.</summary>
        public double BytesPerSaleWithSettlement { get; set; }

        /// <summary>Gets or sets the host round trips (connections opened) per sale.</summary>
        public double RoundTripsPerSale { get; set; }

        /// <summary>Gets or sets the bytes allocated per sale on the calling thread by the engine and the simulated link (the host simulator's share taken out).</summary>
        public double TerminalBytesAllocatedPerSale { get; set; }

        /// <summary>Gets or sets the bytes allocated per sale by the in-process host simulator (decode, decide, ledger, encode).</summary>
        public double HostBytesAllocatedPerSale { get; set; }

        /// <summary>Gets or sets the size of an intent record in bytes.</summary>
        public int IntentBytes { get; set; }

        /// <summary>Gets or sets the size of an approved outcome record in bytes.</summary>
        public int OutcomeBytes { get; set; }

        /// <summary>Gets or sets the size of a checkpoint record in bytes.</summary>
        public int CheckpointBytes { get; set; }

        /// <summary>Prints the figures.</summary>
        /// <param name="w">Where to print.</param>
        public void Print(TextWriter w)
        {
            w.WriteLine("steady state, " + Sales + " approved sales after a warm-up (standard profile, settlement every " + SalesPerBatch + " sales):");
            w.WriteLine("  durable writes per sale       " + F(WritesPerSale) + "   (with settlement shared out: " + F(WritesPerSaleWithSettlement) + ")");
            w.WriteLine("  bytes written per sale        " + F(BytesPerSale) + "   (with settlement: " + F(BytesPerSaleWithSettlement) + "; intent " + IntentBytes + " B, outcome " + OutcomeBytes + " B, checkpoint " + CheckpointBytes + " B)");
            w.WriteLine("  host round trips per sale     " + F(RoundTripsPerSale));
            w.WriteLine("  bytes allocated per sale      " + F(TerminalBytesAllocatedPerSale) + "   (engine + simulated link, host build; the in-process host simulator adds " + F(HostBytesAllocatedPerSale) + ")");
        }

        private static string F(double value)
        {
            return value.ToString("0.00", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Measures <see cref="SteadyStateFigures"/>.</summary>
    public static class SteadyState
    {
        /// <summary>Sales per batch: the default journal (64 slots) holds about 60 approved sales before it asks for a settlement.</summary>
        public const int SalesPerBatch = 50;

        /// <summary>Runs a warm-up batch, then <paramref name="sales"/> approved sales (a settlement every <see cref="SalesPerBatch"/>), and measures them.</summary>
        /// <param name="seed">The host's seed.</param>
        /// <param name="sales">The sales to measure, a multiple of <see cref="SalesPerBatch"/>.</param>
        /// <returns>The figures.</returns>
        /// <exception cref="InvalidOperationException">A sale was not approved (the measurement would be meaningless).</exception>
        public static SteadyStateFigures Measure(int seed, int sales = 100)
        {
            Device device = null;
            var host = new SimulatedAcquirer(() => device.UtcNow, seed) { RequireMac = true };
            var options = new EngineOptions();
            device = new Device(options, host, null);
            var context = new FlowContext(device, host, null);
            device.Boot();
            context.SignOn();

            // Warm-up: one whole batch (JIT, first STAN block, first settlement).
            RunBatch(context, 0, SalesPerBatch, null);

            var totals = new Totals();
            for (int done = 0; done < sales; done += SalesPerBatch)
            {
                RunBatch(context, SalesPerBatch + done, SalesPerBatch, totals);
            }

            int intent = 0, outcome = 0, checkpoint = 0;
            foreach (WriteRecord write in device.WriteLog.Writes)
            {
                intent = write.Type == JournalRecordType.Intent ? write.Length : intent;
                outcome = write.Type == JournalRecordType.Outcome ? write.Length : outcome;
                checkpoint = write.Type == JournalRecordType.Checkpoint ? write.Length : checkpoint;
            }

            double n = sales;
            return new SteadyStateFigures
            {
                Sales = sales,
                SalesPerBatch = SalesPerBatch,
                WritesPerSale = totals.SaleWrites / n,
                BytesPerSale = totals.SaleBytes / n,
                WritesPerSaleWithSettlement = (totals.SaleWrites + totals.SettleWrites) / n,
                BytesPerSaleWithSettlement = (totals.SaleBytes + totals.SettleBytes) / n,
                RoundTripsPerSale = totals.RoundTrips / n,
                TerminalBytesAllocatedPerSale = (totals.Allocated - totals.HostAllocated) / n,
                HostBytesAllocatedPerSale = totals.HostAllocated / n,
                IntentBytes = intent,
                OutcomeBytes = outcome,
                CheckpointBytes = checkpoint,
            };
        }

        private static void RunBatch(FlowContext context, int first, int count, Totals totals)
        {
            Device device = context.Device;
            for (int i = 0; i < count; i++)
            {
                CardData card = TortureCard.WithPin(device.Engine);
                long amount = 10000 + ((first + i) * 100L);
                int writes = device.Flash.DurableWrites;
                long bytes = device.Flash.BytesWritten;
                int trips = device.Engine.Exchange.Exchanges;
                long hostBefore = context.Host.AllocatedBytes;
                long before = GC.GetAllocatedBytesForCurrentThread();
                TransactionResult result = device.Engine.Sale(amount, card);
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                if (result.Outcome != TransactionOutcome.Approved)
                {
                    throw new InvalidOperationException("Sale " + (first + i) + " was " + result.Outcome + " (" + result.Reason + "): the figures need approved sales.");
                }

                if (totals != null)
                {
                    totals.SaleWrites += device.Flash.DurableWrites - writes;
                    totals.SaleBytes += device.Flash.BytesWritten - bytes;
                    totals.RoundTrips += device.Engine.Exchange.Exchanges - trips;
                    totals.Allocated += allocated;
                    totals.HostAllocated += context.Host.AllocatedBytes - hostBefore;
                }

                device.Clock.Advance(20000);
            }

            int settleWrites = device.Flash.DurableWrites;
            long settleBytes = device.Flash.BytesWritten;
            if (context.Settle("settle").Outcome != TransactionOutcome.Approved)
            {
                throw new InvalidOperationException("The settlement was not accepted.");
            }

            if (totals != null)
            {
                totals.SettleWrites += device.Flash.DurableWrites - settleWrites;
                totals.SettleBytes += device.Flash.BytesWritten - settleBytes;
            }
        }

        private sealed class Totals
        {
            public long SaleWrites;
            public long SaleBytes;
            public long SettleWrites;
            public long SettleBytes;
            public long RoundTrips;
            public long Allocated;
            public long HostAllocated;
        }
    }
}
