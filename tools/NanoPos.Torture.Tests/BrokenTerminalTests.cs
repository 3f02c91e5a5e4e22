using System.Collections.Generic;
using System.Linq;
using NanoPos.Hal;
using NanoPos.Transactions;
using Xunit;

namespace NanoPos.Torture.Tests
{
    /// <summary>
    /// The checks must be able to fail: each test breaks the terminal on purpose — in the test, never in the engine —
    /// and the campaign must report it under the right check.
    /// </summary>
    public class BrokenTerminalTests
    {
        [Fact]
        public void AnEngineWhoseIntentNeverReachesFlashLeavesAnApprovalNeitherInTheBatchNorReversed()
        {
            // The "common terminal code" mistake the product exists to avoid: the reversal data is not durable before send.
            var options = new CampaignOptions { Quick = true, Figures = false, Flow = "sale-approved", StoreDecorator = s => new DroppingStore(s, JournalRecordType.Intent) };

            CampaignReport report = Campaign.Run(options);

            Assert.Contains(report.Violations, v => v.Check == Checks.ApprovedInBatchOrReversed && v.Message.Contains("sale 120.00"));
            Assert.DoesNotContain(report.Violations, v => v.Variant.EndsWith(" clean"));
        }

        [Fact]
        public void AnEngineWhoseTimeoutIntentIsNotDurableLosesTheReversal()
        {
            var options = new CampaignOptions { Quick = true, Figures = false, Flow = "host-timeout", StoreDecorator = s => new DroppingStore(s, JournalRecordType.Intent) };

            CampaignReport report = Campaign.Run(options);

            // Cut at the reversal's attempt record (write 6: after the sign-on's checkpoints, its keys and the sale's
            // dropped intent): after the reboot nothing says the sale needs reversing.
            Assert.Contains(report.Violations, v => v.Check == Checks.ApprovedInBatchOrReversed && v.Variant.Contains("cut@6 [j001 ReversalAttempt"));
            Assert.Contains(report.Violations, v => v.Check == Checks.TotalsMatch);
        }

        [Fact]
        public void AnEngineWhoseOutcomeNeverReachesFlashIsCaughtByTheAuditBoot()
        {
            var options = new CampaignOptions { Quick = true, Figures = false, Flow = "sale-approved", StoreDecorator = s => new DroppingStore(s, JournalRecordType.Outcome) };

            CampaignReport report = Campaign.Run(options);

            // Already the clean run: what the running terminal believes is not what a reboot finds.
            Assert.Contains(report.Violations, v => v.Check == Checks.DurableStateMatches && v.Variant.EndsWith(" clean"));
            Assert.Contains(report.Violations, v => v.Check == Checks.NoReversalLost);
        }

        [Fact]
        public void ABatchThatCountsEveryEntryTwiceIsReported()
        {
            var options = new CampaignOptions
            {
                Quick = true,
                Figures = false,
                Flow = "sale-approved",
                BatchView = engine =>
                {
                    var twice = new List<JournalRecord>();
                    foreach (JournalRecord entry in engine.Log.BatchEntries)
                    {
                        twice.Add(entry);
                        twice.Add(entry);
                    }

                    return twice;
                },
            };

            CampaignReport report = Campaign.Run(options);

            Assert.Contains(report.Violations, v => v.Check == Checks.NeverTwice && v.Message.Contains("2 times"));
            Assert.Contains(report.Violations, v => v.Check == Checks.TotalsMatch);
        }

        [Fact]
        public void ABatchThatForgetsItsEntriesIsReported()
        {
            var options = new CampaignOptions { Quick = true, Figures = false, Flow = "void", BatchView = engine => new List<JournalRecord>() };

            CampaignReport report = Campaign.Run(options);

            Assert.Contains(report.Violations, v => v.Check == Checks.ApprovedInBatchOrReversed);
            Assert.Contains(report.Violations, v => v.Check == Checks.TotalsMatch);
        }

        [Fact]
        public void AReportWithViolationsPrintsThemAndTheCliExitsWithOne()
        {
            var options = new CampaignOptions { Quick = true, Figures = false, Flow = "sale-approved", StoreDecorator = s => new DroppingStore(s, JournalRecordType.Intent), ViolationsListed = 3 };
            CampaignReport report = Campaign.Run(options);
            var text = new System.IO.StringWriter();

            report.Print(text);

            Assert.Contains(report.ViolationCount + " violation(s):", text.ToString());
            Assert.Contains(Checks.ApprovedInBatchOrReversed + ":", text.ToString());
            Assert.Contains("more (--flow NAME narrows the run)", text.ToString());
        }

        /// <summary>A store that says a kind of journal record was written while nothing reached the flash.</summary>
        [Fact]
        public void AJournalThatKeepsOneCheckpointCopyIsCaughtByTheDamageVariants()
        {
            // Only cp0 is ever written (the second copy of every checkpoint is dropped): when cp0 then becomes unreadable,
            // the terminal forgets the batch it settled and the STANs it reserved.
            var options = new CampaignOptions { Quick = true, Figures = false, Flow = "settlement-interrupted", StoreDecorator = s => new NameDroppingStore(s, "cp1") };

            CampaignReport report = Campaign.Run(options);

            Assert.Contains(report.Violations, v => v.Variant.Contains("unreadable cp0"));
            Assert.True(report.DamageVariants > 0);
        }

        private sealed class NameDroppingStore : IRecordStore
        {
            private readonly IRecordStore _inner;
            private readonly string _dropped;

            public NameDroppingStore(IRecordStore inner, string dropped)
            {
                _inner = inner;
                _dropped = dropped;
            }

            public long FreeBytes => _inner.FreeBytes;

            public void Write(string name, byte[] data, int offset, int count)
            {
                if (name != _dropped)
                {
                    _inner.Write(name, data, offset, count);
                }
            }

            public int Read(string name, byte[] buffer, int offset, int count) => _inner.Read(name, buffer, offset, count);

            public bool Exists(string name) => _inner.Exists(name);

            public bool Delete(string name) => _inner.Delete(name);
        }

        private sealed class DroppingStore : IRecordStore
        {
            private readonly IRecordStore _inner;
            private readonly JournalRecordType _dropped;

            public DroppingStore(IRecordStore inner, JournalRecordType dropped)
            {
                _inner = inner;
                _dropped = dropped;
            }

            public long FreeBytes => _inner.FreeBytes;

            public void Write(string name, byte[] data, int offset, int count)
            {
                if (count > 3 && data[offset + 3] == (byte)_dropped)
                {
                    return;
                }

                _inner.Write(name, data, offset, count);
            }

            public int Read(string name, byte[] buffer, int offset, int count) => _inner.Read(name, buffer, offset, count);

            public bool Exists(string name) => _inner.Exists(name);

            public bool Delete(string name) => _inner.Delete(name);
        }
    }
}
