using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;

namespace NanoPos.Ui.Tests
{
    /// <summary>The payment flows from the first key to the result, with the synchronous runner (deterministic).</summary>
    [TestClass]
    public class FlowTests
    {
        [TestMethod]
        public void Boot_signs_on_and_shows_idle()
        {
            UiRig rig = UiRig.Booted("en");

            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
            Assert.AreEqual("TEST SHOP", rig.Row(0));
            Assert.AreEqual("2026-11-22 10:00", rig.Row(1));
            Assert.AreEqual("Online", rig.Row(2));
            Assert.AreEqual("#=Sale A=Menu", rig.Row(3));
            Assert.AreEqual(1, rig.Host.Count(Mti.NetworkRequest));
        }

        [TestMethod]
        public void Sale_goes_amount_card_expiry_pin_result()
        {
            UiRig rig = UiRig.Booted("en");

            rig.Press("12500");
            Assert.AreEqual((int)UiScreen.Amount, (int)rig.Ui.Screen);
            Assert.AreEqual("125.00", rig.Row(2));
            rig.Press("#");
            Assert.AreEqual("Card number", rig.Row(0));
            rig.Press(UiRig.Card);
            Assert.AreEqual("6228 4800 0000", rig.Row(1));
            Assert.AreEqual("0015", rig.Row(2));
            rig.Press("#");
            Assert.AreEqual("Expiry MM/YY", rig.Row(0));
            rig.Press(UiRig.Expiry + "#");
            Assert.AreEqual((int)UiScreen.Pin, (int)rig.Ui.Screen);
            rig.Press("9753");
            Assert.AreEqual("****", rig.Row(1));
            rig.Press("#");

            Assert.AreEqual((int)UiScreen.Result, (int)rig.Ui.Screen);
            Assert.AreEqual("Approved", rig.Row(0));
            Assert.AreEqual("125.00", rig.Row(1));
            Assert.AreEqual("Auth code A1B2C3", rig.Row(2));
            Assert.AreEqual("Funds Mon 23 Nov", rig.Row(3), "a Sunday sale at T+1 is paid on Monday");
            rig.Press("C");
            Assert.AreEqual("0=Receipt QR", rig.Row(3));
            Assert.IsNotNull(rig.Host.Last(Mti.FinancialRequest).GetBytes(52), "the PIN block went to the host");
            rig.Press("#");
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
        }

        [TestMethod]
        public void Decline_51_shows_the_hosts_reason()
        {
            UiRig rig = UiRig.Booted("en");

            rig.SaleUpToPin("151");
            rig.Press("#");

            Assert.AreEqual("Declined", rig.Row(0));
            Assert.IsTrue(rig.Flat().IndexOf("Insufficient funds - try another card") >= 0, rig.Flat());
        }

        [TestMethod]
        public void Host_timeout_says_reversing_and_idle_marks_the_pending_reversal()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Host.SilentOnFinancial = true;
            rig.Host.SilentOnReversal = true;

            rig.SaleUpToPin("8800");
            rig.Press("#");

            Assert.AreEqual("No response", rig.Row(0));
            Assert.AreEqual("Reversing - the", rig.Row(1));
            rig.Press("#");
            Assert.AreEqual("Offline", rig.Row(2));
            Assert.AreEqual("Reversal pending", rig.Row(3));

            rig.Host.SilentOnReversal = false;
            rig.Wait(3000);
            Assert.AreEqual("#=Sale A=Menu", rig.Row(3));
            Assert.AreEqual("Online", rig.Row(2));
        }

        [TestMethod]
        public void Refund_asks_the_supervisor_pin_then_needs_no_cardholder_pin()
        {
            UiRig rig = UiRig.Booted("en");

            rig.Press("A3");
            Assert.AreEqual((int)UiScreen.SupervisorPin, (int)rig.Ui.Screen, "the supervisor PIN comes before the amount");
            rig.Press(UiRig.SupervisorPin + "#");
            Assert.AreEqual("Refund", rig.Row(0));
            rig.Press("2000#" + UiRig.Card + "#" + UiRig.Expiry + "#");

            Assert.AreEqual((int)UiScreen.Result, (int)rig.Ui.Screen);
            Assert.AreEqual("Refunded", rig.Row(0), "an approved refund says refunded, not approved");
            Assert.AreEqual(1, rig.Host.Count(Mti.AdviceRequest));
        }

        [TestMethod]
        public void Balance_shows_the_available_amount()
        {
            UiRig rig = UiRig.Booted("en");

            rig.Press("A4" + UiRig.Card + "#" + UiRig.Expiry + "#" + "1234#");

            Assert.AreEqual("Balance", rig.Row(0));
            Assert.IsTrue(rig.Text().IndexOf("100,000.00") >= 0, rig.Text());
        }

