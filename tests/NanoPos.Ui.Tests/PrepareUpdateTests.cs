using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Ui.Tests
{
    /// <summary>
    /// Technician menu 6, "Prepare update" (issue 15): the terminal says "Ready for update" only when nothing is owed — every
    /// pending reversal delivered and the open batch settled — and otherwise says what still is.
    /// </summary>
    [TestClass]
    public class PrepareUpdateTests
    {
        [TestMethod]
        public void Prepare_sends_the_pending_reversal_settles_the_batch_and_says_ready()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("3000");
            rig.Press("1234##");
            rig.Host.SilentOnFinancial = true;
            rig.Host.SilentOnReversal = true;
            rig.SaleUpToPin("4400");
            rig.Press("1234#");
            Assert.AreEqual(1, rig.Ui.PendingReversals);
            rig.Press("#");
            rig.Host.SilentOnFinancial = false;
            rig.Host.SilentOnReversal = false;

            rig.Press("A7" + UiRig.TechPin + "#");
            Assert.AreEqual("6 Prepare update", TechMenuRows(rig));
            rig.Press("6");

            Assert.AreEqual((int)UiScreen.PrepareUpdate, (int)rig.Ui.Screen);
            Assert.IsTrue(rig.Flat().IndexOf("Ready for update - nothing owed") >= 0, rig.Flat());
            Assert.AreEqual(0, rig.Ui.PendingReversals);
            Assert.IsTrue(rig.Host.Count(Mti.ReversalRequest) + rig.Host.Count(Mti.ReversalRepeat) >= 1, "the reversal went out");
            Assert.AreEqual(1, rig.Host.Count(Mti.SettlementRequest), "the batch was settled");
            rig.Press("*");
            Assert.AreEqual((int)UiScreen.TechnicianMenu, (int)rig.Ui.Screen);
        }

        [TestMethod]
        public void Without_the_host_it_says_not_ready_and_what_is_owed_then_retries()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("3000");
            rig.Press("1234##");
            rig.Host.SilentOnFinancial = true;
            rig.Host.SilentOnReversal = true;
            rig.SaleUpToPin("4400");
            rig.Press("1234##");

            rig.Link.RefuseConnections(true);
            rig.Press("A7" + UiRig.TechPin + "#6");
            string text = Whole(rig);
            Assert.IsTrue(text.IndexOf("Not ready for update") >= 0, text);
            Assert.IsTrue(text.IndexOf("1 reversals pending") >= 0, text);
            Assert.IsTrue(text.IndexOf("Batch open: 1 30.00") >= 0, "the approved sale is still unsettled: " + text);
            Assert.AreEqual(0, rig.Host.Count(Mti.SettlementRequest), "no settlement while a reversal is owed");

            rig.Link.RefuseConnections(false);
            rig.Host.SilentOnFinancial = false;
            rig.Host.SilentOnReversal = false;
            rig.Press("#");
            Assert.IsTrue(rig.Flat().IndexOf("Ready for update - nothing owed") >= 0, rig.Flat());
        }

        private static string TechMenuRows(UiRig rig)
        {
            // The sixth entry is below the first three: move to it and read the selected row.
            for (int i = 0; i < 5; i++)
            {
                rig.Press("C");
            }

            string row = rig.Row(3);
            for (int i = 0; i < 5; i++)
            {
                rig.Press("B");
            }

            return row;
        }

        private static string Whole(UiRig rig)
        {
            string all = rig.Flat();
            for (int i = 0; i < 6; i++)
            {
                rig.Press("C");
                all += " " + rig.Flat();
            }

            for (int i = 0; i < 6; i++)
            {
                rig.Press("B");
            }

            return all;
        }
    }
}
