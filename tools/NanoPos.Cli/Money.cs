using System.Globalization;
using NanoPos.Ui.Text;
using NanoPos.Ui;

namespace NanoPos.Cli
{
    /// <summary>
    /// Amounts in the CLI's output as money, the way the terminal shows them (6600 minor units → "66.00"), with the
    /// firmware's own <see cref="AmountFormatter"/> and the currency's 2 decimals (CNY, the reference configuration).
    /// </summary>
    public static class Money
    {
        private static readonly AmountFormatter Formatter = new AmountFormatter();

        /// <summary>Formats an amount in minor units.</summary>
        /// <param name="minor">The amount in minor units, e.g. 6600.</param>
        /// <returns>The money text, e.g. "66.00".</returns>
        public static string Format(long minor)
        {
            lock (Formatter)
            {
                return Formatter.ToString(minor);
            }
        }

        /// <summary>Formats an ISO 8583 amount field (n12, minor units, e.g. "000000006600"); text that is not a number is returned as it is.</summary>
        /// <param name="field">The field's digits, or null.</param>
        /// <returns>The money text, e.g. "66.00", or the field unchanged.</returns>
        public static string FromField(string field)
        {
            return field != null && field.Length > 0 && field.Length <= 18 && long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out long minor)
                ? Format(minor)
                : field;
        }
    }
}
