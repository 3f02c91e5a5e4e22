using System;
using NanoPos.Transactions;

namespace NanoPos.Ui.Flows
{
    /// <summary>
    /// The transaction the cashier is putting together: its kind, amount, card and (for a void) the sale's STAN, from
    /// the first key to the request. Wiped when the request leaves or the flow is abandoned.
    /// </summary>
    internal sealed class PaymentFlow
    {
        internal RequestKind Kind { get; private set; }

        internal long AmountMinor { get; set; }

        internal CardData Card { get; set; }

        internal int VoidStan { get; set; }

        internal bool NeedsPin
        {
            get { return Kind == RequestKind.Sale || Kind == RequestKind.Balance; }
        }

        internal bool NeedsAmount
        {
            get { return Kind == RequestKind.Sale || Kind == RequestKind.Refund; }
        }

        internal void Begin(RequestKind kind)
        {
            Wipe();
            Kind = kind;
        }

        /// <summary>Builds the request and hands the card over to it (the request forgets it once sent).</summary>
        internal TransactionRequest TakeRequest()
        {
            TransactionRequest request = new TransactionRequest(Kind, AmountMinor, Card, VoidStan);
            Card = null;
            return request;
        }

        internal void Wipe()
        {
            if (Card != null && Card.PinBlock != null)
            {
                Array.Clear(Card.PinBlock, 0, Card.PinBlock.Length);
                Card.PinBlock = null;
            }

            Card = null;
            AmountMinor = 0;
            VoidStan = 0;
        }
    }
}
