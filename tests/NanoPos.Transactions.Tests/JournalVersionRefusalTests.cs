using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// A journal of a newer format than this firmware reads (a firmware downgrade) is refused as a whole with the versions
    /// named, and nothing on flash changes: no reversal attempt, no checkpoint, no sign-on keys, no request to the host.
    /// </summary>
    [TestClass]
    public class JournalVersionRefusalTests
    {
        [TestMethod]
        public void Newer_journal_is_refused_with_both_versions_and_its_bytes_stay_identical()
        {
            EngineRig rig = RigWithReversalAndBatch();
            OldJournals.PutNewer(rig.Store, Journal.CheckpointName(0), OldJournals.Checkpoint(90, 5, 200, 0), 4);
            OldJournals.PutNewer(rig.Store, Journal.CheckpointName(1), OldJournals.Checkpoint(91, 5, 200, 0), 4);
            string image = OldJournals.Image(rig.Store);
            int writes = rig.Store.DurableWrites;
            int requests = rig.Host.Requests.Count;
            rig.Host.ReversalsAnswered = true;

            PaymentEngine engine = NewEngine(rig);
            Assert.ThrowsException(typeof(JournalVersionException), () => engine.Start());

            Assert.IsNotNull(engine.JournalRefusal);
            Assert.AreEqual(4, engine.JournalRefusal.FoundVersion);
            Assert.AreEqual(JournalRecordCodec.CurrentVersion, engine.JournalRefusal.SupportedVersion);
            Assert.IsTrue(engine.JournalRefusal.Message.IndexOf("v4") >= 0, engine.JournalRefusal.Message);
            Assert.IsFalse(engine.JournalRecovered);

            // Nothing the terminal could try gets through.
            ExpectRefused(engine.Sale(1000, EngineRig.Card()), "sale");
            ExpectRefused(engine.Refund(1000, EngineRig.Card()), "refund");
            ExpectRefused(engine.Void(2), "void");
            ExpectRefused(engine.BalanceInquiry(EngineRig.Card()), "balance");
            ExpectRefused(engine.SignOn(), "sign-on");
            ExpectRefused(engine.Echo(), "echo");
            ExpectRefused(engine.Settle(), "settlement");
            Assert.IsFalse(engine.FlushReversals(), "the boot's reversal flush");
            Assert.IsFalse(engine.ServiceReversals(), "the idle loop's reversal service");
            Assert.ThrowsException(typeof(JournalVersionException), () => engine.Recover());

            Assert.AreEqual(writes, rig.Store.DurableWrites, "no durable write at all");
            Assert.AreEqual(image, OldJournals.Image(rig.Store), "every record byte for byte");
            Assert.AreEqual(requests, rig.Host.Requests.Count, "nothing sent to the host");
        }

        [TestMethod]
        public void Header_check_refuses_before_anything_else_runs()
        {
            EngineRig rig = RigWithReversalAndBatch();
            OldJournals.PutNewer(rig.Store, Journal.CheckpointName(1), OldJournals.Checkpoint(91, 5, 200, 0), 7);
            int writes = rig.Store.DurableWrites;

            Assert.ThrowsException(typeof(JournalVersionException), () => PaymentEngine.CheckJournalFormat(rig.Store));
            Assert.AreEqual(7, new Journal(rig.Store, 4).ReadFormatVersion(), "one newer copy is enough");
            Assert.AreEqual(writes, rig.Store.DurableWrites);
        }

        [TestMethod]
        public void One_newer_record_in_a_slot_refuses_the_whole_journal()
        {
            // A newer firmware cut off in the middle of its own migration: the header is still ours, a record is not.
            EngineRig rig = RigWithReversalAndBatch();
            JournalRecord newer = JournalSamples.Intent(77, 500);
            newer.Sequence = 95;
            OldJournals.PutNewer(rig.Store, Journal.SlotName(OldJournals.Slots - 1), newer, 4);
            string image = OldJournals.Image(rig.Store);
            int writes = rig.Store.DurableWrites;

            PaymentEngine.CheckJournalFormat(rig.Store); // the header alone is current
            PaymentEngine engine = NewEngine(rig);
            Assert.ThrowsException(typeof(JournalVersionException), () => engine.Start());

            Assert.AreEqual(4, engine.JournalRefusal.FoundVersion);
            Assert.AreEqual(writes, rig.Store.DurableWrites);
            Assert.AreEqual(image, OldJournals.Image(rig.Store));
        }

        [TestMethod]
        public void Older_and_current_journals_pass_the_header_check()
        {
            var empty = new InMemoryRecordStore();
            Assert.AreEqual(0, new Journal(empty, 4).ReadFormatVersion());
            PaymentEngine.CheckJournalFormat(empty);

            var v1 = new InMemoryRecordStore();
            OldJournals.WriteVersion1(v1);
            Assert.AreEqual(1, new Journal(v1, 4).ReadFormatVersion());
            PaymentEngine.CheckJournalFormat(v1);

            var v2 = new InMemoryRecordStore();
            OldJournals.WriteVersion2(v2);
            Assert.AreEqual(2, new Journal(v2, 4).ReadFormatVersion());
            PaymentEngine.CheckJournalFormat(v2);

            EngineRig rig = RigWithReversalAndBatch();
            Assert.AreEqual(JournalRecordCodec.CurrentVersion, new Journal(rig.Store, 4).ReadFormatVersion());
            PaymentEngine.CheckJournalFormat(rig.Store);
        }

        [TestMethod]
        public void Flipped_version_bit_on_a_current_checkpoint_is_repaired_not_taken_for_a_newer_format()
        {
            EngineRig rig = RigWithReversalAndBatch();
            Assert.IsTrue(rig.Store.FlipBit(Journal.CheckpointName(0), 2 * 8 + 2), "version 3 reads as 7"); // byte 2, bit 2

            PaymentEngine.CheckJournalFormat(rig.Store);
            PaymentEngine engine = NewEngine(rig);
            JournalRecovery found = engine.Start();

            Assert.IsNull(engine.JournalRefusal);
            Assert.AreEqual(1, found.CorrectedRecords);
            Assert.AreEqual(1, engine.Log.BatchEntries.Count);
        }

        [TestMethod]
        public void Refused_journal_is_never_ready_for_an_update()
        {
            EngineRig rig = RigWithReversalAndBatch();
            OldJournals.PutNewer(rig.Store, Journal.CheckpointName(0), OldJournals.Checkpoint(90, 5, 200, 0), 4);
            int requests = rig.Host.Requests.Count;
            PaymentEngine engine = NewEngine(rig);
            Assert.ThrowsException(typeof(JournalVersionException), () => engine.Start());

            var readiness = new UpdateReadiness(engine);

            Assert.IsFalse(readiness.Prepare());
            Assert.IsTrue(readiness.JournalRefused);
            Assert.IsNotNull(readiness.Reason);
            Assert.AreEqual(requests, rig.Host.Requests.Count, "nothing sent");
        }

        /// <summary>A terminal with an approved sale in the batch and a reversal the host has not acknowledged.</summary>
        private static EngineRig RigWithReversalAndBatch()
        {
            var rig = new EngineRig();
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(2500, EngineRig.Card()), "sale");
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(4100, EngineRig.Card()), "unanswered sale");
            rig.Host.FinancialBehaviour = ScriptedHost.Approve;
            return rig;
        }

        /// <summary>The firmware after a reboot (a downgrade, in these tests) over the rig's store, link and clock; not started.</summary>
        private static PaymentEngine NewEngine(EngineRig rig)
        {
            return new PaymentEngine(rig.Options, rig.Store, rig.Link, rig.Clock, TestKeys.NewKeyRing(rig.Store));
        }

        private static void ExpectRefused(TransactionResult result, string what)
        {
            Assert.AreEqual((int)TransactionOutcome.Refused, (int)result.Outcome, what);
            Assert.AreEqual((int)RefusalKind.JournalFromNewerFirmware, (int)result.Refusal, what);
        }
    }
}
