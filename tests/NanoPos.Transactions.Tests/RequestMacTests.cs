using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Security;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// What the terminal sends is authenticated: every request but the sign-on carries in field 64 the CUP MAC of its
    /// bytes under the MAK, as the host computes it on its side, reversals, advices, settlement and batch upload
    /// included; and a PIN block travels encrypted under the PIK, with field 53 naming its format and key.
    /// </summary>
    [TestClass]
    public class RequestMacTests
    {
        [TestMethod]
        public void Every_request_but_the_sign_on_carries_a_mac_that_verifies()
        {
            EngineRig rig = EngineRig.SignedOn(5);
            TransactionResult sale = rig.Engine.Sale(2500, EngineRig.Card());
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Void(sale.Stan), "void (0200)");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Refund(700, EngineRig.Card()), "refund (0220)");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.BalanceInquiry(EngineRig.Card()), "balance (0200)");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Echo(), "echo (0800/301)");
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(4000, EngineRig.Card()), "a sale to upload");
            rig.Host.ReversalsAnswered = false;
            rig.Host.Then(ScriptedHost.Silent, "00");
            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(900, EngineRig.Card()), "0400, unanswered");
            rig.Host.ReversalsAnswered = true;
            rig.Clock.Advance(rig.Engine.Reversals.NextAttemptAtMs - rig.Clock.MonotonicMs);
            Assert.IsTrue(rig.Engine.ServiceReversals(), "0401, acknowledged");
            rig.Host.SettlementCode = "95";
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Settle(), "0500, then 0320 upload");

            int[] kinds = new int[] { Mti.FinancialRequest, Mti.AdviceRequest, Mti.ReversalRequest, Mti.ReversalRepeat, Mti.SettlementRequest, Mti.BatchUploadRequest, Mti.NetworkRequest };
            for (int i = 0; i < kinds.Length; i++)
            {
                Assert.IsTrue(rig.Host.Count(kinds[i]) > 0, "the run sent a " + RequestBuilder.Digits(kinds[i], 4));
            }

            int signOns = 0;
            for (int i = 0; i < rig.Host.Requests.Count; i++)
            {
                IsoMessage request = (IsoMessage)rig.Host.Requests[i];
                string what = "request " + i + " (" + RequestBuilder.Digits(request.Mti, 4) + ")";
                if (ScriptedHost.IsSignOn(request))
                {
                    signOns++;
                    Assert.AreEqual(ScriptedHost.MacAbsent, (int)rig.Host.MacChecks[i], what + ": a sign-on carries no MAC");
                    continue;
                }

                Assert.AreEqual(ScriptedHost.MacValid, (int)rig.Host.MacChecks[i], what + ": its MAC verifies at the host");
                Assert.AreEqual(CupMac.Length, request.GetBytes(64).Length, what);
            }

            Assert.AreEqual(2, signOns, "the rig's and SignedOn's");
            Assert.AreEqual(0, rig.Engine.Exchange.MalformedAnswers, "every answer's MAC verified at the terminal too");
        }

        [TestMethod]
        public void Pin_block_travels_encrypted_under_the_pin_key_with_field_53()
        {
            var rig = new EngineRig();
            byte[] clear = Hex.Parse("041225EEEEEEEEEE"); // PIN 1234 under PAN 4111111111111111, format 0
            CardData card = EngineRig.Card();
            card.PinBlock = new byte[8];
            Assert.IsTrue(rig.Keys.EncryptPinBlock(clear, 0, card.PinBlock, 0));

            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(12500, card), "sale with PIN");

            IsoMessage sale = rig.Host.Last(Mti.FinancialRequest);
            byte[] field52 = sale.GetBytes(52);
            Assert.AreNotEqual(Hex.ToHex(clear), Hex.ToHex(field52), "not the clear block");
            byte[] decrypted = new byte[8];
            PinCipher.DecryptFormat0(field52, 0, rig.Host.Keys.PinKey, decrypted, 0);
            Assert.AreEqual(Hex.ToHex(clear), Hex.ToHex(decrypted), "the host's PIK gives back the format-0 block");
            Assert.AreEqual("2600000000000000", sale.GetString(53));

            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(500, EngineRig.Card()), "sale without PIN");
            Assert.IsFalse(rig.Host.Last(Mti.FinancialRequest).Has(53), "no field 53 without a PIN block");
        }
    }
}
