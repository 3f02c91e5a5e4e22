using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;
using NanoPos.Ui.Input;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Tests
{
    /// <summary>The keyed card reader: Luhn check, expiry check, entry mode, and the card screen's errors.</summary>
    [TestClass]
    public class CardReaderTests
    {
        [DataRow("6228480000000015", true)]
        [DataRow("4111111111111111", true)]
        [DataRow("79927398713", true)]
        [DataRow("6228480000000016", false)]
        [DataRow("4111111111111121", false)]
        [DataRow("12a4", false)]
        public void Luhn_check(string number, bool valid)
        {
            Assert.AreEqual(valid, Luhn.IsValid(number));
        }

        [TestMethod]
        public void A_number_that_fails_luhn_stays_on_the_card_screen_with_the_reason()
        {
            UiRig rig = UiRig.Booted("en");

            rig.Press("500#6228480000000016#");

            Assert.AreEqual((int)UiScreen.Card, (int)rig.Ui.Screen);
            Assert.AreEqual("Card number", rig.Row(0));
            Assert.IsTrue(rig.Text().IndexOf("Card number wrong") >= 0, rig.Text());
        }

        [TestMethod]
        public void Expiry_month_13_and_an_expired_card_are_refused()
        {
            KeyedCardReader reader = new KeyedCardReader(new ManualClock(new System.DateTime(2026, 11, 22, 2, 0, 0), true), 480);
            reader.Begin();
            Type(reader, UiRig.Card);
            Assert.AreEqual((int)CardReaderStatus.Reading, (int)reader.HandleKey(Key.Enter));
            Assert.AreEqual((int)MessageId.ExpiryTitle, (int)reader.Prompt);

            Type(reader, "1329");
            Assert.AreEqual((int)CardReaderStatus.Reading, (int)reader.HandleKey(Key.Enter));
            Assert.AreEqual((int)MessageId.ExpiryInvalid, (int)reader.Error);

            Clear(reader, 4);
            Type(reader, "1026");
            reader.HandleKey(Key.Enter);
            Assert.AreEqual((int)MessageId.CardExpired, (int)reader.Error);

            Clear(reader, 4);
            Type(reader, "1126");
            Assert.AreEqual((int)CardReaderStatus.Done, (int)reader.HandleKey(Key.Enter));
            CardData card = reader.TakeCard();
            Assert.AreEqual(UiRig.Card, card.Pan);
            Assert.AreEqual("2611", card.Expiry);
            Assert.AreEqual("012", card.EntryMode);
            Assert.IsNull(reader.TakeCard());
        }

        [TestMethod]
        public void Clear_on_an_empty_expiry_goes_back_to_the_card_number()
        {
            KeyedCardReader reader = new KeyedCardReader(new ManualClock(new System.DateTime(2026, 11, 22, 2, 0, 0), true), 480);
            reader.Begin();
            Type(reader, UiRig.Card);
            reader.HandleKey(Key.Enter);

            reader.HandleKey(Key.Clear);

            Assert.AreEqual((int)MessageId.CardNumberTitle, (int)reader.Prompt);
            Assert.AreEqual("6228 4800 0000 0015", reader.Entry);
        }

        private static void Type(KeyedCardReader reader, string digits)
        {
            for (int i = 0; i < digits.Length; i++)
            {
                reader.HandleKey((Key)((int)Key.Digit0 + (digits[i] - '0')));
            }
        }

        private static void Clear(KeyedCardReader reader, int times)
        {
            for (int i = 0; i < times; i++)
            {
                reader.HandleKey(Key.Clear);
            }
        }
    }
}
