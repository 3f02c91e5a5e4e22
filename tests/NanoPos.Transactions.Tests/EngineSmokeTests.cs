using System;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>The engine end to end against a scripted host on simulated time.</summary>
    [TestClass]
    public class EngineSmokeTests
    {
        [TestMethod]
        public void Approved_sale_is_two_writes_and_a_batch_entry()
        {
            var rig = new EngineRig();
            rig.Engine.Sale(100, EngineRig.Card()); // reserves the STAN block
            int before = rig.Store.DurableWrites;

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            Assert.AreEqual((int)TransactionOutcome.Approved, (int)result.Outcome);
            Assert.AreEqual("AUTH01", result.AuthCode);
            Assert.AreEqual(2, rig.Store.DurableWrites - before);
            Assert.AreEqual(2, rig.Engine.Log.BatchEntries.Count);
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
        }

        [TestMethod]
        public void Silent_host_gets_a_reversal_with_the_original_stan()
        {
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            Assert.AreEqual((int)TransactionOutcome.Reversed, (int)result.Outcome);
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            var sale = (IsoMessage)rig.Host.Requests[1]; // request 0 is the rig's sign-on
            var reversal = (IsoMessage)rig.Host.Requests[2];
            Assert.AreEqual(sale.GetString(11), reversal.GetString(11));
            Assert.AreEqual(sale.GetString(13), reversal.GetString(13));
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
        }
    }
}