        [TestMethod]
        public void The_menu_shows_where_the_selection_is_in_the_list_and_keeps_it_apart_from_the_title()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("A");
            Assert.AreEqual("Menu         1/7", rig.Row(0), "3 of 7 entries are shown: the title says there are more");
            rig.Press("CCCC");
            Assert.AreEqual("Menu         5/7", rig.Row(0));
            Assert.AreEqual("5 History", rig.Row(3));

            // The selected line is lit like the title band; a dark pixel row between them keeps them apart.
            rig.Press("BBBB");
            MonochromeFramebuffer frame = rig.Ui.Frame;
            Assert.IsTrue(frame.GetPixel(100, 15), "the title band is lit to its last row");
            Assert.IsFalse(frame.GetPixel(100, 16), "a dark line under the title");
            Assert.IsTrue(frame.GetPixel(100, 17), "then the selected line is lit");
        }

        [TestMethod]
        public void Idle_says_offline_soon_after_the_link_goes_down_without_waiting_for_a_payment()
        {
            UiRig rig = UiRig.Booted("en");
            Assert.AreEqual("Online", rig.Row(2));
            int before = rig.Host.Count(Mti.NetworkRequest);
            rig.Wait(100000);
            Assert.AreEqual(before, rig.Host.Count(Mti.NetworkRequest), "no echo while the last exchange is recent");

            rig.Link.RefuseConnections(true);
            rig.Wait(30000);
            Assert.AreEqual("Offline", rig.Row(2), "the keep-alive echo after 2 probe intervals of silence found the link down");

            rig.Link.RefuseConnections(false);
            rig.Wait(61000);
            Assert.AreEqual("Online", rig.Row(2), "and the offline probe finds it again");
        }

        [TestMethod]
        public void The_same_card_and_amount_again_asks_before_anything_is_sent()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("4200");
            rig.Press("1234##");
            Assert.AreEqual(1, rig.Host.Count(Mti.FinancialRequest));

            rig.Wait(30000);
            rig.SaleUpToPin("4200");
            Assert.AreEqual((int)UiScreen.DuplicateConfirm, (int)rig.Ui.Screen);
            Assert.AreEqual("42.00 Same card and amount 1 min ago Again? #Yes *No", rig.Flat());
            rig.Press("*");
            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen, "cancelled: nothing sent");
            Assert.AreEqual(1, rig.Host.Count(Mti.FinancialRequest));

            rig.SaleUpToPin("4200");
            rig.Press("#");
            Assert.AreEqual((int)UiScreen.Pin, (int)rig.Ui.Screen, "a second purchase goes on to the PIN");
            rig.Press("1234#");
            Assert.AreEqual(2, rig.Host.Count(Mti.FinancialRequest));
            rig.Press("#");

            rig.SaleUpToPin("4300");
            Assert.AreEqual((int)UiScreen.Pin, (int)rig.Ui.Screen, "another amount asks nothing");
            rig.Press("*");
            rig.Wait(301000);
            rig.SaleUpToPin("4200");
            Assert.AreEqual((int)UiScreen.Pin, (int)rig.Ui.Screen, "after the 5-minute window it asks nothing");
        }

        [TestMethod]
        public void A_sale_on_the_saturday_night_before_spring_festival_is_paid_after_the_holiday_week()
        {
            // Sat 14 Feb 2026, 23:30 China time (15:30 UTC): after the 23:00 cut-off it counts as Sunday 15 Feb, the first
            // day of the Spring Festival holiday (15-23 Feb); T+1 is the first business day after it, Tue 24 Feb.
            var clock = new ManualClock(new System.DateTime(2026, 2, 14, 15, 30, 0), true);
            UiRig rig = new UiRig(new InMemoryRecordStore(), new UiHost(), clock, "en", new FramebufferDisplay(128, 64), new ScriptedKeypad());
            rig.Terminal.Boot();
            rig.SaleUpToPin("8800");
            rig.Press("1234#");
            Assert.AreEqual("Approved", rig.Row(0));
            Assert.AreEqual("Funds Tue 24 Feb", rig.Row(3));

            rig.Press("#A5#");
            Assert.IsTrue(rig.Flat().IndexOf("Funds expected Tue 24 Feb") > 0 || Scrolled(rig).IndexOf("Funds expected Tue 24 Feb") >= 0, "history detail: " + rig.Flat());
        }

        [TestMethod]
        public void A_sale_whose_funds_date_falls_in_a_year_without_a_calendar_says_ask_your_bank()
        {
            // Thu 31 Dec 2026, 10:00 China time: T+1 is in 2027, which the built-in calendar does not cover.
            var clock = new ManualClock(new System.DateTime(2026, 12, 31, 2, 0, 0), true);
            UiRig rig = new UiRig(new InMemoryRecordStore(), new UiHost(), clock, "en", new FramebufferDisplay(128, 64), new ScriptedKeypad());
            rig.Terminal.Boot();
            rig.SaleUpToPin("8800");
            rig.Press("1234#");
            string seen = Scrolled(rig);
            Assert.IsTrue(seen.IndexOf("Funds date unknown") > 0 && seen.IndexOf("your bank") > 0, seen);
        }

        private static string Scrolled(UiRig rig)
        {
            string all = string.Empty;
            for (int i = 0; i < 12; i++)
            {
                all += " " + rig.Flat();
                rig.Press("C");
            }

            return all;
        }

        [TestMethod]
        public void A_13_digit_amount_is_never_cut_and_confirmed()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("1234567890123");
            Assert.AreEqual((int)UiScreen.Amount, (int)rig.Ui.Screen);
            Assert.AreEqual("Too many digits", rig.Row(1));
            rig.Press("#");
            Assert.AreEqual((int)UiScreen.Amount, (int)rig.Ui.Screen, "Enter does not take a cut amount");
            Assert.AreEqual("Too many digits", rig.Row(1));
            rig.Press("D");
            Assert.AreEqual("0.00", rig.Row(2));
            Assert.AreEqual(string.Empty, rig.Row(1));
            rig.Press("5000#");
            Assert.AreEqual((int)UiScreen.Card, (int)rig.Ui.Screen);
        }

        [TestMethod]
        public void A_void_that_could_not_be_sent_says_the_sale_stays_charged()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("3000");
            rig.Press("##");
            rig.Link.RefuseConnections(true);

            rig.Press("A5###");
            rig.Wait(1000);

            Assert.AreEqual((int)UiScreen.Result, (int)rig.Ui.Screen);
            Assert.AreEqual("Not sent No connection - the sale stays charged", rig.Flat());
        }

        [TestMethod]
        public void A_void_with_no_answer_says_it_is_being_reversed_and_the_sale_stays_charged()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("3000");
            rig.Press("##");
            rig.Host.SilentOnFinancial = true;

            rig.Press("A5###");
            for (int i = 0; i < 120 && rig.Ui.Screen != UiScreen.Result; i++)
            {
                rig.Wait(1000);
            }

            Assert.AreEqual((int)UiScreen.Result, (int)rig.Ui.Screen);
            Assert.IsTrue(rig.Flat().IndexOf("the sale stays charged") > 0, rig.Flat());
            Assert.IsTrue(rig.Flat().IndexOf("not charged") < 0, rig.Flat());
        }

        [TestMethod]
        public void Void_from_the_history_detail()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("3000");
            rig.Press("##");

            rig.Press("A5");
            Assert.AreEqual((int)UiScreen.History, (int)rig.Ui.Screen);
            Assert.IsTrue(rig.Row(1).IndexOf("30.00") > 0, rig.Text());
            rig.Press("#");
            Assert.AreEqual((int)UiScreen.HistoryDetail, (int)rig.Ui.Screen);
            Assert.AreEqual("Sale Approved", rig.Row(0));
            rig.Press("#");
            Assert.AreEqual((int)UiScreen.VoidConfirm, (int)rig.Ui.Screen);
            rig.Press("#");

            Assert.AreEqual("Approved", rig.Row(0));
            Assert.AreEqual(2, rig.Host.Count(Mti.FinancialRequest), "the sale and its void");
            Assert.AreEqual("200000", rig.Host.Last(Mti.FinancialRequest).GetString(3));
            rig.Press("#A5");
            Assert.AreEqual("000002V    30.00", rig.Row(2), "the sale is marked voided");
            Assert.AreEqual("Void Approved", rig.Row(0), "the title says what the selected row's mark means");
            rig.Press("C");
            Assert.AreEqual("Sale Voided  2/2", rig.Row(0));
            rig.Press("#");
            Assert.AreEqual("Sale Voided", rig.Row(0));
            rig.Press("#");
            Assert.AreEqual((int)UiScreen.HistoryDetail, (int)rig.Ui.Screen, "a voided sale cannot be voided again");
        }

        [TestMethod]
        public void Settlement_shows_totals_and_closes_the_batch()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("3000");
            rig.Press("##");

            rig.Press("A6");
            Assert.AreEqual("Sales 1 30.00", rig.Row(1));
            rig.Press("#");

            Assert.AreEqual("Settlement", rig.Row(0));
            Assert.AreEqual(0, rig.Terminal.Engine.Log.BatchEntries.Count);
        }

        [TestMethod]
        public void Cancel_leaves_amount_entry_and_clear_deletes_a_digit()
        {
            UiRig rig = UiRig.Booted("en");

            rig.Press("125D");
            Assert.AreEqual("0.12", rig.Row(2));
            rig.Press("*");

            Assert.AreEqual((int)UiScreen.Idle, (int)rig.Ui.Screen);
            Assert.AreEqual(0, rig.Host.Count(Mti.FinancialRequest));
        }

        [TestMethod]
        public void Amount_above_the_maximum_is_refused()
        {
            UiRig rig = UiRig.Booted("en");

            rig.Press("#999999999");

            Assert.AreEqual("999,999.99", rig.Row(2));
            Assert.AreEqual("Too many digits", rig.Row(1));
            Assert.AreEqual("D=Delete", rig.Row(3));
        }
    }
}
