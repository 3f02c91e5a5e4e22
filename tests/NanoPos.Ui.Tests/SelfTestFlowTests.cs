using nanoFramework.TestFramework;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Ui.Tests
{
    /// <summary>
    /// The technician's self-tests and health report through the screens (issue 13): every test from the menu, each
    /// failure's text on screen, the results kept across a reboot, and the health QR code's payload.
    /// </summary>
    [TestClass]
    public class SelfTestFlowTests
    {
        [TestMethod]
        public void Run_all_walks_the_technician_through_every_test_and_lists_the_results()
        {
            UiRig rig = Technician();
            rig.Clock.RecordSync(250);
            rig.Press("2");
            Assert.AreEqual((int)UiScreen.SelfTest, (int)rig.Ui.Screen);
            Assert.AreEqual("Self-tests   1/8 | 0 Run all | 1 Display - | 2 Keypad -", rig.Text());

            rig.Press("0");
            Assert.IsTrue(rig.Flat().IndexOf("Each page: #=right 0=wrong") >= 0, rig.Flat());
            rig.Press("#");
            DisplaySelfTest display = (DisplaySelfTest)rig.Ui.Health.Tests.Get(SelfTestId.Display);
            for (int i = 0; i < display.PageCount; i++)
            {
                rig.Press("#");
            }

            Assert.IsTrue(rig.Flat().IndexOf("Press every key once") >= 0, rig.Flat());
            rig.Press("#");
            Assert.IsTrue(rig.Flat().IndexOf("Left: 1 2 3 A 4 5 6 B 7 8 9 C * 0 # D") >= 0, rig.Flat());
            rig.Press("123A456B789C*0#D");
            rig.Wait(1000);

            Assert.AreEqual((int)UiScreen.SelfTest, (int)rig.Ui.Screen);
            for (int i = 0; i < SelfTestSuite.Count; i++)
            {
                SelfTestResult result = rig.Ui.Health.Tests.Get((SelfTestId)i).Result;
                Assert.AreEqual((int)SelfTestStatus.Passed, (int)result.Status, "test " + i.ToString() + " reason " + ((int)result.Reason).ToString() + ": " + result.Detail);
            }

            Assert.AreEqual("Self-tests   1/8 | 0 Run all | 1 Display OK | 2 Keypad OK", rig.Text());
            Assert.IsTrue(rig.Store.Exists(HealthLog.RecordName), "the results are kept");
        }

        [TestMethod]
        public void Each_automatic_test_shows_its_failure_and_what_to_do()
        {
            UiRig rig = Technician();
            rig.Press("2");

            Shows(rig, "4", "Clock FAIL Time never synced - check time server");

            rig.FreeMemory = 1000;
            Shows(rig, "7", "Memory FAIL Memory low: 1000 B - restart");

            rig.Store.FailWriteAt(1);
            Shows(rig, "3", "Flash FAIL Flash write failed - replace board");

            rig.Link.SetRadio(false, 0);
            Shows(rig, "5", "Link FAIL Wi-Fi not joined - check name and password");
            Shows(rig, "6", "Host FAIL Host not reached - run link test");
            rig.Link.SetRadio(true, -88);
            Shows(rig, "5", "Link FAIL Wi-Fi weak -88 dBm - move closer");
            rig.Link.SetRadio(true, -55);
            rig.Link.FailNameLookup("name not found");
            Shows(rig, "5", "Link FAIL Host name not found - check DNS");
            rig.Link.FailNameLookup(null);
            rig.Link.RefuseConnections(true);
            Shows(rig, "5", "Link FAIL Host not reachable - check address");
            rig.Link.RefuseConnections(false);

            rig.Host.SilentOnEcho = true;
            Shows(rig, "6", "Host FAIL Host did not answer - call acquirer");
            rig.Host.SilentOnEcho = false;
            Shows(rig, "6", "Host OK 0830 in");
            Shows(rig, "5", "Link OK -55 dBm");
        }

        [TestMethod]
        public void A_dead_key_and_a_failing_display_fail_their_tests_on_screen()
        {
            UiRig rig = Technician();
            rig.Press("2 2 #");
            rig.Press("123A46B789C*0D");
            rig.Press("*");
            Assert.AreEqual("Keypad FAIL | Keys not | working: 5 # | ", rig.Text());

            rig.Press("*");
            rig.Press("1");
            ((FramebufferDisplay)rig.Display).FailShows(1);
            rig.Press("#");
            Assert.IsTrue(rig.Flat().IndexOf("Display bus error - check its cable") >= 0, rig.Flat());
        }

        [TestMethod]
        public void The_health_report_counts_what_the_terminal_saw_and_its_qr_code_carries_it()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Host.SilentOnFinancial = true;
            rig.SaleUpToPin("1000");
            rig.Press("1234#");
            rig.Wait(120000);
            rig.Host.SilentOnFinancial = false;
            rig.Press("*");

            rig.Press("A7" + UiRig.TechPin + "#3");
            Assert.AreEqual((int)UiScreen.Health, (int)rig.Ui.Screen);
            Assert.IsTrue(rig.Flat().IndexOf("Health Terminal TERM0001 Firmware 0.1.0") == 0, rig.Flat());
            bool seen = false;
            for (int i = 0; i < 40 && !seen; i++)
            {
                rig.Press("C");
                seen = rig.Flat().IndexOf("Timeouts 1") >= 0;
            }

            Assert.IsTrue(seen, "the timeout is counted: " + rig.Flat());

            rig.Press("#");
            Assert.AreEqual((int)UiScreen.HealthQr, (int)rig.Ui.Screen);
            var report = new HealthReport();
            HealthCode.Decode(rig.Ui.HealthQrPayload, report);
            Assert.AreEqual("TERM0001", report.TerminalId);
            Assert.AreEqual(1, report.Timeouts);
            Assert.AreEqual(0, report.PendingReversals, "the timed-out sale was reversed");
            Assert.IsTrue(report.ExchangesTotal >= 3, "sign-on, sale, reversal");
            Assert.IsTrue(rig.Ui.HealthQrPayload.IndexOf("6228") < 0, "no card data in the code");
        }

        private static UiRig Technician()
        {
            UiRig rig = UiRig.Booted("en");
            rig.Press("A7" + UiRig.TechPin + "#");
            return rig;
        }

        private static void Shows(UiRig rig, string digit, string expected)
        {
            rig.Press(digit);
            rig.Wait(200);
            string shown = rig.Flat();
            rig.Press("*");
            Assert.IsTrue(shown.IndexOf(expected) == 0, "expected \"" + expected + "\", shown \"" + shown + "\"");
        }
    }
}
