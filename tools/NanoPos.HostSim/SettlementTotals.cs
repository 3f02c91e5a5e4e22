using System;
using System.Globalization;

namespace NanoPos.HostSim
{
    /// <summary>
    /// The totals of one batch as field 48 of a 0500/0510 carries them (31 ASCII digits): sale count (3),
    /// sale amount (12, minor units), refund count (3), refund amount (12, minor units), then one flag digit
    /// (the terminal sends 0; the host answers 1 balanced, 2 not balanced). Characters after the 31st (for
    /// example a second, foreign-card section) are ignored.
    /// </summary>
    /// <param name="SaleCount">The number of sales in effect (approved, not reversed, not voided).</param>
    /// <param name="SaleAmount">Their sum in minor units.</param>
    /// <param name="RefundCount">The number of refunds in effect.</param>
    /// <param name="RefundAmount">Their sum in minor units.</param>
    public sealed record SettlementTotals(int SaleCount, long SaleAmount, int RefundCount, long RefundAmount)
    {
        /// <summary>The number of characters <see cref="Format"/> writes.</summary>
        public const int FieldLength = 31;

        /// <summary>Gets the net amount in minor units: sales minus refunds.</summary>
        public long NetAmount => SaleAmount - RefundAmount;

        /// <summary>Reads the totals from field 48.</summary>
        /// <param name="field48">At least 30 digits: 3 + 12 + 3 + 12 (the flag digit may be absent).</param>
        /// <returns>The totals.</returns>
        /// <exception cref="FormatException">Fewer than 30 characters, or a non-digit among the first 30.</exception>
        public static SettlementTotals Parse(string field48)
        {
            if (field48 == null || field48.Length < 30)
            {
                throw new FormatException("Field 48 needs 30 digits of totals (3+12+3+12), got " + (field48 == null ? "nothing" : field48.Length + " characters") + ".");
            }

            for (int i = 0; i < 30; i++)
            {
                if (field48[i] < '0' || field48[i] > '9')
                {
                    throw new FormatException("Field 48 character " + (i + 1) + " is '" + field48[i] + "', not a digit.");
                }
            }

            return new SettlementTotals(
                int.Parse(field48.AsSpan(0, 3), CultureInfo.InvariantCulture),
                long.Parse(field48.AsSpan(3, 12), CultureInfo.InvariantCulture),
                int.Parse(field48.AsSpan(15, 3), CultureInfo.InvariantCulture),
                long.Parse(field48.AsSpan(18, 12), CultureInfo.InvariantCulture));
        }

        /// <summary>Writes the totals as field 48 (31 digits).</summary>
        /// <param name="flag">The last digit: '0' from the terminal, '1' balanced or '2' not balanced from the host.</param>
        /// <returns>The field value.</returns>
        /// <exception cref="OverflowException">A count above 999 or an amount above 12 digits.</exception>
        public string Format(char flag)
        {
            if (SaleCount > 999 || RefundCount > 999 || SaleAmount > 999_999_999_999L || RefundAmount > 999_999_999_999L || SaleCount < 0 || RefundCount < 0 || SaleAmount < 0 || RefundAmount < 0)
            {
                throw new OverflowException("Settlement totals do not fit field 48 (counts 0-999, amounts 12 digits).");
            }

            return SaleCount.ToString("D3", CultureInfo.InvariantCulture)
                + SaleAmount.ToString("D12", CultureInfo.InvariantCulture)
                + RefundCount.ToString("D3", CultureInfo.InvariantCulture)
                + RefundAmount.ToString("D12", CultureInfo.InvariantCulture)
                + flag;
        }
    }
}
