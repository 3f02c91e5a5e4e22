using System.Collections;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui
{
    /// <summary>
    /// What the boot's reversal flush settled, said once on the idle screen: "Sale 200.00 14:02 reversed - not
    /// charged". The merchant who was cut off mid-payment (power cut, crash) learns at the next boot what happened to it,
    /// without a call to the bank. Only the kind, amount and time are kept: no card data.
    /// </summary>
    internal sealed class BootNotice
    {
        private readonly ArrayList _owed = new ArrayList();
        private string _text;

        /// <summary>Gets the notice to show, or null when there is none (or it was seen).</summary>
        internal string Text
        {
            get { return _text; }
        }

        /// <summary>Notes the reversals the journal held at boot (read between the recovery and the flush: no call runs).</summary>
        internal void Owed(TransactionLog log)
        {
            _owed.Clear();
            foreach (JournalRecord intent in log.PendingReversals)
            {
                _owed.Add(intent);
            }
        }

        /// <summary>After the flush: a notice of the reversals that were delivered (the newest first when several).</summary>
        internal void Flushed(TransactionLog log, AmountFormatter formatter, MessageCatalog catalog)
        {
            _text = null;
            for (int i = _owed.Count - 1; i >= 0; i--)
            {
                JournalRecord intent = (JournalRecord)_owed[i];
                if (log.PendingIntent(intent.Stan) == null)
                {
                    string line = catalog.Format(MessageOf(intent.Kind), formatter.ToString(intent.AmountMinor) + " " + Time(intent.LocalDateTime));
                    _text = _text == null ? line : _text + "\n" + line;
                }
            }

            _owed.Clear();
        }

        /// <summary>Forgets the notice once it was seen.</summary>
        internal void Seen()
        {
            _text = null;
        }

        private static MessageId MessageOf(TransactionKind kind)
        {
            return kind == TransactionKind.Void ? MessageId.NoticeVoidReversed
                : kind == TransactionKind.Refund ? MessageId.NoticeRefundReversed : MessageId.NoticeSaleReversed;
        }

        private static string Time(string mmddhhmmss)
        {
            return mmddhhmmss != null && mmddhhmmss.Length == 10 ? mmddhhmmss.Substring(4, 2) + ":" + mmddhhmmss.Substring(6, 2) : string.Empty;
        }
    }
}
