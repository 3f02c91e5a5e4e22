using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// Sign-on brings the working keys: keys that fail their check value, or a terminal without a master key, leave the
    /// terminal unable to send anything but a sign-on; the host's "MAC error" (A0) drops the keys until the next sign-on,
    /// after which a reversal left pending goes out.
    /// </summary>
    [TestClass]
    public class SignOnKeyTests
    {
        [DataRow(HostKeys.PinKeyCheck, "PIN key")]
        [DataRow(HostKeys.MacKeyCheck, "MAC key")]
        public void Sign_on_keys_failing_their_check_value_are_refused_and_no_financial_request_leaves(int spoiled, string key)
        {
            EngineRig rig = EngineRig.NotSignedOn();
            rig.Host.Keys.SpoilNextCheckValue(spoiled);

            TransactionResult signOn = rig.Engine.SignOn();

            EngineRig.Expect(TransactionOutcome.Refused, signOn, "a " + key + " that fails its check value");
            Assert.AreEqual((int)RefusalKind.KeysRefused, (int)signOn.Refusal);
            Assert.IsTrue(signOn.Reason.IndexOf(key) >= 0, signOn.Reason);
            Assert.IsFalse(rig.Keys.HasWorkingKeys);
            Assert.IsFalse(rig.Store.Exists(KeyRing.WorkingKeysRecord), "refused keys are not stored");
            int requests = rig.Host.Requests.Count;
            int writes = rig.Store.DurableWrites;

            ExpectNotSignedOn(rig.Engine.Sale(12500, EngineRig.Card()), "sale");
            ExpectNotSignedOn(rig.Engine.Refund(500, EngineRig.Card()), "refund");
            ExpectNotSignedOn(rig.Engine.BalanceInquiry(EngineRig.Card()), "balance");
            ExpectNotSignedOn(rig.Engine.Echo(), "echo");
            ExpectNotSignedOn(rig.Engine.Settle(), "settlement");

            Assert.AreEqual(requests, rig.Host.Requests.Count, "nothing left the terminal");
            Assert.AreEqual(0, rig.Host.Count(Mti.FinancialRequest) + rig.Host.Count(Mti.AdviceRequest));
            Assert.AreEqual(writes, rig.Store.DurableWrites, "nothing journaled");
            Assert.AreEqual(0, rig.Engine.Log.PendingCount, "nothing to reverse");

            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.SignOn(), "sign-on with intact keys");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(12500, EngineRig.Card()), "then the sale goes through");
        }

        [TestMethod]
        public void Without_a_master_key_sign_on_is_refused_and_nothing_is_sent()
        {
            EngineRig rig = EngineRig.WithoutMasterKey();

            TransactionResult signOn = rig.Engine.SignOn();

            EngineRig.Expect(TransactionOutcome.Refused, signOn, "no TMK");
            Assert.AreEqual((int)RefusalKind.KeysRefused, (int)signOn.Refusal);
            Assert.IsNotNull(signOn.Reason);
            Assert.AreEqual(0, rig.Link.Connections, "not even a connection");
            Assert.AreEqual(0, rig.Host.Requests.Count);
            ExpectNotSignedOn(rig.Engine.Sale(12500, EngineRig.Card()), "sale");
            Assert.AreEqual(0, rig.Host.Requests.Count);
            Assert.AreEqual(0, rig.Store.DurableWrites, "nothing written");
        }

        [TestMethod]
        public void A_master_key_whose_components_miss_the_check_value_is_not_installed()
        {
            EngineRig rig = EngineRig.WithoutMasterKey();
            byte[] components = Hex.Parse(TestKeys.MasterComponent1Hex + TestKeys.MasterComponent2Hex);
            components[31] ^= 0x02; // not bit 0: DES ignores parity bits, so that would be the same key

            string refused = rig.Keys.InstallMasterKey(components, 0, 2, Hex.Parse(TestKeys.MasterCheckHex), 0);

            Assert.IsNotNull(refused, "a component typed wrong");
            Assert.IsFalse(rig.Keys.HasMasterKey);
            Assert.IsFalse(rig.Store.Exists(KeyRing.MasterKeyRecord));
            Assert.AreEqual((int)RefusalKind.KeysRefused, (int)rig.Engine.SignOn().Refusal);
            Assert.AreEqual(0, rig.Host.Requests.Count);
        }

        [TestMethod]
        public void Host_mac_error_drops_the_keys_until_a_sign_on_after_which_the_pending_reversal_goes_out()
        {
            EngineRig rig = AfterHostMacError();
            int stan = rig.Engine.Log.PendingReversals.Count == 1 ? ((JournalRecord)rig.Engine.Log.PendingReversals[0]).Stan : -1;
            int requests = rig.Host.Requests.Count;

            ExpectNotSignedOn(rig.Engine.Sale(3000, EngineRig.Card()), "the next sale");
            ExpectNotSignedOn(rig.Engine.BalanceInquiry(EngineRig.Card()), "a balance inquiry");
            ExpectNotSignedOn(rig.Engine.Echo(), "an echo");
            ExpectNotSignedOn(rig.Engine.Settle(), "a settlement");
            Assert.AreEqual(requests, rig.Host.Requests.Count, "nothing left without keys");

            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.SignOn(), "sign-on brings the host's new keys");
            Assert.IsTrue(rig.Keys.HasWorkingKeys);
            Assert.AreEqual(requests + 1, rig.Host.Requests.Count, "the sign-on was the first request after the A0");
            TransactionResult next = rig.Engine.Sale(3000, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.Approved, next, "the next sale, after the reversal");
            Assert.AreEqual(0, rig.Engine.Reversals.PendingCount, "the reversal went out after the sign-on and was acknowledged");
            Assert.IsTrue(rig.Host.Ledger.IsReversed(stan));
            Assert.IsTrue(rig.Host.Ledger.IsCharged(next.Stan));
            IsoMessage reversal = (IsoMessage)rig.Host.Requests[requests + 1];
            Assert.AreEqual(Mti.ReversalRepeat, reversal.Mti, "the first request after the sign-on is the reversal");
            Assert.AreEqual(RequestBuilder.Digits(stan, 6), reversal.GetString(11));
            Assert.AreEqual(ScriptedHost.MacValid, (int)rig.Host.MacChecks[requests + 1], "MACed under the new key");
        }

        [TestMethod]
        public void A_reversal_owed_after_a_host_mac_error_is_delivered_by_the_background_retry_which_signs_on_first()
        {
            EngineRig rig = AfterHostMacError();
            int stan = ((JournalRecord)rig.Engine.Log.PendingReversals[0]).Stan;
            int requests = rig.Host.Requests.Count;

            // The idle loop's background retries, each when its backoff has passed (two at most: the retry that signs
            // on may leave the reversal itself to the next one).
            bool delivered = false;
            for (int retry = 0; retry < 2 && !delivered; retry++)
            {
                rig.Clock.Advance(rig.Engine.Reversals.NextAttemptAtMs - rig.Clock.MonotonicMs);
                delivered = rig.Engine.ServiceReversals();
            }

            Assert.IsTrue(delivered, "delivered without anyone signing on by hand");
            Assert.IsTrue(rig.Keys.HasWorkingKeys, "signed on by itself");
            Assert.IsTrue(ScriptedHost.IsSignOn((IsoMessage)rig.Host.Requests[requests]), "a sign-on first");
            IsoMessage reversal = (IsoMessage)rig.Host.Requests[requests + 1];
            Assert.AreEqual(Mti.ReversalRepeat, reversal.Mti, "then the reversal");
            Assert.AreEqual(ScriptedHost.MacValid, (int)rig.Host.MacChecks[requests + 1], "MACed under the new key");
            Assert.IsTrue(rig.Host.Ledger.IsReversed(stan));
            Assert.AreEqual(0, rig.Reboot().Engine.Reversals.PendingCount);
        }

        /// <summary>
        /// A signed-on rig whose host changed its keys: the next sale is answered A0 (without a MAC), and so is its
        /// reversal, so the sale ends with its reversal pending and the terminal's working keys dropped.
        /// </summary>
        private static EngineRig AfterHostMacError()
        {
            var rig = new EngineRig();
            rig.Host.Keys.ChangeKeys(); // the host's keys moved on: the terminal's MAC no longer verifies there

            TransactionResult sale = rig.Engine.Sale(12500, EngineRig.Card());

            EngineRig.Expect(TransactionOutcome.ReversalPending, sale, "A0 to the sale and to its reversal");
            Assert.AreEqual((int)AnswerFault.MissingMac, (int)rig.Engine.Exchange.LastAnswerFault, "the A0 answer carries no MAC");
            Assert.AreEqual(ScriptedHost.MacInvalid, rig.Host.MacOf(Mti.FinancialRequest, 0));
            Assert.AreEqual(ScriptedHost.MacInvalid, rig.Host.MacOf(Mti.ReversalRequest, 0));
            Assert.IsFalse(rig.Host.Ledger.Knows(sale.Stan), "the host applied nothing");
            Assert.IsFalse(rig.Keys.HasWorkingKeys, "A0: the working keys are dropped");
            Assert.AreEqual(1, rig.Engine.Reversals.PendingCount);
            return rig;
        }

        private static void ExpectNotSignedOn(TransactionResult result, string what)
        {
            EngineRig.Expect(TransactionOutcome.Refused, result, what + " without working keys");
            Assert.AreEqual((int)RefusalKind.NotSignedOn, (int)result.Refusal, what);
        }
    }
}
