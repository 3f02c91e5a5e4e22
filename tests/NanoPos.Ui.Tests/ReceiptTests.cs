using System;
using System.Text;
using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Ui.Receipts;

namespace NanoPos.Ui.Tests
{
    /// <summary>The e-receipt (issue 14): its text reads back field for field, and the result and history detail offer its QR code.</summary>
    [TestClass]
    public class ReceiptTests
    {
        [TestMethod]
        public void A_receipt_reads_back_field_for_field()
        {
            Receipt receipt = Sample();
            string text = ReceiptText.Format(receipt);
            Assert.AreEqual("nanoPos receipt\nTEST SHOP\nMerchant 123456789012345\nTerminal TERM0001\nSALE 125.00\nCard 622848******0015\nTime 2026-11-22 10:01\nSTAN 000002\nRRN 000000000042\nAuth A1B2C3\nAPPROVED", text);

            Receipt back = ReceiptText.Parse(Swap(text, "\n", "\r\n"), 2);
            Assert.AreEqual("TEST SHOP", back.MerchantName);
            Assert.AreEqual("123456789012345", back.MerchantId);
            Assert.AreEqual("TERM0001", back.TerminalId);
            Assert.AreEqual("SALE", back.Kind);
            Assert.AreEqual(12500L, back.AmountMinor);
            Assert.AreEqual("622848******0015", back.MaskedPan);
            Assert.AreEqual("2026-11-22 10:01", back.LocalTime);
            Assert.AreEqual(2, back.Stan);
            Assert.AreEqual("000000000042", back.Rrn);
            Assert.AreEqual("A1B2C3", back.AuthCode);
            Assert.AreEqual("APPROVED", back.Status);
            Assert.AreEqual(text, ReceiptText.Format(back));
        }

        [TestMethod]
        public void A_text_that_is_not_a_receipt_is_refused_with_the_line_at_fault()
        {
            Assert.IsTrue(Refusal("hello").IndexOf("Not a nanoPos receipt") == 0);
            string text = ReceiptText.Format(Sample());
            Assert.AreEqual("Line 3 must start with \"Merchant\".", Refusal(Swap(text, "Merchant ", "Shop ")));
            Assert.AreEqual("The amount \"125.0\" is not written with 2 decimals.", Refusal(Swap(text, "125.00", "125.0")));
            Assert.AreEqual("Line 11 must be the status, the last line.", Refusal(text + "\nEXTRA"));
        }

        [TestMethod]
        public void An_approved_sale_offers_its_receipt_as_a_qr_code_with_the_card_masked()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("3000");
            rig.Press("1234#");
            rig.Press("CC");
            Assert.IsTrue(rig.Flat().IndexOf("0=Receipt QR") > 0, rig.Flat());

            rig.Press("0");
            Assert.AreEqual((int)UiScreen.ReceiptQr, (int)rig.Ui.Screen);
            string payload = rig.Ui.ReceiptQrPayload;
            Receipt receipt = ReceiptText.Parse(payload, 2);
            Assert.AreEqual(3000L, receipt.AmountMinor);
            Assert.AreEqual("622848******0015", receipt.MaskedPan);
            Assert.AreEqual("APPROVED", receipt.Status);
            Assert.AreEqual("2026-11-22 10:00", receipt.LocalTime);
            Assert.IsTrue(payload.IndexOf(UiRig.Card) < 0, "never the full card number");
            Assert.AreEqual("Receipt", rig.Ui.ScreenText[0].Trim());
            rig.Press("#");
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
        }

        [TestMethod]
        public void The_history_detail_offers_the_receipt_of_a_voided_sale_and_goes_back_to_it()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("3000");
            rig.Press("1234##");
            rig.Press("A5###");
            rig.Press("#A5C#");
            Assert.AreEqual("Sale Voided", rig.Row(0));

            rig.Press("0");
            Assert.AreEqual((int)UiScreen.ReceiptQr, (int)rig.Ui.Screen);
            Receipt receipt = ReceiptText.Parse(rig.Ui.ReceiptQrPayload, 2);
            Assert.AreEqual("SALE", receipt.Kind);
            Assert.AreEqual("VOIDED", receipt.Status);
            Assert.AreEqual("2026-11-22 10:00", receipt.LocalTime);
            rig.Press("#");
            Assert.AreEqual((int)UiScreen.HistoryDetail, (int)rig.Ui.Screen);
        }

        private static string Swap(string text, string from, string to)
        {
            return new StringBuilder(text).Replace(from, to).ToString();
        }

        private static string Refusal(string text)
        {
            try
            {
                ReceiptText.Parse(text, 2);
            }
            catch (FormatException e)
            {
                return e.Message;
            }

            return "accepted";
        }

        private static Receipt Sample()
        {
            var receipt = new Receipt();
            receipt.MerchantName = "TEST SHOP";
            receipt.MerchantId = "123456789012345";
            receipt.TerminalId = "TERM0001";
            receipt.Kind = "SALE";
            receipt.AmountMinor = 12500;
            receipt.MaskedPan = "622848******0015";
            receipt.LocalTime = "2026-11-22 10:01";
            receipt.Stan = 2;
            receipt.Rrn = "000000000042";
            receipt.AuthCode = "A1B2C3";
            receipt.Status = "APPROVED";
            return receipt;
        }
    }
}
