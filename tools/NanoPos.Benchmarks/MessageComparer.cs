using NanoPos.Iso8583;

namespace NanoPos.Benchmarks
{
    /// <summary>
    /// Compares two messages field by field (MTI, every field 2-128, text and binary values), so a round-trip
    /// check can say which field came back wrong instead of just "not equal".
    /// </summary>
    public static class MessageComparer
    {
        /// <summary>Returns null when both messages carry the same MTI and field values, otherwise the first difference.</summary>
        /// <param name="label">Prefix of the message, e.g. "nanoPos CUP unpack 0200".</param>
        /// <param name="expected">The values that were packed.</param>
        /// <param name="actual">The values that came back.</param>
        public static string FirstDifference(string label, IsoMessage expected, IsoMessage actual)
        {
            if (expected.Mti != actual.Mti)
            {
                return label + ": MTI " + actual.Mti.ToString("D4") + ", expected " + expected.Mti.ToString("D4") + ".";
            }

            for (int f = 2; f <= 128; f++)
            {
                string want = Show(expected, f);
                string got = Show(actual, f);
                if (want != got)
                {
                    return label + ": field " + f.ToString() + " is " + (got ?? "absent") + ", expected " + (want ?? "absent") + ".";
                }
            }

            return null;
        }

        // Text and binary values in one comparable form; the "b:" prefix keeps a text "41" from matching bytes 41.
        private static string Show(IsoMessage message, int field)
        {
            string text = message.GetString(field);
            if (text != null)
            {
                return "\"" + text + "\"";
            }

            byte[] bytes = message.GetBytes(field);
            return bytes == null ? null : "b:" + Hex.ToHex(bytes);
        }
    }
}
