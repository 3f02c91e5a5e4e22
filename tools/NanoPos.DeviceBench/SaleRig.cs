using System;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// A terminal's payment engine on simulated drivers, signed on and ready for sales: an empty in-memory record store,
    /// a manual clock, an in-memory link to an <see cref="ApprovingAcquirer"/>, and the terminal's engine options (the
    /// defaults <c>TerminalConfig.ToEngineOptions</c> keeps: 64 journal slots, STANs reserved 100 at a time). Its key
    /// ring (device key <see cref="BenchKeys.DeviceKeyHex"/>) has the example TMK installed from its components, and the
    /// one sign-on of the set-up brings the working keys: every sale is then MACed and carries an encrypted PIN block.
    /// </summary>
    public sealed class SaleRig
    {
        /// <summary>The amount of every sale in minor units (125.00).</summary>
        public const long AmountMinor = 12500;

        private readonly byte[] _clearPinBlock = Hex.Parse(BenchKeys.ClearPinBlockHex);

        /// <summary>Creates the rig: TMK installed, engine start (journal recovery of the empty store) and sign-on.</summary>
        /// <param name="acquirer">The acquirer at the far end of the link.</param>
        /// <exception cref="InvalidOperationException">The TMK was refused, or the sign-on was not approved.</exception>
        public SaleRig(ApprovingAcquirer acquirer)
        {
            Store = new InMemoryRecordStore();
            Clock = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true);
            Link = new InMemoryLink(Clock, acquirer);
            Options = new EngineOptions();
            Keys = new KeyRing(Store, Hex.Parse(BenchKeys.DeviceKeyHex), 0);
            string refused = Keys.InstallMasterKey(Hex.Parse(BenchKeys.MasterComponent1Hex + BenchKeys.MasterComponent2Hex), 0, 2, Hex.Parse(BenchKeys.MasterCheckHex), 0);
            if (refused != null)
            {
                throw new InvalidOperationException("The bench TMK was refused: " + refused);
            }

            Engine = new PaymentEngine(Options, Store, Link, Clock, Keys);
            Engine.Start();
            RequireApproved(Engine.SignOn(), "The sign-on");
        }

        /// <summary>Gets the terminal's key ring (TMK and the sign-on's working keys).</summary>
        public KeyRing Keys { get; }

        /// <summary>Gets the record store holding the journal.</summary>
        public InMemoryRecordStore Store { get; }

        /// <summary>Gets the simulated clock.</summary>
        public ManualClock Clock { get; }

        /// <summary>Gets the link to the acquirer.</summary>
        public InMemoryLink Link { get; }

        /// <summary>Gets the engine options (the terminal's defaults).</summary>
        public EngineOptions Options { get; }

        /// <summary>Gets the engine.</summary>
        public PaymentEngine Engine { get; }

        /// <summary>
        /// Gets how many approved sales this rig takes before anything but a sale's own two writes would happen: each
        /// approval keeps a journal slot until settlement and a new intent needs <see cref="TransactionLog.SlotsPerIntent"/>
        /// free slots; and the sign-on's STAN reservation must last (no reservation write inside a round).
        /// </summary>
        public int SalesBeforeSettlement
        {
            get
            {
                int bySlots = Options.JournalSlots - TransactionLog.SlotsPerIntent;
                int byStans = Options.StanBlock - 2;
                return bySlots < byStans ? bySlots : byStans;
            }
        }

        /// <summary>
        /// Creates the card the terminal's keyed reader would deliver: the sample PAN, expiry 12/29, entry mode 012, and
        /// room for the PIN block <see cref="Sale"/> encrypts.
        /// </summary>
        /// <returns>New card data.</returns>
        public static CardData NewCard()
        {
            CardData card = new CardData(SampleMessages.Pan, "2912", "012");
            card.PinBlock = new byte[8];
            return card;
        }

        /// <summary>
        /// Runs one sale of <see cref="AmountMinor"/> with PIN 123456: the clear format-0 block encrypted under the PIK
        /// (what the PIN entry does when Enter is pressed), then the engine's sale (MACed request, MAC-checked answer).
        /// </summary>
        /// <param name="card">The card; its PIN block is overwritten.</param>
        /// <exception cref="InvalidOperationException">No PIN key, or the sale was not approved.</exception>
        public void Sale(CardData card)
        {
            if (!Keys.EncryptPinBlock(_clearPinBlock, 0, card.PinBlock, 0))
            {
                throw new InvalidOperationException("No PIN key: the rig did not sign on.");
            }

            RequireApproved(Engine.Sale(AmountMinor, card), "A sale");
        }

        /// <summary>Fails loudly unless a transaction was approved.</summary>
        /// <param name="result">The engine's result.</param>
        /// <param name="what">The transaction, for the message.</param>
        /// <exception cref="InvalidOperationException">The outcome is not Approved.</exception>
        public static void RequireApproved(TransactionResult result, string what)
        {
            if (result.Outcome != TransactionOutcome.Approved)
            {
                throw new InvalidOperationException(what + " was not approved: outcome " + ((int)result.Outcome).ToString()
                    + ", response code " + result.ResponseCode + ", " + result.Reason);
            }
        }
    }
}
