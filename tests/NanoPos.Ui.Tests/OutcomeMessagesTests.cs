using nanoFramework.TestFramework;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Tests
{
    /// <summary>Every outcome the engine reports gets a headline and a detail line the cashier can act on.</summary>
    [TestClass]
    public class OutcomeMessagesTests
    {
        [TestMethod]
        public void Approval_shows_the_authorization_code()
        {
            TransactionResult result = new TransactionResult(TransactionOutcome.Approved, 42, "00", null);
            result.AuthCode = "726243";

            Assert.AreEqual((int)MessageId.Approved, (int)OutcomeMessages.Headline(result));
            Assert.AreEqual("Auth code 726243", OutcomeMessages.DetailText(result, Language.English));
            Assert.AreEqual("授权码 726243", OutcomeMessages.DetailText(result, Language.Chinese));
        }

        [TestMethod]
        public void Approval_without_authorization_code_adds_nothing()
        {
            TransactionResult settled = new TransactionResult(TransactionOutcome.Approved, 7, "00", null);

            Assert.AreEqual(string.Empty, OutcomeMessages.DetailText(settled, Language.English));
        }

        [TestMethod]
        public void Decline_shows_the_host_reason()
        {
            TransactionResult result = new TransactionResult(TransactionOutcome.Declined, 42, "51", null);

            Assert.AreEqual((int)MessageId.Declined, (int)OutcomeMessages.Headline(result));
            Assert.AreEqual((int)MessageId.Rc51InsufficientFunds, (int)OutcomeMessages.Detail(result));
            Assert.AreEqual("Insufficient funds - try another card", OutcomeMessages.DetailText(result, Language.English));
        }

        [TestMethod]
        public void Decline_with_an_unknown_code_shows_the_code()
        {
            TransactionResult result = new TransactionResult(TransactionOutcome.Declined, 42, "Q7", null);

            Assert.AreEqual("Declined (code Q7)", OutcomeMessages.DetailText(result, Language.English));
            Assert.AreEqual("交易失败 代码Q7", OutcomeMessages.DetailText(result, Language.Chinese));
        }

        [TestMethod]
        public void No_response_with_reversal_queued_says_the_card_will_not_be_charged()
        {
            TransactionResult result = new TransactionResult(TransactionOutcome.ReversalPending, 42, null, null);

            Assert.AreEqual((int)MessageId.NoResponse, (int)OutcomeMessages.Headline(result));
            Assert.AreEqual("Reversing - the card will not be charged", OutcomeMessages.DetailText(result, Language.English));
            Assert.AreEqual("正在冲正，卡不会被扣款", OutcomeMessages.DetailText(result, Language.Chinese));
        }

        [TestMethod]
        public void Reversed_not_sent_and_no_answer_each_have_their_line()
        {
            Assert.AreEqual((int)MessageId.ReversedNotCharged, (int)OutcomeMessages.Detail(new TransactionResult(TransactionOutcome.Reversed, 1, null, null)));
            Assert.AreEqual((int)MessageId.NotSent, (int)OutcomeMessages.Headline(new TransactionResult(TransactionOutcome.NotSent, 1, null, null)));
            Assert.AreEqual((int)MessageId.NotSentNoConnection, (int)OutcomeMessages.Detail(new TransactionResult(TransactionOutcome.NotSent, 1, null, null)));
            Assert.AreEqual((int)MessageId.NoAnswerNothingChanged, (int)OutcomeMessages.Detail(new TransactionResult(TransactionOutcome.NoAnswer, 1, null, null)));
        }

        [TestMethod]
        public void A_void_that_did_not_go_through_says_the_sale_stays_charged_never_not_charged()
        {
            int[] outcomes = new int[] { (int)TransactionOutcome.Reversed, (int)TransactionOutcome.ReversalPending, (int)TransactionOutcome.NotSent, (int)TransactionOutcome.NoAnswer };
            for (int i = 0; i < outcomes.Length; i++)
            {
                var result = new TransactionResult((TransactionOutcome)outcomes[i], 1, null, null);
                string text = OutcomeMessages.DetailText(RequestKind.Void, result, Language.English);
                Assert.IsTrue(text.IndexOf("the sale stays charged") > 0, "outcome " + outcomes[i].ToString() + ": " + text);
                Assert.IsTrue(text.IndexOf("not charged") < 0 && text.IndexOf("not be charged") < 0, text);
            }

            Assert.AreEqual("Void reversed - the sale stays charged", OutcomeMessages.DetailText(RequestKind.Void, new TransactionResult(TransactionOutcome.Reversed, 1, null, null), Language.English));
            Assert.AreEqual("撤销冲正中，原交易仍扣款", OutcomeMessages.DetailText(RequestKind.Void, new TransactionResult(TransactionOutcome.ReversalPending, 1, null, null), Language.Chinese));
        }

        [TestMethod]
        public void A_refund_that_did_not_go_through_says_no_money_went_back()
        {
            Assert.AreEqual("Refund reversed - no money returned", OutcomeMessages.DetailText(RequestKind.Refund, new TransactionResult(TransactionOutcome.Reversed, 1, null, null), Language.English));
            Assert.AreEqual("Refund reversing - no money returned", OutcomeMessages.DetailText(RequestKind.Refund, new TransactionResult(TransactionOutcome.ReversalPending, 1, null, null), Language.English));
            Assert.AreEqual("No connection - no money returned", OutcomeMessages.DetailText(RequestKind.Refund, new TransactionResult(TransactionOutcome.NotSent, 1, null, null), Language.English));
            Assert.AreEqual("Reversing - the card will not be charged", OutcomeMessages.DetailText(RequestKind.Sale, new TransactionResult(TransactionOutcome.ReversalPending, 1, null, null), Language.English), "a sale keeps its line");
        }

        // A code whose outcome is unknown (ResponseCodePolicy) never reaches the cashier as a decline: the engine reverses
        // the payment and reports ReversalPending or Reversed with the code, and the screen says the card is not charged.
        [DataRow("98")]
        [DataRow("96")]
        [DataRow("A0")]
        [DataRow("68")]
        [DataRow("87")]
        public void An_unknown_outcome_code_shows_the_reversal_never_declined(string code)
        {
            TransactionResult pending = new TransactionResult(TransactionOutcome.ReversalPending, 42, code, null);
            TransactionResult reversed = new TransactionResult(TransactionOutcome.Reversed, 42, code, null);

            Assert.AreEqual((int)MessageId.NoResponse, (int)OutcomeMessages.Headline(pending), code);
            Assert.AreEqual("Reversing - the card will not be charged", OutcomeMessages.DetailText(pending, Language.English), code);
            Assert.AreEqual("正在冲正，卡不会被扣款", OutcomeMessages.DetailText(pending, Language.Chinese), code);
            Assert.AreEqual((int)MessageId.NoResponse, (int)OutcomeMessages.Headline(reversed), code);
            Assert.AreEqual("Reversed - the card was not charged", OutcomeMessages.DetailText(reversed, Language.English), code);
        }

        [TestMethod]
        public void Every_unknown_outcome_row_of_the_engine_policy_shows_the_reversal()
        {
            ResponseCodeRule[] rules = ResponseCodePolicy.Rules;
            int unknown = 0;
            for (int i = 0; i < rules.Length; i++)
            {
                if (rules[i].Class != ResponseClass.OutcomeUnknown)
                {
                    continue;
                }

                unknown++;
                TransactionResult result = new TransactionResult(TransactionOutcome.ReversalPending, 42, rules[i].Code, null);
                Assert.AreEqual((int)MessageId.ReversingNotCharged, (int)OutcomeMessages.Detail(result), rules[i].Code);
                Assert.IsTrue(OutcomeMessages.Headline(result) != MessageId.Declined, rules[i].Code);
            }

            Assert.IsTrue(unknown >= 3, "98, 96 and A0 at least");
        }

        [DataRow("12")]
        [DataRow("13")]
        [DataRow("14")]
        [DataRow("25")]
        [DataRow("30")]
        [DataRow("51")]
        [DataRow("55")]
        [DataRow("61")]
        [DataRow("64")]
        [DataRow("91")]
        [DataRow("94")]
        [DataRow("95")]
        public void A_certain_decline_from_the_simulator_shows_declined_with_its_own_line(string code)
        {
            Assert.AreEqual((int)ResponseClass.Declined, (int)ResponseCodePolicy.ClassOf(code), code);
            TransactionResult result = new TransactionResult(TransactionOutcome.Declined, 42, code, null);

            Assert.AreEqual((int)MessageId.Declined, (int)OutcomeMessages.Headline(result), code);
            Assert.IsTrue(ResponseMessages.IsKnown(code), code);
            Assert.AreEqual(-1, OutcomeMessages.DetailText(result, Language.English).IndexOf("Declined"), code);
        }

        // The engine reports why it refused as a RefusalKind; the sentence (Reason) is for logs only.
        [DataRow((int)RefusalKind.ReversalPending, (int)MessageId.RefusedReversalPending)]
        [DataRow((int)RefusalKind.JournalFull, (int)MessageId.RefusedJournalFull)]
        [DataRow((int)RefusalKind.OriginalNotFound, (int)MessageId.RefusedOriginalNotFound)]
        [DataRow((int)RefusalKind.AlreadyVoided, (int)MessageId.RefusedAlreadyVoided)]
        [DataRow((int)RefusalKind.InvalidInput, (int)MessageId.RefusedInvalidInput)]
        [DataRow((int)RefusalKind.None, (int)MessageId.RefusedInvalidInput)]
        public void Refusals_are_told_apart(int refusal, int expected)
        {
            TransactionResult result = TransactionResult.Refuse((RefusalKind)refusal, "any sentence, in any words");

            Assert.AreEqual((int)MessageId.Refused, (int)OutcomeMessages.Headline(result));
            Assert.AreEqual(expected, (int)OutcomeMessages.Detail(result));
        }
    }
}
