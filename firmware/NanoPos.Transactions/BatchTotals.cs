using System.Collections;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The totals of the open batch as settlement reports them: sales in effect (approved and not voided) and
    /// refunds, count and amount each. Field 48 carries them as 3 + 12 + 3 + 12 digits and a flag digit.
    /// </summary>
    public sealed class BatchTotals
    {
        /// <summary>Gets the number of sales in effect.</summary>
        public int SaleCount { get; private set; }

        /// <summary>Gets the amount of the sales in effect, in minor units.</summary>
        public long SaleAmountMinor { get; private set; }

        /// <summary>Gets the number of approved refunds.</summary>
        public int RefundCount { get; private set; }

        /// <summary>Gets the amount of the approved refunds, in minor units.</summary>
        public long RefundAmountMinor { get; private set; }

        /// <summary>Computes the totals of a batch.</summary>
        /// <param name="entries">The approved outcomes of the batch (JournalRecord).</param>
        /// <returns>The totals.</returns>
        public static BatchTotals Of(ArrayList entries)
        {
            var totals = new BatchTotals();
            foreach (JournalRecord entry in entries)
            {
                if (!IsInEffect(entries, entry))
                {
                    continue;
                }

                if (entry.Kind == TransactionKind.Sale)
                {
                    totals.SaleCount++;
                    totals.SaleAmountMinor += entry.AmountMinor;
                }
                else
                {
                    totals.RefundCount++;
                    totals.RefundAmountMinor += entry.AmountMinor;
                }
            }

            return totals;
        }

        /// <summary>
        /// Gets whether a batch entry moves money, so the totals count it and a batch upload carries it: a sale
        /// that is not voided, or a refund. A void and the sale it voided are not in effect.
        /// </summary>
        /// <param name="entries">The approved outcomes of the batch.</param>
        /// <param name="entry">One of them.</param>
        public static bool IsInEffect(ArrayList entries, JournalRecord entry)
        {
            return (entry.Kind == TransactionKind.Sale && !IsVoided(entries, entry.Stan)) || entry.Kind == TransactionKind.Refund;
        }

        /// <summary>Gets whether an approved void of the sale with this STAN is in the batch.</summary>
        /// <param name="entries">The approved outcomes of the batch.</param>
        /// <param name="saleStan">The sale's STAN.</param>
        public static bool IsVoided(ArrayList entries, int saleStan)
        {
            foreach (JournalRecord entry in entries)
            {
                if (entry.Kind == TransactionKind.Void && entry.OriginalStan == saleStan)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Writes the totals as field 48: 31 digits, flag 0 (the terminal's claim).</summary>
        public string ToField48()
        {
            return RequestBuilder.Digits(SaleCount, 3) + RequestBuilder.Digits(SaleAmountMinor, 12)
                + RequestBuilder.Digits(RefundCount, 3) + RequestBuilder.Digits(RefundAmountMinor, 12) + "0";
        }
    }
}
