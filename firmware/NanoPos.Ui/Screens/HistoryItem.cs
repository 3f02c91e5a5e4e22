using NanoPos.Transactions;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>One line of the history: a transaction of the terminal's history, however it ended.</summary>
    internal sealed class HistoryItem
    {
        internal HistoryItem(HistoryEntry entry, bool inOpenBatch)
        {
            Entry = entry;
            InOpenBatch = inOpenBatch;
        }

        internal HistoryEntry Entry { get; }

        /// <summary>Gets whether this approved entry is in the open batch (only those can be voided).</summary>
        internal bool InOpenBatch { get; }

        internal bool CanVoid
        {
            get { return InOpenBatch && Entry.Kind == TransactionKind.Sale && Entry.Status == HistoryStatus.Approved && !Entry.Voided; }
        }

        /// <summary>Gets whether the entry has a receipt to offer: the host approved it.</summary>
        internal bool HasReceipt
        {
            get { return Entry.Status == HistoryStatus.Approved; }
        }

        internal MessageId KindText
        {
            get
            {
                return Entry.Kind == TransactionKind.Void ? MessageId.KindVoid
                    : Entry.Kind == TransactionKind.Refund ? MessageId.KindRefund : MessageId.KindSale;
            }
        }

        internal MessageId StatusText
        {
            get
            {
                switch (Entry.Status)
                {
                    case HistoryStatus.Declined:
                        return MessageId.StatusDeclined;
                    case HistoryStatus.Reversed:
                        return MessageId.StatusReversed;
                    case HistoryStatus.Reversing:
                        return MessageId.StatusReversalPending;
                    case HistoryStatus.NotSent:
                        return MessageId.StatusNotSent;
                    default:
                        return Entry.Voided ? MessageId.StatusVoided : MessageId.StatusApproved;
                }
            }
        }

        /// <summary>
        /// Gets the one-character mark of the list (the title names the selected entry in words): ' ' sale, 'V' voided sale,
        /// 'v' void, 'R' refund, 'D' declined, 'X' reversed, '!' reversal pending, 'N' not sent.
        /// </summary>
        internal char Mark
        {
            get
            {
                switch (Entry.Status)
                {
                    case HistoryStatus.Declined:
                        return 'D';
                    case HistoryStatus.Reversed:
                        return 'X';
                    case HistoryStatus.Reversing:
                        return '!';
                    case HistoryStatus.NotSent:
                        return 'N';
                    default:
                        return Entry.Kind == TransactionKind.Void ? 'v' : Entry.Kind == TransactionKind.Refund ? 'R' : Entry.Voided ? 'V' : ' ';
                }
            }
        }

        /// <summary>Gets the line that says what happened to the money when the host did not approve, or 0 (none) for an approval.</summary>
        internal MessageId MoneyText
        {
            get
            {
                bool isVoid = Entry.Kind == TransactionKind.Void;
                bool isRefund = Entry.Kind == TransactionKind.Refund;
                switch (Entry.Status)
                {
                    case HistoryStatus.Reversed:
                        return isVoid ? MessageId.VoidReversedStillCharged : isRefund ? MessageId.RefundReversedNoMoney : MessageId.ReversedNotCharged;
                    case HistoryStatus.Reversing:
                        return isVoid ? MessageId.VoidReversingStillCharged : isRefund ? MessageId.RefundReversingNoMoney : MessageId.ReversingNotCharged;
                    case HistoryStatus.NotSent:
                        return isVoid ? MessageId.VoidNotSentStillCharged : isRefund ? MessageId.RefundNotSentNoMoney : MessageId.NotSentNoConnection;
                    case HistoryStatus.Declined:
                        return ResponseMessages.For(Entry.ResponseCode);
                    default:
                        return MessageId.Approved;
                }
            }
        }

        /// <summary>Gets the line that says why the request was reversed, or <see cref="MessageId.Approved"/> when it was not.</summary>
        internal MessageId WhyText
        {
            get
            {
                if (Entry.Status != HistoryStatus.Reversed && Entry.Status != HistoryStatus.Reversing)
                {
                    return MessageId.Approved;
                }

                switch (Entry.Cause)
                {
                    case ReversalCause.Timeout:
                        return MessageId.WhyTimeout;
                    case ReversalCause.LinkLost:
                        return MessageId.WhyLinkLost;
                    case ReversalCause.BadAnswer:
                        return MessageId.WhyBadAnswer;
                    case ReversalCause.UnknownCode:
                        return MessageId.WhyUnknownCode;
                    case ReversalCause.PowerCut:
                        return MessageId.WhyPowerCut;
                    default:
                        return MessageId.Approved;
                }
            }
        }
    }
}
