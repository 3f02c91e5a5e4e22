using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The reversal path never dies on storage: a failing or full store still sends the reversal, a repeat is flagged
    /// 0401 whenever the first attempt could not be made durable, an acknowledgement that cannot be recorded leaves the
    /// reversal pending, and no write failure lets a second 0400 out.
    /// </summary>
    [TestClass]
    public class EngineReversalStorageTests
    {
        [TestMethod]
        public void Attempt_write_failing_still_sends_the_reversal_flagged_as_a_repeat()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.Faults.FailWriteWhen(Mti.FinancialRequest, 1); // the write after the sale left: attempt 1

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, result, "reversal sent without its attempt record");
            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRequest), "no 0400 without a durable attempt 1");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat));
            Assert.AreEqual(1, rig.Engine.Reversals.UnrecordedAttempts);
            Assert.AreEqual(0, rig.Engine.Reversals.PendingCount);
            EngineRig after = rig.Reboot();
            Assert.AreEqual(0, after.Engine.Reversals.PendingCount);
            Assert.AreEqual(1, Reversals(rig), "nothing sent after the reboot");
        }

        [TestMethod]
        public void An_unrecorded_send_keeps_every_later_send_of_the_boot_a_repeat()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            rig.Host.Faults.FailWriteWhen(Mti.FinancialRequest, 1);
            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(12500, EngineRig.Card()), "unrecorded, unanswered");
            rig.Host.ReversalsAnswered = true;

            rig.Clock.Advance(rig.Engine.Reversals.NextAttemptAtMs - rig.Clock.MonotonicMs);
            Assert.IsTrue(rig.Engine.ServiceReversals());

            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRequest), "attempt 1 is durable now, but a reversal already left: 0401");
            Assert.AreEqual(2, rig.Host.Count(Mti.ReversalRepeat));
        }

        [TestMethod]
        public void Attempt_write_failing_at_boot_still_sends_the_pending_reversal()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(12500, EngineRig.Card()), "setup");
            rig.Host.ReversalsAnswered = true;
            rig.Store.FailWriteAt(1); // recovery only reads: the boot's first write is attempt 2

            EngineRig after = rig.Reboot();

            Assert.AreEqual(0, after.Engine.Reversals.PendingCount, "sent, acknowledged, recorded");
            Assert.AreEqual(1, after.Engine.Reversals.UnrecordedAttempts);
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat));
        }

        [TestMethod]
        public void Done_write_failing_after_the_acknowledgement_leaves_the_reversal_pending_and_repeats_it_as_0401()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.Faults.FailWriteWhen(Mti.ReversalRequest, 1); // the write after the 0400 left: ReversalDone

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.ReversalPending, result, "acknowledged, not recorded: still reversing");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(1, rig.Engine.Reversals.PendingCount, "not lost");
            Assert.AreEqual(1, rig.Engine.Reversals.UnrecordedAcknowledgements);
            Assert.AreEqual(0, rig.Engine.Reversals.Acknowledged);
            long wait = rig.Engine.Reversals.NextAttemptAtMs - rig.Clock.MonotonicMs;
            Assert.AreEqual((long)rig.Options.BackoffInitialMs, wait, "retried after the backoff, not at every idle tick");
            Assert.IsFalse(rig.Engine.ServiceReversals());
            Assert.AreEqual(1, Reversals(rig), "nothing before the backoff");

            rig.Clock.Advance(wait);
            Assert.IsTrue(rig.Engine.ServiceReversals());

            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat), "repeated as 0401");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest), "one 0400 only");
            Assert.AreEqual(0, rig.Reboot().Engine.Reversals.PendingCount);
            Assert.AreEqual(2, Reversals(rig));
        }

        [TestMethod]
        public void Done_write_failing_is_repeated_as_0401_by_the_next_boot()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.Faults.FailWriteWhen(Mti.ReversalRequest, 1);
            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(12500, EngineRig.Card()), "done not recorded");

            EngineRig after = rig.Reboot();

            Assert.AreEqual(0, after.Engine.Reversals.PendingCount);
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat));
        }

        [TestMethod]
        public void Full_store_still_sends_the_reversal_and_records_it_once_there_is_room()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.Faults.FillStoreWhen(Mti.FinancialRequest);

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.ReversalPending, result, "store full: sent, acknowledged, not recorded");
            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat), "the reversal went out");
            Assert.AreEqual(1, rig.Engine.Reversals.UnrecordedAttempts);
            Assert.AreEqual(1, rig.Engine.Reversals.UnrecordedAcknowledgements);
            Assert.AreEqual(1, rig.Engine.Reversals.PendingCount);

            rig.Host.FinancialBehaviour = ScriptedHost.Approve;
            TransactionResult refused = rig.Engine.Sale(3000, EngineRig.Card());
            EngineRig.Expect(TransactionOutcome.Refused, refused, "no new payment while the reversal is not recorded");
            Assert.AreEqual((int)RefusalKind.ReversalPending, (int)refused.Refusal);
            Assert.AreEqual(1, rig.Host.Count(Mti.FinancialRequest), "the new sale never left");

            rig.Host.Faults.Unfill();
            rig.Clock.Advance(rig.Engine.Reversals.NextAttemptAtMs - rig.Clock.MonotonicMs);
            Assert.IsTrue(rig.Engine.ServiceReversals(), "recorded once there is room");
            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRequest), "never a 0400");
            Assert.AreEqual(0, rig.Reboot().Engine.Reversals.PendingCount);
        }

        [TestMethod]
        public void A_power_cut_during_the_attempt_write_is_not_taken_for_a_medium_error()
        {
            // A power cut stops the firmware: nothing may be sent after it, and the next boot sends the first reversal.
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.Faults.CutPowerWhen(Mti.FinancialRequest, 1);

            Assert.ThrowsException(typeof(PowerCutException), () => rig.Engine.Sale(12500, EngineRig.Card()));
            Assert.AreEqual(0, Reversals(rig), "the dead firmware sent nothing");

            rig.Store.PowerUp();
            EngineRig after = rig.Reboot();
            Assert.AreEqual(0, after.Engine.Reversals.PendingCount);
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest), "the boot's reversal is the first: 0400");
        }

        [TestMethod]
        public void Failing_each_write_of_a_reversal_retried_across_a_reboot_never_loses_it_nor_sends_two_0400s()
        {
            // The path: the sale times out; attempt 1 and the 0400 go unanswered; the next boot sends attempt 2 (0401), the
            // host acknowledges, ReversalDone. Every write from the sale's departure on fails once, in turn.
            int writes = Retried(0);
            Assert.IsTrue(writes >= 3, "attempt 1, attempt 2 and the done record at least; counted " + writes);
            for (int k = 1; k <= writes; k++)
            {
                Retried(k);
            }
        }

        [TestMethod]
        public void Failing_each_write_of_a_reversal_acknowledged_at_once_never_loses_it_nor_sends_two_0400s()
        {
            int writes = AcknowledgedAtOnce(0);
            Assert.IsTrue(writes >= 2, "attempt 1 and the done record at least; counted " + writes);
            for (int k = 1; k <= writes; k++)
            {
                AcknowledgedAtOnce(k);
            }
        }

        /// <summary>Runs the retried path with write k failing (0: none); returns the writes the path made after the sale left.</summary>
        private static int Retried(int k)
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            rig.Host.Faults.MarkWhen(Mti.FinancialRequest);
            if (k > 0)
            {
                rig.Host.Faults.FailWriteWhen(Mti.FinancialRequest, k);
            }

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());
            EngineRig.Expect(TransactionOutcome.ReversalPending, result, "write " + k + ": unanswered reversal");
            rig.Host.ReversalsAnswered = true;
            EngineRig after = rig.Reboot();
            after.Clock.Advance(after.Options.BackoffMaxMs);
            after.Engine.ServiceReversals();
            return Finish(after, result.Stan, "write " + k + " of the retried path");
        }

        private static int AcknowledgedAtOnce(int k)
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.Faults.MarkWhen(Mti.FinancialRequest);
            if (k > 0)
            {
                rig.Host.Faults.FailWriteWhen(Mti.FinancialRequest, k);
            }

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());
            Assert.IsTrue(result.Outcome == TransactionOutcome.Reversed || result.Outcome == TransactionOutcome.ReversalPending, "write " + k);
            rig.Clock.Advance(rig.Options.BackoffMaxMs);
            rig.Engine.ServiceReversals();
            return Finish(rig, result.Stan, "write " + k + " of the path acknowledged at once");
        }

        private static int Finish(EngineRig rig, int stan, string what)
        {
            int writes = rig.Store.DurableWrites - rig.Host.Faults.Marked;
            EngineRig final = rig.Reboot();
            Assert.AreEqual(0, final.Engine.Reversals.PendingCount, what + ": delivered and recorded in the end");
            Assert.IsTrue(rig.Host.Count(Mti.ReversalRequest) <= 1, what + ": " + rig.Host.Count(Mti.ReversalRequest) + " x 0400");
            Assert.IsTrue(Reversals(rig) >= 1, what + ": never sent");
            Assert.IsNull(final.Engine.Log.FindBatchEntry(stan), what + ": never charged");
            return writes;
        }

        private static int Reversals(EngineRig rig)
        {
            return rig.Host.Count(Mti.ReversalRequest) + rig.Host.Count(Mti.ReversalRepeat);
        }
    }
}
