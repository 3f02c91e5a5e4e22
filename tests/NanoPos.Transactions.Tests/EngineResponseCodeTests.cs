using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// What each response code does to a payment (<see cref="ResponseCodePolicy"/>): approved into the batch, declined for
    /// good, or outcome unknown and reversed; a code without a row is unknown.
    /// </summary>
    [TestClass]
    public class EngineResponseCodeTests
    {
        private const int Approved = (int)ResponseClass.Approved;
        private const int Declined = (int)ResponseClass.Declined;
        private const int Unknown = (int)ResponseClass.OutcomeUnknown;

        // Every code the acquirer simulator sends (ResponseCodes.cs, its README, the answerCode fault), and one it does not.
        [DataRow("00", Approved)]
        [DataRow("12", Declined)]
        [DataRow("13", Declined)]
        [DataRow("14", Declined)]
        [DataRow("25", Declined)]
        [DataRow("30", Declined)]
        [DataRow("51", Declined)]
        [DataRow("55", Declined)]
        [DataRow("61", Declined)]
        [DataRow("64", Declined)]
        [DataRow("91", Declined)]
        [DataRow("94", Declined)]
        [DataRow("95", Declined)]
        [DataRow("96", Unknown)]
        [DataRow("98", Unknown)]
        [DataRow("A0", Unknown)]
        [DataRow("87", Unknown)]
        public void Sale_answered_with_a_simulator_code_ends_as_the_policy_says(string code, int expected)
        {
            var rig = new EngineRig();
            rig.Host.Then(ScriptedHost.Approve, code);

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            Check(rig, result, code, expected);
        }

        [TestMethod]
        public void Every_row_of_the_policy_does_to_a_sale_what_its_class_says()
        {
            ResponseCodeRule[] rules = ResponseCodePolicy.Rules;
            for (int i = 0; i < rules.Length; i++)
            {
                var rig = new EngineRig();
                rig.Host.Then(ScriptedHost.Approve, rules[i].Code);

                Check(rig, rig.Engine.Sale(12500, EngineRig.Card()), rules[i].Code, (int)rules[i].Class);
            }
        }

        [TestMethod]
        public void Unknown_outcome_walks_to_the_reversal_on_its_own_row()
        {
            var rig = new EngineRig();
            rig.Host.Then(ScriptedHost.Approve, "98");

            rig.Engine.Sale(12500, EngineRig.Card());

            Assert.AreEqual("Idle Flushing Preparing Connecting Sending AwaitingResponse ReversalPending Reversed", Path(rig.Engine.LastPath));
            Assert.AreEqual(0, rig.Engine.Exchange.MalformedAnswers, "a well-formed answer, only its outcome is unknown");
        }

        [TestMethod]
        public void Unknown_outcome_whose_reversal_is_not_acknowledged_stays_queued_with_the_code()
        {
            var rig = new EngineRig();
            rig.Host.ReversalsAnswered = false;
            rig.Host.Then(ScriptedHost.Approve, "A0");

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.ReversalPending, result, "A0, reversal unanswered");
            Assert.AreEqual("A0", result.ResponseCode);
            Assert.AreEqual(1, rig.Engine.Reversals.PendingCount);
            rig.Host.ReversalsAnswered = true;
            EngineRig after = rig.Reboot();
            Assert.AreEqual(0, after.Engine.Reversals.PendingCount, "the boot delivers it");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat), "as a repeat");
        }

        [TestMethod]
        public void Void_and_refund_with_an_unknown_outcome_are_reversed()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            TransactionResult sale = rig.Engine.Sale(2500, EngineRig.Card());
            rig.Host.Then(ScriptedHost.Approve, "96");
            rig.Host.Then(ScriptedHost.Approve, "98");

            TransactionResult voided = rig.Engine.Void(sale.Stan);
            TransactionResult refund = rig.Engine.Refund(700, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, voided, "void answered 96");
            EngineRig.Expect(TransactionOutcome.Reversed, refund, "refund answered 98");
            Assert.AreEqual(2, rig.Host.Count(Mti.ReversalRequest));
            Assert.IsFalse(BatchTotals.IsVoided(rig.Engine.Log.BatchEntries, sale.Stan), "the sale stays in effect");
            Assert.AreEqual(1, rig.Engine.Log.BatchEntries.Count);
        }

        [TestMethod]
        public void Balance_inquiry_with_an_unknown_outcome_code_has_nothing_to_reverse()
        {
            var rig = new EngineRig();
            rig.Host.Then(ScriptedHost.Approve, "98");

            TransactionResult result = rig.Engine.BalanceInquiry(EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Declined, result, "no money moves: a refusal with its code");
            Assert.AreEqual("98", result.ResponseCode);
            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
        }

        private static void Check(EngineRig rig, TransactionResult result, string code, int expected)
        {
            int reversals = rig.Host.Count(Mti.ReversalRequest) + rig.Host.Count(Mti.ReversalRepeat);
            Assert.AreEqual(code, result.ResponseCode, code + ": the host's code is reported");
            Assert.AreEqual(0, rig.Engine.Log.PendingCount, code);
            if (expected == Approved)
            {
                EngineRig.Expect(TransactionOutcome.Approved, result, code);
                Assert.AreEqual(1, rig.Engine.Log.BatchEntries.Count, code);
                Assert.AreEqual(0, reversals, code);
            }
            else if (expected == Declined)
            {
                EngineRig.Expect(TransactionOutcome.Declined, result, code);
                Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count, code);
                Assert.AreEqual(0, reversals, code + ": a certain decline is not reversed");
            }
            else
            {
                EngineRig.Expect(TransactionOutcome.Reversed, result, code);
                Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count, code);
                Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest), code + ": the outcome is unknown, so it is reversed");
                Assert.AreEqual(RequestBuilder.Digits(result.Stan, 6), rig.Host.Last(Mti.ReversalRequest).GetString(11), code);
            }

            Assert.AreEqual(0, rig.Reboot().Engine.Log.PendingCount, code + ": nothing left after a reboot");
        }

        private static string Path(TransactionState[] path)
        {
            string text = string.Empty;
            for (int i = 0; i < path.Length; i++)
            {
                text += (i > 0 ? " " : string.Empty) + TransactionNames.Of(path[i]);
            }

            return text;
        }
    }
}
