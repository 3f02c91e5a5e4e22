using NanoPos.Transactions;

namespace NanoPos.Ui
{
    /// <summary>One line of the history: an approved entry of the open batch, or a request whose reversal is pending.</summary>
    internal sealed class HistoryItem
    {
        internal HistoryItem(JournalRecord record, bool voided, bool pending)
        {
            Record = record;
            Voided = voided;
            Pending = pending;
        }

        internal JournalRecord Record { get; }

        /// <summary>Gets whether this sale has an approved void in the batch.</summary>
        internal bool Voided { get; }

        /// <summary>Gets whether this is an intent whose outcome is unknown: a reversal is pending for it.</summary>
        internal bool Pending { get; }

        internal bool CanVoid
        {
            get { return !Pending && !Voided && Record.Kind == TransactionKind.Sale; }
        }

        internal MessageId KindText
        {
            get
            {
                return Record.Kind == TransactionKind.Void ? MessageId.KindVoid
                    : Record.Kind == TransactionKind.Refund ? MessageId.KindRefund : MessageId.KindSale;
            }
        }

        internal MessageId StatusText
        {
            get
            {
                return Pending ? MessageId.StatusReversalPending : Voided ? MessageId.StatusVoided : MessageId.StatusApproved;
            }
        }

        /// <summary>Gets the one-character mark of the list: ' ' sale, 'V' voided sale, 'v' void, 'R' refund, '!' reversal pending.</summary>
        internal char Mark
        {
            get
            {
                if (Pending)
                {
                    return '!';
                }

                return Record.Kind == TransactionKind.Void ? 'v' : Record.Kind == TransactionKind.Refund ? 'R' : Voided ? 'V' : ' ';
            }
        }
    }
}
