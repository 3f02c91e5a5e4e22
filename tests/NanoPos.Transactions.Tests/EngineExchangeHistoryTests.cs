using System;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The engine records exactly one ending per exchange with the host in <see cref="HostExchange.History"/>, whichever
    /// way the exchange ran (the sale's own Open/Send/Await, or Exchange for reversals, sign-on, echo and settlement).
    /// </summary>
    [TestClass]
    public class EngineExchangeHistoryTests
    {
        [TestMethod]
        public void Approved_sale_is_one_answered_exchange()
        {
            var rig = Fresh();
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(12500, EngineRig.Card()), "answered 00");
            Endings(rig, "a sale answered 00", ExchangeEnding.Answered);
        }

        [TestMethod]
        public void Sale_answered_91_is_one_code91_exchange_and_nothing_else()
        {
            var rig = Fresh();
            rig.Host.FinancialCode = "91";
            EngineRig.Expect(TransactionOutcome.Declined, rig.Engine.Sale(12500, EngineRig.Card()), "answered 91");
            Endings(rig, "a sale answered 91", ExchangeEnding.Code91);
        }

        [TestMethod]
        public void Sale_answered_96_is_a_code96_exchange_then_the_answered_reversal()
        {
            var rig = Fresh();
            rig.Host.FinancialCode = "96";
            EngineRig.Expect(TransactionOutcome.Reversed, rig.Engine.Sale(12500, EngineRig.Card()), "answered 96");
            Endings(rig, "a sale answered 96, then its reversal", ExchangeEnding.Code96, ExchangeEnding.Answered);
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
        }

        [TestMethod]
        public void Declined_sale_is_an_answered_exchange()
        {
            var rig = Fresh();
            rig.Host.FinancialCode = "51";
            EngineRig.Expect(TransactionOutcome.Declined, rig.Engine.Sale(12500, EngineRig.Card()), "answered 51");
            Endings(rig, "a sale answered 51", ExchangeEnding.Answered);
            Assert.AreEqual(-1L, rig.Engine.Exchange.History.LastFailureMs, "a checked decline is no failure of the exchange");
        }

        [TestMethod]
        public void Timeout_is_a_timeout_then_the_reversal_exchange()
        {
            var rig = Fresh();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            EngineRig.Expect(TransactionOutcome.Reversed, rig.Engine.Sale(12500, EngineRig.Card()), "silent host");
            Endings(rig, "a timeout, then its reversal", ExchangeEnding.Timeout, ExchangeEnding.Answered);
        }

        [TestMethod]
        public void Every_reversal_attempt_is_an_exchange_of_its_own()
        {
            var rig = Fresh();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(12500, EngineRig.Card()), "nobody answers");
            rig.Host.ReversalsAnswered = true;
            rig.Clock.Advance(rig.Engine.Reversals.NextAttemptAtMs - rig.Clock.MonotonicMs);
            Assert.IsTrue(rig.Engine.ServiceReversals(), "the retry is acknowledged");
            Endings(rig, "timeout, unanswered 0400, answered 0401", ExchangeEnding.Timeout, ExchangeEnding.Timeout, ExchangeEnding.Answered);
        }

        [TestMethod]
        public void Refused_connection_is_one_connect_failure()
        {
            var rig = Fresh();
            rig.Link.RefuseConnections(true);
            EngineRig.Expect(TransactionOutcome.NotSent, rig.Engine.Sale(12500, EngineRig.Card()), "no connection");
            Endings(rig, "connection refused", ExchangeEnding.ConnectFailed);
        }

        [TestMethod]
        public void Link_lost_before_the_first_byte_is_one_nothing_sent()
        {
            var rig = Fresh();
            rig.Link.DropAfterSentBytes(0);
            EngineRig.Expect(TransactionOutcome.NotSent, rig.Engine.Sale(12500, EngineRig.Card()), "dropped before the first byte");
            Endings(rig, "nothing sent", ExchangeEnding.NothingSent);
        }

        [TestMethod]
        public void Link_lost_during_the_send_is_link_lost_then_the_reversal()
        {
            var rig = Fresh();
            rig.Link.DropAfterSentBytes(30);
            EngineRig.Expect(TransactionOutcome.Reversed, rig.Engine.Sale(12500, EngineRig.Card()), "dropped after 30 bytes");
            Endings(rig, "link lost during the send, then the reversal", ExchangeEnding.LinkLost, ExchangeEnding.Answered);
        }

        [TestMethod]
        public void Host_hanging_up_is_link_lost_then_the_reversal()
        {
            var rig = Fresh();
            rig.Host.Then(ScriptedHost.HangUp, "00");
            EngineRig.Expect(TransactionOutcome.Reversed, rig.Engine.Sale(12500, EngineRig.Card()), "closed by the host");
            Endings(rig, "host hung up, then the reversal", ExchangeEnding.LinkLost, ExchangeEnding.Answered);
        }

        [TestMethod]
        [DataRow(ScriptedFaults.WrongKeyMac)]
        [DataRow(ScriptedFaults.NoMac)]
        public void Answer_with_a_bad_or_missing_mac_is_a_mac_failure_then_the_reversal(int forgery)
        {
            var rig = Fresh();
            rig.Host.Faults.ForgeMac(Mti.FinancialRequest, forgery);
            EngineRig.Expect(TransactionOutcome.Reversed, rig.Engine.Sale(12500, EngineRig.Card()), "forged MAC");
            Endings(rig, "MAC failure, then the reversal", ExchangeEnding.MacFailure, ExchangeEnding.Answered);
        }

        [TestMethod]
        public void Undecodable_answer_is_malformed_then_the_reversal()
        {
            var rig = Fresh();
            rig.Host.Then(ScriptedHost.Garbage, "00");
            EngineRig.Expect(TransactionOutcome.Reversed, rig.Engine.Sale(12500, EngineRig.Card()), "garbage");
            Endings(rig, "undecodable answer, then the reversal", ExchangeEnding.Malformed, ExchangeEnding.Answered);
        }

        [TestMethod]
        public void Answer_that_fails_the_answer_check_is_malformed_then_the_reversal()
        {
            var rig = Fresh();
            rig.Host.Faults.Tamper(Mti.FinancialRequest, 4, "000000000001");
            EngineRig.Expect(TransactionOutcome.Reversed, rig.Engine.Sale(12500, EngineRig.Card()), "wrong amount");
            Assert.AreEqual((int)AnswerFault.Amount, (int)rig.Engine.Exchange.LastAnswerFault);
            Endings(rig, "wrong amount, then the reversal", ExchangeEnding.Malformed, ExchangeEnding.Answered);
        }

        [TestMethod]
        public void A_reversal_owed_before_a_sale_is_counted_with_the_sale()
        {
            var rig = Fresh();
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(12500, EngineRig.Card()), "reversal left pending");
            rig.Host.FinancialBehaviour = ScriptedHost.Approve;
            rig.Host.ReversalsAnswered = true;

            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(3000, EngineRig.Card()), "the next sale flushes first");
            Endings(rig, "timeout, unanswered reversal, the flushed reversal, the new sale",
                ExchangeEnding.Timeout, ExchangeEnding.Timeout, ExchangeEnding.Answered, ExchangeEnding.Answered);
        }

        [TestMethod]
        public void Sign_on_echo_inquiry_void_refund_and_settlement_each_count_once()
        {
            var rig = Fresh();
            int requestsBefore = rig.Host.Requests.Count;
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.SignOn(), "sign-on");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Echo(), "echo");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.BalanceInquiry(EngineRig.Card()), "balance");
            TransactionResult sale = rig.Engine.Sale(12500, EngineRig.Card());
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Void(sale.Stan), "void");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Refund(700, EngineRig.Card()), "refund");
            rig.Host.SettlementCode = "95";
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Settle(), "settlement with upload");

            ExchangeHistory history = rig.Engine.Exchange.History;
            int trips = rig.Host.Requests.Count - requestsBefore;
            Assert.IsTrue(trips >= 9, "sign-on, echo, inquiry, sale, void, refund, 0500, an upload, its end: " + trips);
            Assert.AreEqual(trips, history.Total, "one ending per request the host received");
            Assert.AreEqual(trips, history.Count(ExchangeEnding.Answered));
            Assert.AreEqual(history.Total, rig.Engine.Exchange.Exchanges - RigExchanges, "one ending per exchange opened");
        }

        [TestMethod]
        public void Driver_exception_during_the_wait_ends_the_exchange_once_as_link_lost()
        {
            var clock = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true);
            var host = new ScriptedHost();
            var link = new CrashingLink(new InMemoryLink(clock, host));
            link.Armed = false;
            PaymentEngine engine = EngineRig.SignedOnEngine(new EngineOptions(), new InMemoryRecordStore(), link, clock);
            link.Armed = true;
            int before = engine.Exchange.Exchanges;
            ExchangeHistory history = engine.Exchange.History;
            history.Clear();

            Assert.ThrowsException(typeof(OutOfMemoryException), () => engine.Sale(2500, EngineRig.Card()));

            Assert.AreEqual(1, history.Total, "the interrupted exchange ended once");
            Assert.AreEqual(1, engine.Exchange.Exchanges - before);
            Assert.AreEqual((int)ExchangeEnding.LinkLost, (int)history.Recent(0), "the request was out");
            engine.Exchange.Close();
            Assert.AreEqual(1, history.Total, "a second close records nothing");
        }

        [TestMethod]
        public void Up_time_and_last_failure_follow_the_engine_clock()
        {
            var rig = Fresh();
            ExchangeHistory history = rig.Engine.Exchange.History;
            rig.Clock.Advance(1000);
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(12500, EngineRig.Card()), "first sale");
            long up = history.UpSinceMs;
            Assert.IsTrue(up >= 1000 && up <= rig.Clock.MonotonicMs, "up since the sale's answer: " + up);
            rig.Clock.Advance(60000);
            Assert.AreEqual(rig.Clock.MonotonicMs - up, history.UptimeMs(rig.Clock.MonotonicMs));

            rig.Link.RefuseConnections(true);
            EngineRig.Expect(TransactionOutcome.NotSent, rig.Engine.Sale(3000, EngineRig.Card()), "no network");
            Assert.AreEqual(-1L, history.UpSinceMs, "down");
            Assert.AreEqual(0L, history.UptimeMs(rig.Clock.MonotonicMs));
            Assert.AreEqual((int)ExchangeEnding.ConnectFailed, (int)history.LastFailure);
            Assert.AreEqual(rig.Clock.MonotonicMs, history.LastFailureMs, "when the connect gave up");
            long failedAt = history.LastFailureMs;

            rig.Link.RefuseConnections(false);
            rig.Clock.Advance(5000);
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(4000, EngineRig.Card()), "back");
            Assert.IsTrue(history.UpSinceMs >= failedAt + 5000, "up again from the next answer");
            Assert.AreEqual(failedAt, history.LastFailureMs, "an answered exchange is no failure");
            Endings(rig, "answered, connect failed, answered", ExchangeEnding.Answered, ExchangeEnding.ConnectFailed, ExchangeEnding.Answered);
        }

        /// <summary>The exchanges a new <see cref="EngineRig"/> has made: its sign-on.</summary>
        private const int RigExchanges = 1;

        /// <summary>A signed-on rig with an empty history (the rig's own sign-on, recorded once, forgotten).</summary>
        private static EngineRig Fresh()
        {
            var rig = new EngineRig();
            Assert.AreEqual(RigExchanges, rig.Engine.Exchange.Exchanges, "the rig's sign-on");
            Assert.AreEqual(RigExchanges, rig.Engine.Exchange.History.Total, "the rig's sign-on is recorded");
            Assert.AreEqual(RigExchanges, rig.Engine.Exchange.History.Count(ExchangeEnding.Answered));
            rig.Engine.Exchange.History.Clear();
            return rig;
        }

        /// <summary>Asserts the endings recorded since <see cref="Fresh"/>, oldest first: each once, nothing else.</summary>
        private static void Endings(EngineRig rig, string what, params ExchangeEnding[] expected)
        {
            ExchangeHistory history = rig.Engine.Exchange.History;
            Assert.AreEqual(expected.Length, history.Total, what + ": exchanges recorded");
            Assert.AreEqual(expected.Length, rig.Engine.Exchange.Exchanges - RigExchanges, what + ": exchanges opened");
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual((int)expected[i], (int)history.Recent(expected.Length - 1 - i), what + ": exchange " + (i + 1));
            }

            for (int e = 0; e < ExchangeHistory.EndingCount; e++)
            {
                int count = 0;
                for (int i = 0; i < expected.Length; i++)
                {
                    count += (int)expected[i] == e ? 1 : 0;
                }

                Assert.AreEqual(count, history.Count((ExchangeEnding)e), what + ": count of ending " + e);
            }
        }
    }
}
