using System;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// A terminal's payment engine on simulated drivers, signed on and ready for sales: an empty in-memory record store,
    /// a manual clock, an in-memory link to an <see cref="ApprovingAcquirer"/>, and the terminal's engine options (the
    /// defaults <c>TerminalConfig.ToEngineOptions</c> keeps: 64 journal slots, STANs reserved 100 at a time).
    /// </summary>
    public sealed class SaleRig
    {
        /// <summary>The amount of every sale in minor units (125.00).</summary>
        public const long AmountMinor = 12500;

        /// <summary>Creates the rig: engine start (journal recovery of the empty store) and sign-on.</summary>
        /// <param name="acquirer">The acquirer at the far end of the link.</param>
        /// <exception cref="InvalidOperationException">The sign-on was not approved.</exception>
        public SaleRig(ApprovingAcquirer acquirer)
        {
            Store = new InMemoryRecordStore();
            Clock = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true);
            Link = new InMemoryLink(Clock, acquirer);
            Options = new EngineOptions();
            Engine = new PaymentEngine(Options, Store, Link, Clock);
            Engine.Start();
            RequireApproved(Engine.SignOn(), "The sign-on");
        }

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

        /// <summary>Creates the card the terminal's keyed reader would deliver: the sample PAN, expiry 12/29, entry mode 012, a PIN block.</summary>
        /// <returns>New card data.</returns>
        public static CardData NewCard()
        {
            CardData card = new CardData(SampleMessages.Pan, "2912", "012");
            card.PinBlock = Hex.Parse("1122334455667788");
            return card;
        }

        /// <summary>Runs one sale of <see cref="AmountMinor"/>.</summary>
        /// <param name="card">The card.</param>
        /// <exception cref="InvalidOperationException">The sale was not approved.</exception>
        public void Sale(CardData card)
        {
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
