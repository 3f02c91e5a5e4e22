using nanoFramework.TestFramework;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>The state machine table: every row does what it says, and the table has no dead ends.</summary>
    [TestClass]
    public class TransactionTableTests
    {
        private const int StateCount = 12;
        private const int EventCount = 18;

        [TestMethod]
        public void Every_row_moves_to_its_state_and_returns_its_action()
        {
            TransitionRule[] rules = TransactionTable.Rules;
            Assert.AreEqual(19, rules.Length, "a new row needs a test of its path below");
            for (int i = 0; i < rules.Length; i++)
            {
                var machine = new TransactionStateMachine(rules[i].From);
                TransactionAction action = machine.Fire(rules[i].Event);
                string row = TransactionNames.Of(rules[i].From) + " + " + TransactionNames.Of(rules[i].Event);
                Assert.AreEqual((int)rules[i].To, (int)machine.State, row);
                Assert.AreEqual((int)rules[i].Action, (int)action, row);
                Assert.AreEqual(0, machine.IgnoredEvents, row);
            }
        }

        [TestMethod]
        public void No_state_handles_the_same_event_twice()
        {
            TransitionRule[] rules = TransactionTable.Rules;
            for (int i = 0; i < rules.Length; i++)
            {
                for (int j = i + 1; j < rules.Length; j++)
                {
                    Assert.IsFalse(rules[i].From == rules[j].From && rules[i].Event == rules[j].Event, "rows " + i + " and " + j);
                }
            }
        }

        [TestMethod]
        public void Approved_sale_path_writes_intent_before_connecting_and_outcome_before_completing()
        {
            var machine = new TransactionStateMachine();
            Assert.AreEqual((int)TransactionAction.FlushReversals, (int)machine.Fire(TransactionEvent.Start));
            Assert.AreEqual((int)TransactionAction.WriteIntent, (int)machine.Fire(TransactionEvent.QueueFlushed));
            Assert.AreEqual((int)TransactionAction.Connect, (int)machine.Fire(TransactionEvent.IntentDurable));
            Assert.AreEqual((int)TransactionAction.SendRequest, (int)machine.Fire(TransactionEvent.Connected));
            Assert.AreEqual((int)TransactionAction.AwaitResponse, (int)machine.Fire(TransactionEvent.Sent));
            Assert.AreEqual((int)TransactionAction.WriteOutcome, (int)machine.Fire(TransactionEvent.ResponseReceived));
            Assert.AreEqual((int)TransactionAction.None, (int)machine.Fire(TransactionEvent.OutcomeDurable));
            Assert.AreEqual((int)TransactionState.Completed, (int)machine.State);
            Assert.IsTrue(machine.IsFinal);
        }

        [TestMethod]
        public void Answer_whose_outcome_is_unknown_goes_to_the_reversal_like_a_lost_one()
        {
            var machine = new TransactionStateMachine(TransactionState.AwaitingResponse);

            TransactionAction action = machine.Fire(TransactionEvent.OutcomeUnknown);

            Assert.AreEqual((int)TransactionState.ReversalPending, (int)machine.State);
            Assert.AreEqual((int)TransactionAction.SendReversal, (int)action);
            Assert.AreEqual(0, machine.IgnoredEvents, "a row of its own, not the unexpected-event policy");
        }

        [TestMethod]
        [DataRow(4)] // Sending
        [DataRow(5)] // AwaitingResponse: any surprise while the request may be at the host means "unknown"
        public void Unexpected_event_while_the_request_may_be_at_the_host_leads_to_reversal(int state)
        {
            var machine = new TransactionStateMachine((TransactionState)state);

            TransactionAction action = machine.Fire(TransactionEvent.QueueFlushed);

            Assert.AreEqual((int)TransactionState.ReversalPending, (int)machine.State);
            Assert.AreEqual((int)TransactionAction.SendReversal, (int)action);
        }

        [TestMethod]
        public void Unexpected_event_anywhere_else_is_ignored_and_counted()
        {
            var machine = new TransactionStateMachine(TransactionState.Recording);

            TransactionAction action = machine.Fire(TransactionEvent.ResponseTimeout);

            Assert.AreEqual((int)TransactionState.Recording, (int)machine.State, "a late timeout must not undo a received answer");
            Assert.AreEqual((int)TransactionAction.None, (int)action);
            Assert.AreEqual(1, machine.IgnoredEvents);
        }

        [TestMethod]
        public void Final_states_have_no_way_out_and_every_other_state_reaches_one()
        {
            for (int s = 0; s < StateCount; s++)
            {
                var state = (TransactionState)s;
                bool hasRow = false;
                foreach (TransitionRule rule in TransactionTable.Rules)
                {
                    hasRow |= rule.From == state;
                }

                if (TransactionTable.IsFinal(state))
                {
                    Assert.IsFalse(hasRow, TransactionNames.Of(state) + " is final but has rows");
                }
                else
                {
                    Assert.IsTrue(hasRow, TransactionNames.Of(state) + " is a dead end");
                    Assert.IsTrue(ReachesFinal(state, 0), TransactionNames.Of(state) + " cannot finish");
                }
            }
        }

        [TestMethod]
        public void Every_row_moves_to_a_higher_state_except_the_reversal_retry()
        {
            // FinancialFlow sizes its path by this: each state at most once, plus one repeated entry.
            Assert.AreEqual(StateCount - 1, (int)TransactionState.Refused, "Refused is the highest state");
            foreach (TransitionRule rule in TransactionTable.Rules)
            {
                bool retry = rule.From == TransactionState.ReversalPending && rule.To == TransactionState.ReversalPending;
                Assert.IsTrue(retry || (int)rule.To > (int)rule.From, TransactionNames.Of(rule.From) + " + " + TransactionNames.Of(rule.Event));
            }

            for (int s = 0; s < StateCount; s++)
            {
                TransitionRule unexpected = TransactionTable.Unexpected((TransactionState)s);
                Assert.IsTrue(unexpected == null || (int)unexpected.To > s, "unexpected event in " + TransactionNames.Of((TransactionState)s));
            }
        }

        [TestMethod]
        public void Every_state_is_reachable_from_idle()
        {
            var reached = new bool[StateCount];
            Mark(TransactionState.Idle, reached);
            for (int s = 0; s < StateCount; s++)
            {
                Assert.IsTrue(reached[s], TransactionNames.Of((TransactionState)s) + " is unreachable");
            }
        }

        [TestMethod]
        public void Names_cover_every_state_event_and_action()
        {
            for (int s = 0; s < StateCount; s++)
            {
                Assert.IsFalse(TransactionNames.Of((TransactionState)s).StartsWith("State"), "state " + s);
            }

            for (int e = 0; e < EventCount; e++)
            {
                Assert.IsFalse(TransactionNames.Of((TransactionEvent)e).StartsWith("Event"), "event " + e);
            }

            for (int a = 0; a <= 10; a++)
            {
                Assert.IsFalse(TransactionNames.Of((TransactionAction)a).StartsWith("Action"), "action " + a);
            }
        }

        private static bool ReachesFinal(TransactionState state, int depth)
        {
            if (TransactionTable.IsFinal(state))
            {
                return true;
            }

            if (depth > StateCount)
            {
                return false;
            }

            foreach (TransitionRule rule in TransactionTable.Rules)
            {
                if (rule.From == state && rule.To != state && ReachesFinal(rule.To, depth + 1))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Mark(TransactionState state, bool[] reached)
        {
            if (reached[(int)state])
            {
                return;
            }

            reached[(int)state] = true;
            foreach (TransitionRule rule in TransactionTable.Rules)
            {
                if (rule.From == state)
                {
                    Mark(rule.To, reached);
                }
            }
        }
    }
}
