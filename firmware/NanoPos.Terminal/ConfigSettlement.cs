using System.Collections;
using NanoPos.Transactions;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The settlement cut-off of the configuration text: key settlement.cutoff, the local time HH:MM at and after which a
    /// sale counts as the next day (<see cref="FundsDate"/>); 24:00 is midnight.
    /// </summary>
    internal static class ConfigSettlement
    {
        /// <summary>The key of the cut-off.</summary>
        internal const string CutoffKey = "settlement.cutoff";

        /// <summary>Reads settlement.cutoff, or gives the default (23:00) when it is absent.</summary>
        /// <param name="values">The key/value pairs of the record.</param>
        /// <returns>The cut-off in minutes after local midnight, 1 to <see cref="FundsDate.Midnight"/>.</returns>
        /// <exception cref="ConfigException">The value is not HH:MM from 00:01 to 24:00 (the key is named).</exception>
        internal static int ReadCutoff(Hashtable values)
        {
            string value = (string)values[CutoffKey];
            if (value == null)
            {
                return SettlementCycle.DefaultCutoffMinutes;
            }

            if (value.Length != 5 || value[2] != ':' || !ConfigText.IsDigits(value.Substring(0, 2)) || !ConfigText.IsDigits(value.Substring(3, 2)))
            {
                throw ConfigText.Bad(CutoffKey, "must be a local time HH:MM, such as 23:00");
            }

            int hours = ((value[0] - '0') * 10) + (value[1] - '0');
            int minutes = ((value[3] - '0') * 10) + (value[4] - '0');
            int total = (hours * 60) + minutes;
            if (minutes > 59 || total > FundsDate.Midnight)
            {
                throw ConfigText.Bad(CutoffKey, "must be 00:01 to 24:00");
            }

            if (total == 0)
            {
                // 00:00 could mean the start of the day (every sale moves to the next day) or its end: say which is meant.
                throw ConfigText.Bad(CutoffKey, "must be 00:01 to 24:00 (24:00 for a cut-off at midnight)");
            }

            return total;
        }

        /// <summary>Writes a cut-off as HH:MM (1440 as 24:00).</summary>
        /// <param name="minutes">The cut-off in minutes after local midnight.</param>
        /// <returns>The five characters.</returns>
        internal static string FormatCutoff(int minutes)
        {
            int hours = minutes / 60;
            int rest = minutes % 60;
            return new string(new char[] { (char)('0' + (hours / 10)), (char)('0' + (hours % 10)), ':', (char)('0' + (rest / 10)), (char)('0' + (rest % 10)) });
        }
    }
}
