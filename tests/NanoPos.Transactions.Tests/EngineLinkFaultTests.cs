using System;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>The link fails: before the request left nothing is reversed; once a byte may have left, it is.</summary>
    [TestClass]
    public class EngineLinkFaultTests
    {
        [TestMethod]
        public void Refused_connection_is_not_sent_nothing_to_reverse_and_the_abandon_costs_one_write()
        {
            var rig = new EngineRig();
            rig.Engine.Sale(100, EngineRig.Card()); // reserves the STAN block
            rig.Link.RefuseConnections(true);
            int writes = rig.Store.DurableWrites;
            int requests = rig.Host.Requests.Count;

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.NotSent, result, "no connection");
            Assert.AreEqual(2, rig.Store.DurableWrites - writes, "the intent, then one write for the abandon");
            Assert.AreEqual(requests, rig.Host.Requests.Count, "nothing reached the host, no reversal either");
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
            Assert.IsNull(rig.Engine.Log.FindBatchEntry(result.Stan));

            rig.Link.RefuseConnections(false);
            EngineRig after = rig.Reboot();
            Assert.AreEqual(0, after.Engine.Log.PendingCount, "nothing to reverse after a reboot");
            Assert.AreEqual(0, after.Host.Count(Mti.ReversalRequest) + after.Host.Count(Mti.ReversalRepeat));
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(2)]
        [DataRow(30)]
        public void Link_dropped_after_part_of_the_request_left_is_reversed(int bytesThrough)
        {
            var rig = new EngineRig();
            rig.Link.DropAfterSentBytes(bytesThrough);

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, result, bytesThrough + " bytes left before the drop");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(RequestBuilder.Digits(result.Stan, 6), rig.Host.Last(Mti.ReversalRequest).GetString(11));
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
        }

        [TestMethod]
        public void Link_dropped_before_any_byte_left_is_not_sent()
        {
            var rig = new EngineRig();
            long bytes = rig.Link.BytesSent;
            int requests = rig.Host.Requests.Count;
            rig.Link.DropAfterSentBytes(0);

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.NotSent, result, "dropped before the first byte");
            Assert.AreEqual(bytes, rig.Link.BytesSent, "no byte after the rig's sign-on");
            Assert.AreEqual(requests, rig.Host.Requests.Count, "no reversal for a request the host cannot have seen");
            Assert.AreEqual(0, rig.Engine.Log.PendingCount);
        }

        [TestMethod]
        public void Request_leaves_in_one_write()
        {
            var clock = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true);
            var host = new ScriptedHost();
            var link = new WriteCountingLink(new InMemoryLink(clock, host));
            PaymentEngine engine = EngineRig.SignedOnEngine(new EngineOptions(), new InMemoryRecordStore(), link, clock);
            int writes = link.Writes;

            EngineRig.Expect(TransactionOutcome.Approved, engine.Sale(12500, EngineRig.Card()), "a plain sale");
            Assert.AreEqual(1, writes, "the sign-on's frame in one write too");
            Assert.AreEqual(1, link.Writes - writes, "the whole request frame in one write (one TLS record on the board)");
        }

        [TestMethod]
        public void Write_that_fails_where_the_link_cannot_tell_what_left_is_reversed()
        {
            var clock = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true);
            var host = new ScriptedHost();
            var link = new WriteCountingLink(new InMemoryLink(clock, host));
            PaymentEngine engine = EngineRig.SignedOnEngine(new EngineOptions(), new InMemoryRecordStore(), link, clock);
            link.FailNextWrite();

            TransactionResult result = engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, result, "a write that failed may have delivered the request");
            Assert.AreEqual(1, host.Count(Mti.ReversalRequest));
            Assert.AreEqual(RequestBuilder.Digits(result.Stan, 6), host.Last(Mti.ReversalRequest).GetString(11));
            Assert.AreEqual(0, engine.Log.PendingCount);
        }

        [TestMethod]
        public void Host_hanging_up_before_answering_is_reversed()
        {
            var rig = new EngineRig();
            rig.Host.Then(ScriptedHost.HangUp, "00");

            TransactionResult result = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Reversed, result, "connection closed by the host");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest));
            Assert.AreEqual(0, rig.Engine.Log.BatchEntries.Count);
        }

        [TestMethod]
        public void Every_wait_is_bounded_by_its_option()
        {
            var rig = new EngineRig();
            rig.Link.RefuseConnections(true);
            long start = rig.Clock.MonotonicMs;
            rig.Engine.Sale(12500, EngineRig.Card());
            Assert.AreEqual((long)rig.Options.ConnectTimeoutMs, rig.Clock.MonotonicMs - start, "connect");

            rig.Link.RefuseConnections(false);
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            start = rig.Clock.MonotonicMs;
            rig.Engine.Sale(12500, EngineRig.Card());
            Assert.AreEqual((long)(rig.Options.ResponseTimeoutMs + rig.Options.ReversalTimeoutMs), rig.Clock.MonotonicMs - start, "response, then reversal");
        }
    }
}
