using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>An answer is checked field by field against its request, and the first field that fails is named.</summary>
    [TestClass]
    public class AnswerCheckTests
    {
        // "-" in a row removes the field: a data row on the device carries no null.
        private const string Missing = "-";

        [TestMethod]
        public void Full_echo_with_auth_code_and_rrn_matches()
        {
            IsoMessage sale = Sale();

            Assert.AreEqual((int)AnswerFault.None, (int)AnswerCheck.Check(sale, Answer(sale, "00")));
        }

        [DataRow(3, "200000", (int)AnswerFault.ProcessingCode)]
        [DataRow(3, Missing, (int)AnswerFault.ProcessingCode)]
        [DataRow(4, "000000000125", (int)AnswerFault.Amount)]
        [DataRow(4, Missing, (int)AnswerFault.Amount)]
        [DataRow(11, Missing, (int)AnswerFault.Stan)]
        [DataRow(41, "TERM0002", (int)AnswerFault.TerminalId)]
        [DataRow(41, Missing, (int)AnswerFault.TerminalId)]
        [DataRow(42, "999999999999999", (int)AnswerFault.MerchantId)]
        [DataRow(42, Missing, (int)AnswerFault.MerchantId)]
        [DataRow(49, "840", (int)AnswerFault.Currency)]
        [DataRow(49, Missing, (int)AnswerFault.Currency)]
        [DataRow(39, Missing, (int)AnswerFault.ResponseCode)]
        [DataRow(39, "0", (int)AnswerFault.ResponseCode)]
        [DataRow(39, "0 ", (int)AnswerFault.ResponseCode)]
        [DataRow(38, Missing, (int)AnswerFault.AuthCode)]
        [DataRow(38, "      ", (int)AnswerFault.AuthCode)]
        [DataRow(38, "AB12", (int)AnswerFault.AuthCode)]
        [DataRow(38, "AB-123", (int)AnswerFault.AuthCode)]
        [DataRow(37, Missing, (int)AnswerFault.Rrn)]
        [DataRow(37, "12345", (int)AnswerFault.Rrn)]
        [DataRow(37, "00000000000 ", (int)AnswerFault.Rrn)]
        public void An_approved_sale_answer_with_one_field_wrong_names_that_field(int field, string value, int expected)
        {
            IsoMessage sale = Sale();
            IsoMessage answer = Answer(sale, "00");
            answer.Set(field, value == Missing ? null : value);

            AnswerFault fault = AnswerCheck.Check(sale, answer);

            Assert.AreEqual(expected, (int)fault, "field " + field + " = '" + value + "'");
            Assert.AreEqual(field, AnswerCheck.FieldOf(fault), "the fault names its field");
        }

        [TestMethod]
        public void An_answer_with_another_response_mti_fails_on_the_mti()
        {
            IsoMessage sale = Sale();
            IsoMessage answer = Answer(sale, "00");
            answer.Mti = Mti.AdviceResponse;
            Assert.AreEqual((int)AnswerFault.Mti, (int)AnswerCheck.Check(sale, answer));

            answer.Mti = Mti.FinancialRequest; // the request echoed back (the simulator's wrongMti default)
            Assert.AreEqual((int)AnswerFault.Mti, (int)AnswerCheck.Check(sale, answer));
            Assert.AreEqual(0, AnswerCheck.FieldOf(AnswerFault.Mti), "the MTI is field 0 by the usual count");
        }

        [TestMethod]
        public void The_answer_the_issue_found_accepted_with_only_stan_terminal_and_code_is_malformed()
        {
            IsoMessage sale = Sale();
            var answer = new IsoMessage();
            answer.Mti = Mti.FinancialResponse;
            answer.Set(11, sale.GetString(11));
            answer.Set(41, sale.GetString(41));
            answer.Set(39, "00");

            Assert.IsTrue(AnswerCheck.Check(sale, answer) != AnswerFault.None);
        }

        [TestMethod]
        public void A_decline_or_an_unknown_outcome_needs_no_auth_code()
        {
            IsoMessage sale = Sale();
            IsoMessage declined = Answer(sale, "51");
            declined.Remove(38);
            IsoMessage unknown = Answer(sale, "98");
            unknown.Remove(38);
            unknown.Remove(37);

            Assert.AreEqual((int)AnswerFault.None, (int)AnswerCheck.Check(sale, declined));
            Assert.AreEqual((int)AnswerFault.None, (int)AnswerCheck.Check(sale, unknown), "its code decides, not the check");
        }

        [TestMethod]
        public void A_balance_approval_moves_no_money_and_needs_no_auth_code()
        {
            IsoMessage balance = Sale();
            balance.Set(3, RequestBuilder.BalanceCode);
            balance.Remove(4);
            IsoMessage answer = Answer(balance, "00");
            answer.Remove(38);
            answer.Remove(37);

            Assert.AreEqual((int)AnswerFault.None, (int)AnswerCheck.Check(balance, answer));
        }

        [TestMethod]
        public void A_reversal_answer_must_echo_the_amount_but_needs_no_auth_code()
        {
            IsoMessage repeat = Sale();
            repeat.Mti = Mti.ReversalRepeat;
            repeat.Set(39, RequestBuilder.ReversalReason);
            IsoMessage answer = Answer(repeat, "00");
            answer.Remove(38);

            Assert.AreEqual((int)AnswerFault.None, (int)AnswerCheck.Check(repeat, answer), "0401 is answered by 0410");
            answer.Remove(4);
            Assert.AreEqual((int)AnswerFault.Amount, (int)AnswerCheck.Check(repeat, answer));
        }

        [TestMethod]
        public void Administrative_answers_need_not_echo_amounts_or_the_local_time_but_must_not_change_them()
        {
            // The host's documented echo for 0330, 0510 and 0810 is 11, 12, 13, 41, 42, 49, 60; a sign-on answer carries
            // the host's own time and date in 12 and 13.
            IsoMessage upload = Sale();
            upload.Mti = Mti.BatchUploadRequest;
            upload.Remove(2);
            IsoMessage answer = Answer(upload, "00");
            answer.Remove(3);
            answer.Remove(4);
            answer.Remove(38);
            answer.Set(12, "235959");
            answer.Set(13, "0101");

            Assert.AreEqual((int)AnswerFault.None, (int)AnswerCheck.Check(upload, answer));
            answer.Set(4, "000000000001");
            Assert.AreEqual((int)AnswerFault.Amount, (int)AnswerCheck.Check(upload, answer));
        }

        [TestMethod]
        public void A_field_the_request_did_not_carry_is_not_checked()
        {
            IsoMessage signOn = new IsoMessage();
            signOn.Mti = Mti.NetworkRequest;
            signOn.Set(11, "000007");
            signOn.Set(41, "TERM0001");
            signOn.Set(42, "123456789012345");
            IsoMessage answer = Answer(signOn, "00");
            answer.Set(49, "156");
            answer.Set(4, "000000000001");

            Assert.AreEqual((int)AnswerFault.None, (int)AnswerCheck.Check(signOn, answer));
        }

        [TestMethod]
        public void Faults_without_a_field_name_none()
        {
            Assert.AreEqual(-1, AnswerCheck.FieldOf(AnswerFault.None));
            Assert.AreEqual(-1, AnswerCheck.FieldOf(AnswerFault.Undecodable));
        }

        private static IsoMessage Sale()
        {
            var sale = new IsoMessage();
            sale.Mti = Mti.FinancialRequest;
            sale.Set(2, "6222021234567890123");
            sale.Set(3, RequestBuilder.SaleCode);
            sale.Set(4, "000000012500");
            sale.Set(11, "000042");
            sale.Set(12, "100000");
            sale.Set(13, "1122");
            sale.Set(22, "012");
            sale.Set(25, "00");
            sale.Set(41, "TERM0001");
            sale.Set(42, "123456789012345");
            sale.Set(49, "156");
            sale.Set(60, "22000005000");
            return sale;
        }

        private static IsoMessage Answer(IsoMessage request, string code)
        {
            var answer = new IsoMessage();
            answer.Mti = Mti.ResponseOf(request.Mti);
            int[] echo = new int[] { 2, 3, 4, 11, 12, 13, 22, 25, 41, 42, 49, 60 };
            for (int i = 0; i < echo.Length; i++)
            {
                answer.Set(echo[i], request.GetString(echo[i]));
            }

            answer.Set(37, "123456000001");
            answer.Set(38, "726243");
            answer.Set(39, code);
            return answer;
        }
    }
}
