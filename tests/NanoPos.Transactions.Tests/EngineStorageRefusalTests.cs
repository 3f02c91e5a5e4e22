using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// A store that cannot be written (full or failing) before a request leaves: the engine refuses the request with a
    /// clear reason and sends nothing, instead of throwing out of the call.
    /// </summary>
    [TestClass]
    public class EngineStorageRefusalTests
    {
        [TestMethod]
        public void A_sale_whose_intent_cannot_be_written_is_refused_and_never_sent()
        {
            var rig = new EngineRig();
            rig.Engine.Sale(100, EngineRig.Card()); // reserves the STAN block
            int sent = rig.Host.Count(Mti.FinancialRequest);
            rig.Store.FailWriteAt(1);

            TransactionResult result = rig.Engine.Sale(2500, EngineRig.Card());

            Assert.AreEqual((int)TransactionOutcome.Refused, (int)result.Outcome);
            Assert.AreEqual((int)RefusalKind.StorageFailure, (int)result.Refusal);
            Assert.AreEqual(sent, rig.Host.Count(Mti.FinancialRequest), "nothing left the terminal");
            Assert.AreEqual(0, rig.Engine.Log.PendingCount, "nothing to reverse");
        }

        [TestMethod]
        public void A_stan_block_that_cannot_be_reserved_refuses_sales_echoes_and_sign_ons()
        {
            // The rig's sign-on reserved a STAN block; echoes (which write nothing) use up the rest of it, so the next
            // STAN needs a reservation write.
            var rig = new EngineRig();
            while (rig.Engine.Log.ReservedStansLeft > 0)
            {
                EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Echo(), "using up the STAN block");
            }

            int sent = rig.Host.Requests.Count;
            rig.Store.FailWriteAt(1);
            TransactionResult sale = rig.Engine.Sale(2500, EngineRig.Card());
            rig.Store.FailWriteAt(1);
            TransactionResult echo = rig.Engine.Echo();
            rig.Store.FailWriteAt(1);
            TransactionResult signOn = rig.Engine.SignOn();

            Assert.AreEqual((int)RefusalKind.StorageFailure, (int)sale.Refusal);
            Assert.AreEqual((int)RefusalKind.StorageFailure, (int)echo.Refusal);
            Assert.AreEqual((int)RefusalKind.StorageFailure, (int)signOn.Refusal);
            Assert.AreEqual(sent, rig.Host.Requests.Count, "no request without a durable STAN");
        }
    }
}
