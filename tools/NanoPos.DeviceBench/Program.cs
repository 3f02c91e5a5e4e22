using System;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// The device benchmark (issue 10): the interpreter's time and managed allocation for pack and unpack of the 0200
    /// and 0210, one whole approved sale through the engine on simulated drivers, journal recovery of a full journal,
    /// and (issue 12) a DES and a 3DES block, the CUP MAC of the 0200, a PIN block and a 3DES key schedule. Built for
    /// nanoCLR and run by <c>tools/nanopos device-bench</c>; the host build runs the same code for comparison. Output
    /// format: <see cref="BenchReport"/>.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs every measurement and prints the results; takes no arguments (nanoCLR passes none).</summary>
        public static void Main()
        {
            BenchReport report = new BenchReport();
            try
            {
                Run(report, BenchRunner.DefaultTargetTicks);
            }
            catch (Exception e)
            {
                // The parser sees no "bench done" line; the exception still ends the program as a failure.
                report.Error(e.GetType().FullName + ": " + e.Message);
                throw;
            }
        }

        /// <summary>Calibrates the meter, checks the codec against the host's frames, then measures and reports everything.</summary>
        /// <param name="report">Where the output goes.</param>
        /// <param name="targetTicks">The measured time to aim for per measurement, in 100 ns ticks.</param>
        public static void Run(BenchReport report, long targetTicks)
        {
            long started = DateTime.UtcNow.Ticks;
            IAllocationMeter meter = AllocationMeters.Create();
            report.Info("runtime", meter.Runtime);
            report.Info("target-ticks", targetTicks);
            meter.Calibrate(report);

            CodecRig codec = new CodecRig();
            GoldenFrames.Verify(codec);
            report.Info("frames-match-host", "yes");
            report.Info("frame-0200-bytes", codec.SaleFrame.Length);
            report.Info("frame-0210-bytes", codec.ResponseFrame.Length);

            BenchRunner runner = new BenchRunner(meter, targetTicks);
            report.Result(runner.Run(new PackWorkload("pack-0200", codec, codec.Sale, codec.RequestTpdu)));
            report.Result(runner.Run(new UnpackWorkload("unpack-0200", codec, codec.SaleFrame)));
            report.Result(runner.Run(new PackWorkload("pack-0210", codec, codec.Response, codec.ResponseTpdu)));
            report.Result(runner.Run(new UnpackWorkload("unpack-0210", codec, codec.ResponseFrame)));

            ApprovingAcquirer acquirer = new ApprovingAcquirer();
            SaleWorkload sale = new SaleWorkload(acquirer);
            report.Result(runner.Run(sale));
            report.Info("sale-durable-writes", BenchReport.Ratio(sale.DurableWrites, sale.Sales));
            report.Info("sale-round-trips", BenchReport.Ratio(sale.RoundTrips, sale.Sales));
            report.Info("sale-connections", BenchReport.Ratio(sale.Connections, sale.Sales));
            report.Info("sale-sales-per-rig", sale.MaxOpsPerRound);
            report.Info("sale-security", "mac+pin-block");
            report.Info("sale-mac-failures", acquirer.MacFailures);
            report.InfoResult("sale-acquirer", runner.Run(new AcquirerWorkload(acquirer)));

            JournalRecoveryWorkload journal = new JournalRecoveryWorkload(acquirer);
            report.Result(runner.Run(journal));
            report.Info("journal-slots", journal.Slots);
            report.Info("journal-records", journal.Records);
            report.Info("journal-batch-entries", journal.BatchEntries);

            SecurityRig security = new SecurityRig(codec);
            security.Verify();
            report.Info("security-known-answers", "yes");
            report.Info("mac-0200-mab-bytes", security.MabLength);
            report.Result(runner.Run(new DesBlockWorkload(security)));
            report.Result(runner.Run(new TdesBlockWorkload(security)));
            report.Result(runner.Run(new CupMacWorkload(security)));
            report.Result(runner.Run(new PinBlockWorkload(security)));
            report.Result(runner.Run(new TdesKeyWorkload(security)));
            report.Result(runner.Run(new PinHashWorkload()));
            report.Result(runner.Run(new HealthQrWorkload()));

            report.Info("run-ms", (DateTime.UtcNow.Ticks - started) / 10000);
            report.Done();
        }
    }
}
