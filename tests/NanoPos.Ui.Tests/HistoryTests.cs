using nanoFramework.TestFramework;
using System;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Ui.Tests
{
    /// <summary>
    /// The merchant's evidence (issue 14): the history lists every sale, void and refund however it ended (approved, declined
    /// with the host's reason, reversed with why, not sent, voided), keeps it across settlement and reboots, and the
    /// history's write never comes before the payment's result.
    /// </summary>
    [TestClass]
    public class HistoryTests
    {
        [TestMethod]
        public void A_declined_sale_is_in_the_history_with_the_hosts_reason_and_no_receipt()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("1251");
            rig.Press("1234#");
            Assert.AreEqual("Declined", rig.Row(0));
            rig.Press("#");

            rig.Press("A5");
            Assert.AreEqual("Sale Declined", rig.Row(0).Substring(0, 13), rig.Text());
            Assert.AreEqual('D', rig.Row(1)[6], rig.Text());
            Assert.IsTrue(rig.Row(1).IndexOf("12.51") > 0, rig.Text());
            rig.Press("#");
            string detail = Detail(rig);
            Assert.IsTrue(detail.IndexOf("Insufficient funds") >= 0, detail);
            Assert.IsTrue(detail.IndexOf("Code 51") >= 0, detail);
            Assert.IsTrue(detail.IndexOf("Receipt QR") < 0, "a decline has no receipt: " + detail);
            Assert.IsTrue(detail.IndexOf("Funds") < 0, "no money moves: " + detail);
        }

        [TestMethod]
        public void A_sale_without_an_answer_shows_reversing_then_reversed_with_why_and_keeps_it_after_a_reboot()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Host.SilentOnFinancial = true;
            rig.Host.SilentOnReversal = true;
            rig.SaleUpToPin("4400");
            rig.Press("1234#");
            Assert.AreEqual(1, rig.Ui.PendingReversals);
            rig.Press("#");

            rig.Press("A5");
            Assert.AreEqual("Sale Reversal pending", Title(rig));
            Assert.AreEqual('!', rig.Row(1)[6], rig.Text());
            rig.Press("#");
            string detail = Detail(rig);
            Assert.IsTrue(detail.IndexOf("Why: no answer in time") >= 0, detail);
            Assert.IsTrue(detail.IndexOf("Reversing - the card will not be charged") >= 0, detail);
            rig.Press("**");

            // The host comes back: the idle loop delivers the reversal, and the history says so.
            rig.Host.SilentOnFinancial = false;
            rig.Host.SilentOnReversal = false;
            for (int i = 0; i < 30 && rig.Ui.PendingReversals > 0; i++)
            {
                rig.Wait(10000);
            }

            Assert.AreEqual(0, rig.Ui.PendingReversals);
            UiRig rebooted = rig.Reboot();
            rebooted.Press("A5");
            Assert.AreEqual("Sale Reversed", Title(rebooted));
            Assert.AreEqual('X', rebooted.Row(1)[6], rebooted.Text());
            rebooted.Press("#");
            detail = Detail(rebooted);
            Assert.IsTrue(detail.IndexOf("Why: no answer in time") >= 0, detail);
            Assert.IsTrue(detail.IndexOf("Reversed - the card was not charged") >= 0, detail);
            Assert.IsTrue(detail.IndexOf("Amount 44.00") >= 0, detail);
        }

        [TestMethod]
        public void A_sale_cut_off_by_a_restart_is_reversed_at_boot_and_the_history_says_power_cut()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("500");

            // Write 2 of the sale is its outcome: the firmware dies after the host approved, before it could record it.
            rig.Store.CutPowerAtWrite(2);
            rig.Press("1234#");
            Assert.AreEqual(1, rig.Host.Count(Mti.FinancialRequest));
            rig.Store.PowerUp();

            UiRig rebooted = rig.Reboot();
            Assert.AreEqual(1, rebooted.Host.Count(Mti.ReversalRequest), "the boot sent the reversal");
            rebooted.Press("*A5");
            Assert.AreEqual("Sale Reversed", Title(rebooted));
            rebooted.Press("#");
            string detail = Detail(rebooted);
            Assert.IsTrue(detail.IndexOf("Why: power cut or restart") >= 0, detail);
            Assert.IsTrue(detail.IndexOf("Amount 5.00") >= 0, detail);
            Assert.IsTrue(detail.IndexOf("Card 622848******0015") >= 0, detail);
        }

        [TestMethod]
        public void A_sale_whose_link_drops_while_sending_is_reversed_with_link_lost()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Link.DropAfterSentBytes(20);
            rig.SaleUpToPin("700");
            rig.Press("1234#");
            for (int i = 0; i < 30 && rig.Ui.PendingReversals > 0; i++)
            {
                rig.Wait(10000);
            }

            rig.Press("*A5");
            rig.Press("#");
            string detail = Detail(rig);
            Assert.IsTrue(detail.IndexOf("Why: link lost") >= 0, detail);
        }

        [TestMethod]
        public void A_sale_that_could_not_connect_is_in_the_history_as_not_sent()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Link.RefuseConnections(true);
            rig.SaleUpToPin("800");
            rig.Press("1234#");
            rig.Press("#");
            rig.Press("*A5");
            Assert.AreEqual("Sale Not sent", Title(rig));
            Assert.AreEqual('N', rig.Row(1)[6], rig.Text());
            rig.Press("#");
            Assert.IsTrue(Detail(rig).IndexOf("No connection - the card was not charged") >= 0, Detail(rig));
        }

        [TestMethod]
        public void Settled_sales_stay_in_the_history_and_can_no_longer_be_voided()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("3000");
            rig.Press("##");
            rig.Press("A6#");
            rig.Press("*");

            rig.Press("A5");
            Assert.AreEqual("Sale Approved", Title(rig));
            rig.Press("#");
            string detail = Detail(rig);
            Assert.IsTrue(detail.IndexOf("#=Void") < 0, "not in the open batch: " + detail);
            rig.Press("#");
            Assert.AreEqual((int)UiScreen.HistoryDetail, (int)rig.Ui.Screen, "# does not void a settled sale");
        }

        [TestMethod]
        public void A_failed_history_write_leaves_the_sale_approved_and_is_written_on_a_later_tick()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("900");
            rig.Store.ResetCounters();

            // Writes 1 and 2 are the sale's intent and outcome; the 3rd is the history page, after the result is shown.
            rig.Store.FailWriteAt(3);
            rig.Press("1234#");
            Assert.AreEqual("Approved", rig.Row(0));
            Assert.AreEqual(2, rig.Store.DurableWrites, "the payment's two writes; the history's failed");
            Assert.IsTrue(rig.Ui.History.HasUnsavedChanges);

            rig.Wait(6000);
            Assert.IsFalse(rig.Ui.History.HasUnsavedChanges, "written on a later tick");
            Assert.AreEqual(3, rig.Store.DurableWrites);
            UiRig rebooted = rig.Reboot();
            Assert.AreEqual(1, rebooted.Ui.History.Count);
        }

        [TestMethod]
        public void An_approval_whose_history_write_the_power_cut_is_found_in_the_batch_at_the_next_boot()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("1500");
            rig.Store.ResetCounters();

            // Writes 1 and 2 are the sale's intent and outcome (the card is charged and recorded); the power goes at the
            // 3rd, the history page.
            rig.Store.CutPowerAtWrite(3);
            Assert.ThrowsException(typeof(PowerCutException), () => rig.Press("1234#"));
            rig.Store.PowerUp();

            UiRig rebooted = rig.Reboot();
            Assert.AreEqual(1, rebooted.Ui.History.Count, "adopted from the open batch");
            rebooted.Press("A5");
            Assert.AreEqual("Sale Approved", Title(rebooted));
            rebooted.Press("#");
            string detail = Detail(rebooted);
            Assert.IsTrue(detail.IndexOf("Amount 15.00") >= 0, detail);
            Assert.IsTrue(detail.IndexOf("#=Void") >= 0, "still in the open batch: " + detail);
            Assert.AreEqual(0, rebooted.Host.Count(Mti.ReversalRequest), "an approval recorded in the journal is not reversed");
        }

        private static string Title(UiRig rig)
        {
            // The list's title ends with the position ("  1/3"); the entry's words come first.
            string row = rig.Row(0);
            int gap = row.IndexOf("  ");
            return gap > 0 ? row.Substring(0, gap) : row;
        }

        private static string Detail(UiRig rig)
        {
            // The detail scrolls (B and C): every line of it, read page by page.
            string all = rig.Flat();
            for (int i = 0; i < 8; i++)
            {
                rig.Press("C");
                all += " " + rig.Flat();
            }

            return all;
        }
    }
}
