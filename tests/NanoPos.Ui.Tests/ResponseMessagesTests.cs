using NanoPos.Ui.Messages;
using nanoFramework.TestFramework;

namespace NanoPos.Ui.Tests
{
    /// <summary>Host response codes become short, actionable lines; unknown codes show the code.</summary>
    [TestClass]
    public class ResponseMessagesTests
    {
        // Every code the acquirer host simulator answers (tools/NanoPos.HostSim/README.md), plus 96.
        [DataRow("00")]
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
        [DataRow("96")]
        public void Every_host_code_maps_to_its_own_message_not_the_fallback(string code)
        {
            MessageId id = ResponseMessages.For(code);

            Assert.IsTrue(ResponseMessages.IsKnown(code), code);
            Assert.IsTrue(id != MessageId.DeclinedWithCode, code);
            Assert.AreEqual(-1, ResponseMessages.Text(code, Language.English).IndexOf(code), "a specific line does not need the code: " + code);
        }

        [TestMethod]
        public void The_common_codes_say_what_to_do()
        {
            Assert.AreEqual((int)MessageId.Rc51InsufficientFunds, (int)ResponseMessages.For("51"));
            Assert.AreEqual("Insufficient funds - try another card", ResponseMessages.Text("51", Language.English));
            Assert.AreEqual("余额不足，请换卡", ResponseMessages.Text("51", Language.Chinese));

            Assert.AreEqual((int)MessageId.Rc55WrongPin, (int)ResponseMessages.For("55"));
            Assert.AreEqual("Wrong PIN - enter again", ResponseMessages.Text("55", Language.English));

            Assert.AreEqual((int)MessageId.HostUnavailable, (int)ResponseMessages.For("91"));
            Assert.AreEqual((int)MessageId.HostUnavailable, (int)ResponseMessages.For("96"));
            Assert.AreEqual("Bank system unavailable - try later", ResponseMessages.Text("96", Language.English));

            Assert.AreEqual((int)MessageId.Approved, (int)ResponseMessages.For("00"));
        }

        // The table row of every code, so the code and message columns cannot slip against each other.
        [DataRow("12", (int)MessageId.Rc12InvalidTransaction)]
        [DataRow("13", (int)MessageId.Rc13InvalidAmount)]
        [DataRow("14", (int)MessageId.Rc14InvalidCard)]
        [DataRow("25", (int)MessageId.Rc25OriginalNotFound)]
        [DataRow("30", (int)MessageId.Rc30FormatError)]
        [DataRow("61", (int)MessageId.Rc61OverLimit)]
        [DataRow("64", (int)MessageId.Rc64AmountMismatch)]
        [DataRow("94", (int)MessageId.Rc94Duplicate)]
        [DataRow("95", (int)MessageId.Rc95TotalsMismatch)]
        [DataRow("01", (int)MessageId.Rc01ReferToIssuer)]
        [DataRow("03", (int)MessageId.Rc03InvalidMerchant)]
        [DataRow("05", (int)MessageId.Rc05DoNotHonour)]
        [DataRow("33", (int)MessageId.CardExpired)]
        [DataRow("54", (int)MessageId.CardExpired)]
        [DataRow("41", (int)MessageId.Rc41CardBlocked)]
        [DataRow("43", (int)MessageId.Rc41CardBlocked)]
        [DataRow("75", (int)MessageId.Rc75PinTriesExceeded)]
        [DataRow("97", (int)MessageId.Rc97TerminalNotRegistered)]
        [DataRow("A0", (int)MessageId.RcA0SecurityError)]
        public void Each_code_maps_to_its_documented_line(string code, int expected)
        {
            Assert.AreEqual(expected, (int)ResponseMessages.For(code), code);
        }

        [TestMethod]
        public void Host_codes_map_to_distinct_lines_except_the_aliases()
        {
            string[] codes = new string[] { "00", "12", "13", "14", "25", "30", "51", "55", "61", "64", "91", "94", "95" };
            for (int i = 0; i < codes.Length; i++)
            {
                for (int j = i + 1; j < codes.Length; j++)
                {
                    Assert.IsTrue(ResponseMessages.For(codes[i]) != ResponseMessages.For(codes[j]), codes[i] + " and " + codes[j] + " share a line");
                }
            }
        }

        [TestMethod]
        public void An_unknown_code_shows_the_code_itself_in_both_languages()
        {
            Assert.AreEqual((int)MessageId.DeclinedWithCode, (int)ResponseMessages.For("87"));
            Assert.IsFalse(ResponseMessages.IsKnown("87"));
            Assert.AreEqual("Declined (code 87)", ResponseMessages.Text("87", Language.English));
            Assert.AreEqual("交易失败 代码87", ResponseMessages.Text("87", Language.Chinese));
        }

        [TestMethod]
        public void Malformed_codes_use_the_fallback_and_still_show_something()
        {
            Assert.AreEqual((int)MessageId.DeclinedWithCode, (int)ResponseMessages.For(null));
            Assert.AreEqual((int)MessageId.DeclinedWithCode, (int)ResponseMessages.For("5"));
            Assert.AreEqual((int)MessageId.DeclinedWithCode, (int)ResponseMessages.For("051"));
            Assert.AreEqual("Declined (code ?)", ResponseMessages.Text(null, Language.English));
            Assert.AreEqual("Declined (code 051)", ResponseMessages.Text("051", Language.English));
        }
    }
}
