using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// Answers are validated against the request: an answer with the request's STAN whose content is wrong is malformed,
    /// and a sale, void or refund with a malformed answer is reversed at once; an answer for another STAN is a late or stray
    /// answer, dropped while the wait goes on.
    /// </summary>
    [TestClass]
    public class EngineAnswerTests
    {
        private const string Missing = "-";

        [TestMethod]
        public void Approval_of_a_hundredth_of_the_amount_is_malformed_and_the_sale_reversed()
        {
            var rig = new EngineRig();
            rig.Host.Faults.Tamper(Mti.FinancialRequest, 4, "000000000125");
            long start = rig.Clock.MonotonicMs;

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, result, "an approval of 1.25 for a sale of 125.00");
            Assert.IsNull(result.ResponseCode, "a malformed answer's code is not trusted");
            Assert.IsNull(result.AuthCode);
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual("000000012500", rig.Host.Last(Mti.ReversalRequest).GetString(4), "the reversal of what was asked");
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count, "nothing in the batch");
            Assert.AreEqual(1, rig.Engine.Exchange.MalformedAnswers);
            Assert.AreEqual((int)AnswerFault.Amount, (int)rig.Engine.Exchange.LastAnswerFault);
            Assert.IsTrue(rig.Clock.MonotonicMs - start < rig.Options.ResponseTimeoutMs, "known at once, no wait for the timeout");
            Assert.AreEqual(0, rig.Reboot().Engine.Log.PendingCount);
        }

        [DataRow(0, "230", (int)AnswerFault.Mti)]
        [DataRow(0, "200", (int)AnswerFault.Mti)]
        [DataRow(3, "200000", (int)AnswerFault.ProcessingCode)]
        [DataRow(41, "TERM0002", (int)AnswerFault.TerminalId)]
        [DataRow(42, "999999999999999", (int)AnswerFault.MerchantId)]
        [DataRow(49, "840", (int)AnswerFault.Currency)]
        [DataRow(38, Missing, (int)AnswerFault.AuthCode)]
        [DataRow(37, Missing, (int)AnswerFault.Rrn)]
        public void Approval_with_one_field_wrong_is_malformed_and_the_sale_reversed(int field, string value, int fault)
        {
            var rig = new EngineRig();
            rig.Host.Faults.Tamper(Mti.FinancialRequest, field, value == Missing ? null : value);

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, result, "field " + field);
            Assert.AreEqual(fault, (int)rig.Engine.Exchange.LastAnswerFault, "field " + field);
            Assert.AreEqual(1, rig.Engine.Exchange.MalformedAnswers);
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
        }

        [TestMethod]
        public void Approval_carrying_only_stan_terminal_and_code_is_malformed()
        {
            var rig = new EngineRig();
            int[] dropped = new int[] { 2, 3, 4, 12, 13, 22, 25, 37, 38, 42, 49, 60 };
            for (int i = 0; i < dropped.Length; i++)
            {
                rig.Host.Faults.Tamper(Mti.FinancialRequest, dropped[i], null);
            }

            EngineRig.Expect(TransactionOutcome.Reversed, rig.Engine.Sale(12500, EngineRig.Card()), "a 0210 with 11, 41 and 39 only");
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
        }

        [TestMethod]
        public void Decline_that_does_not_match_the_request_is_not_trusted_either()
        {
            var rig = new EngineRig();
            rig.Host.Then(ScriptedHost.Approve, "51");
            rig.Host.Faults.Tamper(Mti.FinancialRequest, 4, "000000000001");

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, result, "a decline of another amount");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
        }

        [TestMethod]
        public void Another_stan_is_dropped_and_waited_out_while_this_stan_with_wrong_content_ends_the_wait_at_once()
        {
            var rig = new EngineRig();
            rig.Host.Then(ScriptedHost.OtherStan, "00");
            long start = rig.Clock.MonotonicMs;

            EngineRig.Expect(TransactionOutcome.Reversed, rig.Engine.Sale(12500, EngineRig.Card()), "answer for another STAN");

            Assert.AreEqual(1, rig.Engine.Exchange.DiscardedFrames, "dropped: the late-answer rule");
            Assert.AreEqual(0, rig.Engine.Exchange.MalformedAnswers, "not malformed: it answers some other request");
            Assert.IsTrue(rig.Clock.MonotonicMs - start >= rig.Options.ResponseTimeoutMs, "the wait went on to the deadline");

            rig.Host.Faults.Tamper(Mti.FinancialRequest, 42, "999999999999999");
            start = rig.Clock.MonotonicMs;
            EngineRig.Expect(TransactionOutcome.Reversed, rig.Engine.Sale(12500, EngineRig.Card()), "this STAN, another merchant");
            Assert.AreEqual(1, rig.Engine.Exchange.MalformedAnswers);
            Assert.IsTrue(rig.Clock.MonotonicMs - start < rig.Options.ResponseTimeoutMs, "no wait");
        }

        [TestMethod]
        public void Void_answered_for_another_amount_is_reversed_and_the_sale_stays_in_effect()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            TransactionResult sale = rig.Engine.Sale(2500, EngineRig.Card());
            rig.Host.Faults.Tamper(Mti.FinancialRequest, 4, "000000000001");

            TransactionResult voided = rig.Engine.Void(sale.Stan);

            EngineRig.Expect(TransactionOutcome.Reversed, voided, "void with a mismatching answer");
            Assert.AreEqual(RequestBuilder.Digits(voided.Stan, 6), rig.Host.Last(Mti.ReversalRequest).GetString(11), "the void is reversed");
            Assert.IsFalse(BatchTotals.IsVoided(rig.Engine.Log.BatchEntries, sale.Stan));
            Assert.AreEqual(1, BatchTotals.Of(rig.Engine.Log.BatchEntries).SaleCount);
        }

        [TestMethod]
        public void Refund_answered_in_another_currency_is_reversed()
        {
            var rig = new EngineRig();
            rig.Host.Faults.Tamper(Mti.AdviceRequest, 49, "840");

            TransactionResult refund = rig.Engine.Refund(3000, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, refund, "refund answered in USD");
            Assert.AreEqual((int)AnswerFault.Currency, (int)rig.Engine.Exchange.LastAnswerFault);
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
        }

        [TestMethod]
        public void Balance_answer_for_another_merchant_is_no_answer_with_nothing_to_reverse()
        {
            var rig = new EngineRig();
            rig.Host.Faults.Tamper(Mti.FinancialRequest, 42, "999999999999999");

            TransactionResult result = rig.Engine.BalanceInquiry(EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.NoAnswer, result, "balance answered for another merchant");
            Assert.IsNull(result.Balance);
            Assert.AreEqual(1, rig.Engine.Exchange.MalformedAnswers);
            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRequest) + rig.Host.Count(Mti.ReversalRepeat));
        }

        [TestMethod]
        public void Sign_on_answer_for_another_terminal_changes_nothing()
        {
            EngineRig rig = EngineRig.SignedOn(7);
            rig.Host.SignOnBatch = 8;
            rig.Host.Faults.Tamper(Mti.NetworkRequest, 41, "TERM0002");

            EngineRig.Expect(TransactionOutcome.NoAnswer, rig.Engine.SignOn(), "0810 for another terminal");
            Assert.AreEqual(7, rig.Engine.Log.BatchNumber);
        }

        [TestMethod]
        public void Reversal_answer_for_another_amount_is_a_failed_attempt_repeated_as_0401()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.Faults.Tamper(Mti.ReversalRequest, 4, "000000000001");

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.ReversalPending, result, "the 0410 does not match the 0400");
            Assert.AreEqual((int)AnswerFault.Amount, (int)rig.Engine.Exchange.LastAnswerFault);
            rig.Clock.Advance(rig.Engine.Reversals.NextAttemptAtMs - rig.Clock.MonotonicMs);
            Assert.IsTrue(rig.Engine.ServiceReversals(), "the repeat is acknowledged");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat));
        }
    }
}
