using System;
using System.IO;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>What goes on the wire follows the host's field conventions, and what goes to flash never holds the full card number.</summary>
    [TestClass]
    public class EngineRequestFieldTests
    {
        private const string Pan = "6222029876543210987";

        [TestMethod]
        public void Sale_request_carries_exactly_the_fields_the_host_needs()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            var card = new CardData(Pan, "2912", "051");

            TransactionResult result = rig.Engine.Sale(12500, card);

            EngineRig.Expect(TransactionOutcome.Approved, result, "sale");
            IsoMessage sale = rig.Host.Last(Mti.FinancialRequest);
            Assert.AreEqual("2,3,4,11,12,13,14,22,25,41,42,49,60,64", Fields(sale));
            Assert.AreEqual(Pan, sale.GetString(2));
            Assert.AreEqual("000000", sale.GetString(3));
            Assert.AreEqual("000000012500", sale.GetString(4));
            Assert.AreEqual(RequestBuilder.Digits(result.Stan, 6), sale.GetString(11));
            Assert.AreEqual("100000", sale.GetString(12), "local time: 02:00 UTC at UTC+8");
            Assert.AreEqual("1122", sale.GetString(13));
            Assert.AreEqual("2912", sale.GetString(14));
            Assert.AreEqual("051", sale.GetString(22));
            Assert.AreEqual("00", sale.GetString(25));
            Assert.AreEqual("TERM0001", sale.GetString(41));
            Assert.AreEqual("123456789012345", sale.GetString(42));
            Assert.AreEqual("156", sale.GetString(49));
            Assert.AreEqual("22" + "000005" + "000", sale.GetString(60));
        }

        [TestMethod]
        public void Pin_block_goes_in_field_52()
        {
            var rig = new EngineRig();
            var card = new CardData(Pan, "2912", "051");
            card.PinBlock = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 };

            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(12500, card), "sale with PIN");

            byte[] pin = rig.Host.Last(Mti.FinancialRequest).GetBytes(52);
            Assert.IsNotNull(pin);
            Assert.AreEqual(8, pin.Length);
            Assert.AreEqual((byte)8, pin[7]);
        }

        [TestMethod]
        public void Reversal_repeats_the_original_fields_and_gives_reason_98()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            rig.Host.Then(ScriptedHost.Silent, "00");
            rig.Clock.Advance(3723000); // 01:02:03 later, so time and date are not the defaults

            TransactionResult result = rig.Engine.Sale(12500, new CardData(Pan, "2912", "051"));

            EngineRig.Expect(TransactionOutcome.Reversed, result, "silent host");
            IsoMessage sale = rig.Host.Last(Mti.FinancialRequest);
            IsoMessage reversal = rig.Host.Last(Mti.ReversalRequest);
            int[] repeated = new int[] { 3, 4, 11, 12, 13, 22, 41, 42, 49 };
            foreach (int field in repeated)
            {
                Assert.AreEqual(sale.GetString(field), reversal.GetString(field), "field " + field);
            }

            Assert.AreEqual("110203", reversal.GetString(12), "the original's time, not the reversal's");
            Assert.AreEqual("98", reversal.GetString(39));
            Assert.IsFalse(reversal.Has(2), "the journal has no full PAN to put in a reversal");
            Assert.IsFalse(reversal.Has(14));
            Assert.AreEqual("22000005000", reversal.GetString(60));
        }

        [TestMethod]
        public void Void_carries_the_original_in_field_61_and_no_card()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            TransactionResult sale = rig.Engine.Sale(2500, new CardData(Pan, "2912", "051"));
            rig.Clock.Advance(86400000); // the void is a day later: 61 must carry the sale's date

            TransactionResult voided = rig.Engine.Void(sale.Stan);

            EngineRig.Expect(TransactionOutcome.Approved, voided, "void");
            IsoMessage request = rig.Host.Last(Mti.FinancialRequest);
            Assert.AreEqual("3,4,11,12,13,22,25,41,42,49,60,61,64", Fields(request));
            Assert.AreEqual(RequestBuilder.VoidOrRefundCode, request.GetString(3));
            Assert.AreEqual("000000002500", request.GetString(4));
            Assert.AreEqual("1123", request.GetString(13));
            Assert.AreEqual("000005" + RequestBuilder.Digits(sale.Stan, 6) + "1122", request.GetString(61));
            Assert.AreEqual("23000005000", request.GetString(60));
            Assert.AreEqual("051", request.GetString(22), "the sale's entry mode");
        }

        [TestMethod]
        public void Card_data_does_not_stay_in_the_engine_after_the_exchange()
        {
            var rig = new EngineRig();
            CardData card = EngineRig.Card();
            card.PinBlock = new byte[] { 0x04, 0x12, 0x8F, 0xDE, 0xA9, 0x87, 0x65, 0x43 };

            TransactionResult result = rig.Engine.Sale(2500, card);

            Assert.AreEqual((int)TransactionOutcome.Approved, (int)result.Outcome);
            Assert.AreEqual(0, ObjectGraph.Count(rig.Engine, card.Pan, card.PinBlock), "the PAN or the PIN block is still held by the engine");
        }

        [TestMethod]
        public void Card_data_does_not_stay_in_the_engine_when_the_outcome_write_fails()
        {
            var clock = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true);
            var host = new ScriptedHost();
            var store = new FailingWriteStore(new InMemoryRecordStore());
            PaymentEngine engine = EngineRig.SignedOnEngine(new EngineOptions(), store, new InMemoryLink(clock, host), clock);
            CardData card = EngineRig.Card();
            card.PinBlock = new byte[] { 0x04, 0x12, 0x8F, 0xDE, 0xA9, 0x87, 0x65, 0x43 };

            // The sign-on reserved the STAN block: write 1 is the intent, write 2 the outcome: the host has answered,
            // and the request (PAN, PIN block) and its answer are still in the engine when the flash fails.
            store.FailWriteAt(2);

            Assert.ThrowsException(typeof(IOException), () => engine.Sale(2500, card));
            Assert.AreEqual(1, host.Count(Mti.FinancialRequest), "the request went out");
            Assert.AreEqual(1, engine.Log.PendingCount, "no outcome was written: the sale stays to be reversed");
            Assert.AreEqual(0, ObjectGraph.Count(engine, card.Pan, card.PinBlock), "the PAN or the PIN block is still held by the engine");
        }

        [TestMethod]
        public void Card_data_does_not_stay_in_the_engine_when_a_balance_inquiry_throws()
        {
            var clock = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true);
            var host = new ScriptedHost();
            var link = new CrashingLink(new InMemoryLink(clock, host));
            link.Armed = false;
            PaymentEngine engine = EngineRig.SignedOnEngine(new EngineOptions(), new InMemoryRecordStore(), link, clock);
            link.Armed = true;
            CardData card = EngineRig.Card();
            card.PinBlock = new byte[] { 0x04, 0x12, 0x8F, 0xDE, 0xA9, 0x87, 0x65, 0x43 };

            Assert.ThrowsException(typeof(OutOfMemoryException), () => engine.BalanceInquiry(card));
            Assert.AreEqual(1, host.Count(Mti.FinancialRequest), "the request went out");
            Assert.AreEqual(0, ObjectGraph.Count(engine, card.Pan, card.PinBlock), "the PAN or the PIN block is still held by the engine");
        }

        [TestMethod]
        public void Full_card_number_never_reaches_the_journal()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            var card = new CardData(Pan, "2912", "051");
            TransactionResult sale = rig.Engine.Sale(2500, card);
            rig.Engine.Void(sale.Stan);
            rig.Engine.Refund(700, card);
            rig.Host.Then(ScriptedHost.Approve, "51");
            rig.Engine.Sale(3351, card);
            rig.Host.ReversalsAnswered = false;
            rig.Host.Then(ScriptedHost.Silent, "00");
            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(4400, card), "an intent stays stored");
            rig.Engine.BalanceInquiry(card);

            Assert.IsFalse(rig.StoreContains(Ascii(Pan)), "full PAN in ASCII");
            Assert.IsFalse(rig.StoreContains(Ascii(Pan.Substring(6, 9))), "hidden digits in ASCII");
            Assert.IsFalse(rig.StoreContains(new byte[] { 0x98, 0x76, 0x54, 0x32 }), "hidden digits in BCD");
            Assert.IsFalse(rig.StoreContains(new byte[] { 0x87, 0x65, 0x43, 0x21 }), "hidden digits in BCD, odd alignment");
            Assert.IsTrue(rig.StoreContains(Ascii("622202*********0987")), "the masked PAN is there (the scan works)");
        }

        private static string Fields(IsoMessage message)
        {
            string list = string.Empty;
            for (int field = 2; field <= 128; field++)
            {
                if (message.Has(field))
                {
                    list += (list.Length > 0 ? "," : string.Empty) + field.ToString();
                }
            }

            return list;
        }

        private static byte[] Ascii(string text)
        {
            var bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
