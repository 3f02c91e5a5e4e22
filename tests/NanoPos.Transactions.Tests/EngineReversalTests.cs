using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>Unknown outcomes: the reversal goes out at once, is retried with backoff, survives reboots, and blocks new requests.</summary>
    [TestClass]
    public class EngineReversalTests
    {
        [TestMethod]
        public void Silent_host_sale_is_reversed_and_stays_reversed_after_a_reboot()
        {
            var rig = new EngineRig();
            rig.Engine.Sale(100, EngineRig.Card()); // reserves the STAN block
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            int writes = rig.Store.DurableWrites;

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, result, "silent host");
            Assert.AreEqual(3, rig.Store.DurableWrites - writes, "intent, reversal attempt, reversal done");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRepeat));
            Assert.AreEqual(1, rig.Engine.Reversals.Acknowledged);
            Assert.AreEqual(0, rig.Engine.Reversals.PendingCount);
            Assert.IsNull(rig.Engine.Log.FindBatchEntry(result.Stan));

            EngineRig after = rig.Reboot();
            Assert.AreEqual(0, after.Engine.Reversals.PendingCount);
            Assert.AreEqual(1, after.Host.Count(Mti.ReversalRequest) + after.Host.Count(Mti.ReversalRepeat), "no second reversal after the reboot");
        }

        [TestMethod]
        public void Unacknowledged_reversal_stays_queued_with_its_attempts_and_age()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.ReversalPending, result, "reversal not acknowledged");
            Assert.AreEqual(1, rig.Engine.Reversals.PendingCount);
            Assert.IsNotNull(rig.Engine.Log.PendingIntent(result.Stan));
            Assert.AreEqual(1, rig.Engine.Reversals.MaxAttempts);
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
            rig.Clock.Advance(120000);
            long age = rig.Engine.Reversals.OldestAgeSeconds(rig.Clock.UtcNow);
            Assert.IsTrue(age >= 120 && age < 300, "age " + age + " s");
        }

        [TestMethod]
        public void Host_code_other_than_00_does_not_acknowledge_a_reversal()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalCode = "96";

            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(12500, EngineRig.Card()), "0410 with 96");
            Assert.AreEqual(1, rig.Engine.Reversals.PendingCount);
        }

        [TestMethod]
        public void After_a_reboot_the_queue_repeats_the_reversal_as_0401_and_clears_it_when_acknowledged()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());
            EngineRig.Expect(TransactionOutcome.ReversalPending, result, "setup");
            rig.Host.ReversalsAnswered = true;

            EngineRig after = rig.Reboot();

            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest), "the first attempt was a 0400");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat), "the attempt after the reboot is flagged as a repeat");
            IsoMessage repeat = rig.Host.Last(Mti.ReversalRepeat);
            Assert.AreEqual(RequestBuilder.Digits(result.Stan, 6), repeat.GetString(11), "the original's STAN");
            Assert.AreEqual("000000012500", repeat.GetString(4));
            Assert.AreEqual(0, after.Engine.Reversals.PendingCount);
            Assert.AreEqual(1, after.Engine.Reversals.Acknowledged);
            Assert.AreEqual(0, after.Reboot().Engine.Reversals.PendingCount, "gone for good");
            Assert.AreEqual(2, rig.Host.Count(Mti.ReversalRequest) + rig.Host.Count(Mti.ReversalRepeat), "nothing sent after the acknowledgement");
        }

        [TestMethod]
        public void Background_retries_wait_for_the_backoff_which_doubles_up_to_the_cap()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            rig.Engine.Sale(12500, EngineRig.Card()); // attempt 1 fails: next in 2 s
            long[] expected = new long[] { 2000, 4000, 8000, 16000, 32000, 60000, 60000 };

            for (int i = 0; i < expected.Length; i++)
            {
                long wait = rig.Engine.Reversals.NextAttemptAtMs - rig.Clock.MonotonicMs;
                Assert.AreEqual(expected[i], wait, "backoff after failure " + (i + 1));
                int sent = Reversals(rig);
                rig.Clock.Advance(wait - 1);
                Assert.IsFalse(rig.Engine.ServiceReversals());
                Assert.AreEqual(sent, Reversals(rig), "retry " + (i + 1) + " went out before its time");
                rig.Clock.Advance(1);
                Assert.IsFalse(rig.Engine.ServiceReversals());
                Assert.AreEqual(sent + 1, Reversals(rig), "retry " + (i + 1) + " did not go out on time");
                Assert.AreEqual(i + 2, rig.Engine.Reversals.MaxAttempts);
            }

            rig.Host.ReversalsAnswered = true;
            rig.Clock.Advance(60000);
            Assert.IsTrue(rig.Engine.ServiceReversals(), "acknowledged at last");
            Assert.AreEqual(0, rig.Engine.Reversals.PendingCount);
            Assert.AreEqual(0L, rig.Engine.Reversals.NextAttemptAtMs);
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest), "only the first was a 0400");
        }

        [TestMethod]
        public void New_sale_is_refused_while_a_reversal_cannot_be_delivered()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            TransactionResult stuck = rig.Engine.Sale(12500, EngineRig.Card());
            rig.Host.FinancialBehaviour = ScriptedHost.Approve;
            int sales = rig.Host.Count(Mti.FinancialRequest);
            int writes = rig.Store.DurableWrites;
            int stansLeft = rig.Engine.Log.ReservedStansLeft;

            TransactionResult refused = rig.Engine.Sale(3000, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Refused, refused, "a reversal is pending and undeliverable");
            Assert.IsNotNull(refused.Reason);
            Assert.IsTrue(refused.Reason.IndexOf("reversal") >= 0, refused.Reason);
            Assert.AreEqual((int)RefusalKind.ReversalPending, (int)refused.Refusal);
            Assert.AreEqual(0, refused.Stan, "no STAN on a refusal");
            Assert.AreEqual(sales, rig.Host.Count(Mti.FinancialRequest), "the sale never left");
            Assert.AreEqual(1, rig.Store.DurableWrites - writes, "only the reversal attempt was written, no intent");
            Assert.AreEqual(stansLeft, rig.Engine.Log.ReservedStansLeft, "no STAN used");
            Assert.AreEqual(1, rig.Engine.Log.PendingCount, "no new intent");

            rig.Host.ReversalsAnswered = true;
            TransactionResult next = rig.Engine.Sale(3000, EngineRig.Card());
            EngineRig.Expect(TransactionOutcome.Approved, next, "once the reversal is through");
            Assert.AreEqual(stuck.Stan + 1, next.Stan, "the refusal used no STAN");
        }

        private static int Reversals(EngineRig rig)
        {
            return rig.Host.Count(Mti.ReversalRequest) + rig.Host.Count(Mti.ReversalRepeat);
        }
    }
}
