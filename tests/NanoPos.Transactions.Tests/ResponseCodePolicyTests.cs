using nanoFramework.TestFramework;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>The response-code policy table: one row per code, each with a class and a reason; a code without a row is unknown.</summary>
    [TestClass]
    public class ResponseCodePolicyTests
    {
        private const int Approved = (int)ResponseClass.Approved;
        private const int Declined = (int)ResponseClass.Declined;
        private const int Unknown = (int)ResponseClass.OutcomeUnknown;

        // Every code the acquirer simulator sends (tools/NanoPos.HostSim/ResponseCodes.cs and its README: decision rules,
        // answer91, and the answerCode fault's 96, 98, A0), with the class this terminal gives it.
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
        public void Every_code_the_simulator_sends_has_its_row(string code, int expected)
        {
            ResponseCodeRule rule = ResponseCodePolicy.Find(code);

            Assert.IsNotNull(rule, code + " has no row");
            Assert.AreEqual(code, rule.Code);
            Assert.AreEqual(expected, (int)rule.Class, code);
            Assert.AreEqual(expected, (int)ResponseCodePolicy.ClassOf(code), code);
        }

        [DataRow("87")]
        [DataRow("Q7")]
        [DataRow("19")]
        [DataRow("0")]
        [DataRow("000")]
        [DataRow("")]
        public void A_code_without_a_row_is_unknown_never_a_decline(string code)
        {
            Assert.IsNull(ResponseCodePolicy.Find(code), code);
            Assert.AreEqual(Unknown, (int)ResponseCodePolicy.ClassOf(code), code);
            Assert.IsFalse(ResponseCodePolicy.IsApproval(code), code);
        }

        [TestMethod]
        public void No_code_is_null_and_null_is_unknown()
        {
            Assert.IsNull(ResponseCodePolicy.Find(null));
            Assert.AreEqual(Unknown, (int)ResponseCodePolicy.ClassOf(null));
            Assert.IsFalse(ResponseCodePolicy.IsApproval(null));
        }

        [TestMethod]
        public void Each_row_is_one_code_of_two_characters_with_a_class_and_a_reason()
        {
            ResponseCodeRule[] rules = ResponseCodePolicy.Rules;
            Assert.IsTrue(rules.Length >= 16, "at least the simulator's codes");
            for (int i = 0; i < rules.Length; i++)
            {
                string code = rules[i].Code;
                Assert.IsNotNull(code, "row " + i);
                Assert.AreEqual(2, code.Length, "row " + i + ": " + code);
                int cls = (int)rules[i].Class;
                Assert.IsTrue(cls == Approved || cls == Declined || cls == Unknown, code);
                Assert.IsNotNull(rules[i].Reason, code);
                Assert.IsTrue(rules[i].Reason.Length > 10, code + " says why");
                for (int j = i + 1; j < rules.Length; j++)
                {
                    Assert.IsFalse(code == rules[j].Code, code + " has two rows");
                }
            }
        }

        [TestMethod]
        public void Only_00_approves()
        {
            ResponseCodeRule[] rules = ResponseCodePolicy.Rules;
            for (int i = 0; i < rules.Length; i++)
            {
                Assert.AreEqual(rules[i].Code == "00", rules[i].Class == ResponseClass.Approved, rules[i].Code);
            }

            Assert.IsTrue(ResponseCodePolicy.IsApproval("00"));
        }

        [TestMethod]
        public void The_codes_that_can_hide_an_approval_are_unknown()
        {
            // Issuer answer lost, system malfunction, MAC error, late issuer answer, suspected malfunction, unspecified error.
            string[] codes = new string[] { "98", "96", "A0", "68", "22", "06" };
            for (int i = 0; i < codes.Length; i++)
            {
                Assert.AreEqual(Unknown, (int)ResponseCodePolicy.ClassOf(codes[i]), codes[i]);
                Assert.IsNotNull(ResponseCodePolicy.Find(codes[i]), codes[i] + " is listed with its reason");
            }
        }
    }
}
