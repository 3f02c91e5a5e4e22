using System;
using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>A sale as the cashier sees it: approved, declined, and every kind of odd answer from the host.</summary>
    [TestClass]
    public class EngineSaleTests
    {
        [TestMethod]
        public void Approved_sale_costs_two_writes_is_in_the_batch_and_shows_the_host_fields()
        {
            var rig = new EngineRig();
            rig.Engine.Sale(100, EngineRig.Card()); // reserves the STAN block
            int writes = rig.Store.DurableWrites;
            long bytes = rig.Engine.Log.Journal.BytesWritten;

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Approved, result, "sale");
            Assert.AreEqual(2, rig.Store.DurableWrites - writes, "intent + outcome, nothing else");
            Assert.AreEqual(426L, rig.Engine.Log.Journal.BytesWritten - bytes, "a 201-byte intent and a 225-byte outcome, each with its parity and a copy of the previous batch entry");
            Assert.AreEqual("00", result.ResponseCode);
            Assert.AreEqual("AUTH01", result.AuthCode);
            Assert.AreEqual("000000000001", result.Rrn);
            Assert.AreEqual(12500L, result.AmountMinor);
            Assert.AreEqual("622202*********0123", result.MaskedPan);
            Assert.AreEqual(3, result.Stan, "STAN 1 was the rig's sign-on, 2 the first sale");
            JournalRecord entry = rig.Engine.Log.FindBatchEntry(result.Stan);
            Assert.IsNotNull(entry, "the approval is the batch entry");
            Assert.AreEqual(12500L, entry.AmountMinor);
            Assert.AreEqual("AUTH01", entry.AuthCode);
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRequest) + rig.Host.Count(Mti.ReversalRepeat));
            Assert.IsNotNull(rig.Reboot().Engine.Log.FindBatchEntry(result.Stan), "the batch entry survives a reboot");
        }

        [TestMethod]
        public void Declined_sale_shows_the_host_code_and_leaves_nothing_behind()
        {
            var rig = new EngineRig();
            rig.Host.FinancialCode = "51";

            TransactionResult result = rig.Engine.Sale(12551, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Declined, result, "insufficient funds");
            Assert.AreEqual("51", result.ResponseCode);
            Assert.IsNull(result.AuthCode);
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRequest), "a decline is an answer: nothing to reverse");
            EngineRig after = rig.Reboot();
            Assert.AreEqual(0, after.Engine.Log.PendingCount, "nothing pending after a reboot either");
            Assert.AreEqual(0, after.Host.Count(Mti.ReversalRequest));
        }

        [TestMethod]
        public void Late_answer_never_revives_the_sale_and_does_not_confuse_the_next_one()
        {
            var rig = new EngineRig();
            rig.Host.LateMs = rig.Options.ResponseTimeoutMs + 5000;
            rig.Host.Then(ScriptedHost.Late, "00");

            TransactionResult late = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, late, "an approval after the deadline");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count, "the late approval is not in the batch");
            rig.Clock.Advance(10000); // the late answer's time has come and gone

            TransactionResult next = rig.Engine.Sale(3000, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Approved, next, "the next sale");
            Assert.AreEqual(late.Stan + 1, next.Stan);
            Assert.AreEqual(1, rig.Engine.Log.BatchEntries.Count);
            Assert.AreEqual(3000L, ((JournalRecord)rig.Engine.Log.BatchEntries[0]).AmountMinor);
            Assert.IsNull(rig.Engine.Log.FindBatchEntry(late.Stan));
            Assert.AreEqual(1, rig.Reboot().Engine.Log.BatchEntries.Count, "still only the second sale after a reboot");
        }

        [TestMethod]
        public void Duplicated_answer_approves_once_and_the_next_sale_gets_its_own_answer()
        {
            var rig = new EngineRig();
            rig.Host.Then(ScriptedHost.Twice, "00");
            rig.Host.Then(ScriptedHost.Approve, "51");

            TransactionResult first = rig.Engine.Sale(12500, EngineRig.Card());
            TransactionResult second = rig.Engine.Sale(4451, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Approved, first, "the duplicated approval");
            EngineRig.Expect(TransactionOutcome.Declined, second, "the next sale must not take the duplicate for its answer");
            Assert.AreEqual("51", second.ResponseCode);
            Assert.AreEqual(1, rig.Engine.Log.BatchEntries.Count);
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRequest));
        }

        [TestMethod]
        public void Malformed_answer_is_reversed_at_once_without_waiting_for_the_timeout()
        {
            var rig = new EngineRig();
            rig.Host.Then(ScriptedHost.Garbage, "00");
            long start = rig.Clock.MonotonicMs;

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, result, "an answer that cannot be decoded");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
            Assert.IsTrue(rig.Clock.MonotonicMs - start < rig.Options.ResponseTimeoutMs, "malformed is known at once");
        }

        [TestMethod]
        public void Answer_without_a_response_code_is_unknown_and_reversed()
        {
            // A 0210 without field 39 says neither yes nor no: taking it for a decline would leave a possible
            // approval at the host unreversed.
            var rig = new EngineRig();
            rig.Host.Then(ScriptedHost.NoResponseCode, null);

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, result, "an answer without a response code");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
        }

        [TestMethod]
        public void Answer_for_another_stan_is_dropped_and_the_sale_reversed()
        {
            var rig = new EngineRig();
            rig.Host.Then(ScriptedHost.OtherStan, "00");

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, result, "an answer to some other request");
            Assert.AreEqual(1, rig.Engine.Exchange.DiscardedFrames);
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
        }

        [TestMethod]
        public void Card_data_the_request_cannot_carry_is_refused_before_anything_is_written()
        {
            // An entry mode or expiry that field 22 or 14 cannot carry would fail only when the request is packed,
            // after the intent is durable; the pending reversal would then fail the same way forever.
            var rig = new EngineRig();
            rig.Engine.Sale(100, EngineRig.Card());
            int writes = rig.Store.DurableWrites;
            var badEntryMode = new CardData("6222021234567890123", "2912", "51");
            var badExpiry = new CardData("6222021234567890123", "29A2", "051");
            var badPinBlock = new CardData("6222021234567890123", "2912", "051");
            badPinBlock.PinBlock = new byte[] { 1, 2, 3 };

            EngineRig.Expect(TransactionOutcome.Refused, rig.Engine.Sale(500, badEntryMode), "entry mode of two digits");
            EngineRig.Expect(TransactionOutcome.Refused, rig.Engine.Sale(500, badExpiry), "expiry with a letter");
            EngineRig.Expect(TransactionOutcome.Refused, rig.Engine.Refund(500, badPinBlock), "PIN block of 3 bytes");
            EngineRig.Expect(TransactionOutcome.Refused, rig.Engine.BalanceInquiry(badEntryMode), "balance with a bad entry mode");

            Assert.AreEqual(writes, rig.Store.DurableWrites, "nothing written");
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(600, EngineRig.Card()), "the terminal still works");
        }

        [TestMethod]
        public void Currency_code_field_49_cannot_carry_is_refused_when_the_engine_is_made()
        {
            var options = new EngineOptions();
            options.CurrencyCode = "15";

            Assert.ThrowsException(typeof(ArgumentException), () => options.Validate());
        }

        [TestMethod]
        public void Amount_out_of_range_is_refused_with_a_reason()
        {
            var rig = new EngineRig();
            int requests = rig.Host.Requests.Count;

            TransactionResult zero = rig.Engine.Sale(0, EngineRig.Card());
            TransactionResult huge = rig.Engine.Sale(rig.Options.MaxAmountMinor + 1, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Refused, zero, "zero");
            EngineRig.Expect(TransactionOutcome.Refused, huge, "above the maximum");
            Assert.IsNotNull(zero.Reason);
            Assert.AreEqual((int)RefusalKind.InvalidInput, (int)zero.Refusal);
            Assert.AreEqual((int)RefusalKind.InvalidInput, (int)huge.Refusal);
            Assert.AreEqual(requests, rig.Host.Requests.Count, "nothing sent");
        }
    }
}
