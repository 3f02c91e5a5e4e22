using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// <see cref="JournalRecovery.InterruptedPayments"/>: the payments in flight when the previous run ended (pending
    /// intents with no reversal attempt), for the health report's "unexpected reboots during a payment".
    /// </summary>
    [TestClass]
    public class InterruptedPaymentTests
    {
        private const int KindSale = 0;
        private const int KindRefund = 1;
        private const int KindVoid = 2;

        [TestMethod]
        [DataRow(KindSale, ScriptedHost.Approve)]
        [DataRow(KindSale, ScriptedHost.Silent)]
        [DataRow(KindRefund, ScriptedHost.Approve)]
        [DataRow(KindVoid, ScriptedHost.Approve)]
        public void Power_cut_mid_payment_is_one_interrupted_payment_counted_at_the_next_boot_only(int kind, int behaviour)
        {
            // The request reaches the host; the next durable write (the outcome, or the reversal attempt after a timeout)
            // never happens: the power is cut.
            var rig = new EngineRig();
            int voided = kind == KindVoid ? rig.Engine.Sale(8800, EngineRig.Card()).Stan : 0;
            rig.Host.FinancialBehaviour = behaviour;
            rig.Host.Faults.CutPowerWhen(kind == KindRefund ? Mti.AdviceRequest : Mti.FinancialRequest, 1);

            Assert.ThrowsException(typeof(PowerCutException), () => Pay(rig, kind, voided));

            PaymentEngine rebooted;
            JournalRecovery found = Boot(rig, out rebooted);
            Assert.AreEqual(1, found.InterruptedPayments, "the payment in flight");
            Assert.AreEqual(0, rebooted.Reversals.PendingCount, "and the boot reversed it");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));

            Assert.AreEqual(0, Boot(rig, out rebooted).InterruptedPayments, "a clean reboot after it counts nothing");
        }

        [TestMethod]
        public void Interrupted_payment_whose_reversal_fails_at_boot_is_counted_once()
        {
            var rig = new EngineRig();
            rig.Host.Faults.CutPowerWhen(Mti.FinancialRequest, 1);
            Assert.ThrowsException(typeof(PowerCutException), () => rig.Engine.Sale(12500, EngineRig.Card()));

            rig.Host.ReversalsAnswered = false;
            PaymentEngine rebooted;
            Assert.AreEqual(1, Boot(rig, out rebooted).InterruptedPayments);
            Assert.AreEqual(1, rebooted.Reversals.PendingCount, "the boot's reversal went unanswered");

            // The boot wrote the reversal attempt before sending: the next boot finds a reversal under way, not a payment in flight.
            rig.Host.ReversalsAnswered = true;
            Assert.AreEqual(0, Boot(rig, out rebooted).InterruptedPayments, "not counted a second time");
            Assert.AreEqual(0, rebooted.Reversals.PendingCount);
        }

        [TestMethod]
        public void Power_cut_once_the_reversal_is_under_way_is_no_interrupted_payment()
        {
            // The sale timed out and its reversal attempt is durable; the cut hits the ReversalDone write.
            var rig = new EngineRig();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.Faults.CutPowerWhen(Mti.ReversalRequest, 1);
            Assert.ThrowsException(typeof(PowerCutException), () => rig.Engine.Sale(12500, EngineRig.Card()));

            PaymentEngine rebooted;
            JournalRecovery found = Boot(rig, out rebooted);
            Assert.AreEqual(0, found.InterruptedPayments, "the payment had ended: a reversal was under way");
            Assert.AreEqual(0, rebooted.Reversals.PendingCount, "the reversal is repeated and acknowledged");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat));
        }

        [TestMethod]
        public void Interrupted_payment_is_counted_before_damage_makes_recovery_assume_an_attempt()
        {
            var rig = new EngineRig();
            rig.Host.Faults.CutPowerWhen(Mti.FinancialRequest, 1);
            Assert.ThrowsException(typeof(PowerCutException), () => rig.Engine.Sale(12500, EngineRig.Card()));
            rig.Store.Damage(Journal.CheckpointName(0));

            PaymentEngine rebooted;
            JournalRecovery found = Boot(rig, out rebooted);
            Assert.IsTrue(found.DamagedRecords > 0, "a checkpoint copy is damaged");
            Assert.AreEqual(1, found.InterruptedPayments, "still the payment in flight");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat), "damage: the reversal goes out as a repeat");
            Assert.AreEqual(0, rig.Host.Count(Mti.ReversalRequest));
        }

        [TestMethod]
        public void Clean_run_has_no_interrupted_payment()
        {
            var rig = new EngineRig();
            PaymentEngine rebooted;
            Assert.AreEqual(0, Boot(rig, out rebooted).InterruptedPayments, "a fresh terminal");

            TransactionResult sale = rig.Engine.Sale(12500, EngineRig.Card());
            rig.Engine.Void(sale.Stan);
            rig.Engine.Refund(700, EngineRig.Card());
            rig.Host.Then(ScriptedHost.Approve, "51");
            rig.Engine.Sale(3351, EngineRig.Card());
            rig.Host.Then(ScriptedHost.Silent, "00");
            EngineRig.Expect(TransactionOutcome.Reversed, rig.Engine.Sale(4400, EngineRig.Card()), "timeout, reversed");
            rig.Link.RefuseConnections(true);
            EngineRig.Expect(TransactionOutcome.NotSent, rig.Engine.Sale(4500, EngineRig.Card()), "not sent");
            rig.Link.RefuseConnections(false);

            Assert.AreEqual(0, Boot(rig, out rebooted).InterruptedPayments, "after a clean run");
        }

        private static void Pay(EngineRig rig, int kind, int voided)
        {
            if (kind == KindRefund)
            {
                rig.Engine.Refund(700, EngineRig.Card());
            }
            else if (kind == KindVoid)
            {
                rig.Engine.Void(voided);
            }
            else
            {
                rig.Engine.Sale(12500, EngineRig.Card());
            }
        }

        /// <summary>Powers the rig's flash up again and boots a new engine over it and the same host, as after a reboot.</summary>
        private static JournalRecovery Boot(EngineRig rig, out PaymentEngine engine)
        {
            rig.Store.ClearFault();
            rig.Store.PowerUp();
            engine = new PaymentEngine(rig.Options, rig.Store, new InMemoryLink(rig.Clock, rig.Host), rig.Clock, TestKeys.NewKeyRing(rig.Store));
            return engine.Start();
        }
    }
}
