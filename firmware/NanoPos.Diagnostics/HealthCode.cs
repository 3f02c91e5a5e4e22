using System;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// The health report as compact text for the health QR code, and back: upper-case letters, digits, space, '.', '-'
    /// only, so the QR code uses its alphanumeric mode (5.5 bits a character) and any phone's scanner shows it as text.
    /// </summary>
    /// <remarks>
    /// <para><b>Format</b> (version 1): "NPH1" then fields separated by one space, each a letter and its values
    /// separated by '.', unknown figures as -1:</para>
    /// <list type="table">
    /// <item><term>T</term><description>terminal ID (letters and digits; others become '-')</description></item>
    /// <item><term>F</term><description>firmware version major.minor.patch</description></item>
    /// <item><term>J</term><description>journal format . slots used . slots . repaired . lost</description></item>
    /// <item><term>B</term><description>boots . unexpected reboots . of those during a payment</description></item>
    /// <item><term>U</term><description>uptime in s</description></item>
    /// <item><term>R</term><description>pending reversals . oldest's age in s . oldest's attempts</description></item>
    /// <item><term>S</term><description>open batch entries . last settlement (Unix s, 0 never)</description></item>
    /// <item><term>X</term><description>window . exchanges since boot . timeouts . 91 . 96 . malformed . MAC failures . link failures</description></item>
    /// <item><term>L</term><description>link up for s . last error (ExchangeEnding) . its age in s</description></item>
    /// <item><term>Q</term><description>signal dBm . connect ms . echo ms (last link and host tests)</description></item>
    /// <item><term>M</term><description>free managed memory in bytes</description></item>
    /// <item><term>K</term><description>working keys loaded, 1 or 0</description></item>
    /// <item><term>Z</term><description>the self-tests in <see cref="SelfTestId"/> order, each status x 100 + reason</description></item>
    /// </list>
    /// <para>A reader skips fields with letters it does not know, so a later version may add fields; a field it knows
    /// with the wrong number of values is an error. About 150 characters: a version 7 to 9 symbol, which fits the
    /// 64-pixel display at one pixel per module.</para>
    /// </remarks>
    public static class HealthCode
    {
        /// <summary>The prefix of every health code of this version.</summary>
        public const string Prefix = "NPH1";

        /// <summary>Encodes a report.</summary>
        /// <param name="report">The report.</param>
        /// <returns>The compact text.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
        public static string Encode(HealthReport report)
        {
            if (report == null)
            {
                throw new ArgumentNullException("report");
            }

            string text = Prefix;
            if (report.TerminalId != null && report.TerminalId.Length > 0)
            {
                text += " T" + Clean(report.TerminalId);
            }

            if (report.FirmwareVersion != null && report.FirmwareVersion.Length > 0)
            {
                text += " F" + Clean(report.FirmwareVersion);
            }

            text += " J" + Join5(report.JournalFormat, report.JournalSlotsUsed, report.JournalSlots, report.JournalRepaired, report.JournalLost);
            text += " B" + report.Boots.ToString() + "." + report.UnexpectedReboots.ToString() + "." + report.RebootsDuringPayment.ToString();
            text += " U" + report.UptimeSeconds.ToString();
            text += " R" + report.PendingReversals.ToString() + "." + report.OldestReversalAgeSeconds.ToString() + "." + report.OldestReversalAttempts.ToString();
            text += " S" + report.BatchEntries.ToString() + "." + report.LastSettlementUnixSeconds.ToString();
            text += " X" + report.ExchangeWindow.ToString() + "." + report.ExchangesTotal.ToString() + "." + Join5(report.Timeouts, report.Code91, report.Code96, report.Malformed, report.MacFailures)
                + "." + report.LinkFailures.ToString();
            text += " L" + report.LinkUptimeSeconds.ToString() + "." + report.LastError.ToString() + "." + report.LastErrorAgeSeconds.ToString();
            text += " Q" + report.SignalDbm.ToString() + "." + report.ConnectMs.ToString() + "." + report.EchoMs.ToString();
            text += " M" + report.FreeMemoryBytes.ToString();
            text += " K" + (report.KeysLoaded ? "1" : "0");
            text += " Z";
            for (int i = 0; i < SelfTestSuite.Count; i++)
            {
                int code = ((int)report.TestStatus[i] * 100) + (int)report.TestReason[i];
                text += (i == 0 ? string.Empty : ".") + code.ToString();
            }

            return text;
        }

        /// <summary>Decodes a health code into a report.</summary>
        /// <param name="text">The text a scanner read (surrounding spaces and line ends are ignored).</param>
        /// <param name="into">The report to fill; cleared first.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="FormatException">The text is not a health code of this version, or a field is malformed (the
        /// message names the field).</exception>
        public static void Decode(string text, HealthReport into)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            if (into == null)
            {
                throw new ArgumentNullException("into");
            }

            into.Clear();
            text = text.Trim();
            if (!text.StartsWith(Prefix) || (text.Length > Prefix.Length && text[Prefix.Length] != ' '))
            {
                throw new FormatException("Not a nanoPos health code: it must start with \"" + Prefix + " \".");
            }

            int at = Prefix.Length;
            long[] values = new long[8];
            while (at < text.Length)
            {
                while (at < text.Length && text[at] == ' ')
                {
                    at++;
                }

                int end = text.IndexOf(' ', at);
                end = end < 0 ? text.Length : end;
                if (end > at)
                {
                    Field(text[at], text.Substring(at + 1, end - at - 1), into, values);
                }

                at = end;
            }
        }

        private static void Field(char letter, string body, HealthReport into, long[] values)
        {
            switch (letter)
            {
                case 'T':
                    into.TerminalId = body;
                    return;
                case 'F':
                    into.FirmwareVersion = body;
                    return;
                case 'J':
                    Numbers(letter, body, values, 5);
                    into.JournalFormat = (int)values[0];
                    into.JournalSlotsUsed = (int)values[1];
                    into.JournalSlots = (int)values[2];
                    into.JournalRepaired = (int)values[3];
                    into.JournalLost = (int)values[4];
                    return;
                case 'B':
                    Numbers(letter, body, values, 3);
                    into.Boots = (int)values[0];
                    into.UnexpectedReboots = (int)values[1];
                    into.RebootsDuringPayment = (int)values[2];
                    return;
                case 'U':
                    Numbers(letter, body, values, 1);
                    into.UptimeSeconds = values[0];
                    return;
                case 'R':
                    Numbers(letter, body, values, 3);
                    into.PendingReversals = (int)values[0];
                    into.OldestReversalAgeSeconds = values[1];
                    into.OldestReversalAttempts = (int)values[2];
                    return;
                case 'S':
                    Numbers(letter, body, values, 2);
                    into.BatchEntries = (int)values[0];
                    into.LastSettlementUnixSeconds = values[1];
                    return;
                case 'X':
                    Numbers(letter, body, values, 8);
                    into.ExchangeWindow = (int)values[0];
                    into.ExchangesTotal = (int)values[1];
                    into.Timeouts = (int)values[2];
                    into.Code91 = (int)values[3];
                    into.Code96 = (int)values[4];
                    into.Malformed = (int)values[5];
                    into.MacFailures = (int)values[6];
                    into.LinkFailures = (int)values[7];
                    return;
                default:
                    FieldMore(letter, body, into, values);
                    return;
            }
        }

        private static void FieldMore(char letter, string body, HealthReport into, long[] values)
        {
            switch (letter)
            {
                case 'L':
                    Numbers(letter, body, values, 3);
                    into.LinkUptimeSeconds = values[0];
                    into.LastError = (int)values[1];
                    into.LastErrorAgeSeconds = values[2];
                    return;
                case 'Q':
                    Numbers(letter, body, values, 3);
                    into.SignalDbm = (int)values[0];
                    into.ConnectMs = values[1];
                    into.EchoMs = values[2];
                    return;
                case 'M':
                    Numbers(letter, body, values, 1);
                    into.FreeMemoryBytes = values[0];
                    return;
                case 'K':
                    Numbers(letter, body, values, 1);
                    into.KeysLoaded = values[0] == 1;
                    return;
                case 'Z':
                    Numbers(letter, body, values, SelfTestSuite.Count);
                    for (int i = 0; i < SelfTestSuite.Count; i++)
                    {
                        long status = values[i] / 100;
                        if (values[i] < 0 || status > (int)SelfTestStatus.Failed)
                        {
                            throw new FormatException("Field Z: self-test " + i.ToString() + " has no valid status.");
                        }

                        into.TestStatus[i] = (SelfTestStatus)(int)status;
                        into.TestReason[i] = (SelfTestReason)(int)(values[i] % 100);
                    }

                    return;
                default:
                    // A field of a later version: skipped, so that older tools still read what they know.
                    return;
            }
        }

        private static void Numbers(char letter, string body, long[] values, int expected)
        {
            int count = 0;
            int start = 0;
            for (int i = 0; i <= body.Length; i++)
            {
                if (i < body.Length && body[i] != '.')
                {
                    continue;
                }

                if (count == expected)
                {
                    throw new FormatException("Field " + letter.ToString() + " has more than " + expected.ToString() + " values.");
                }

                values[count++] = Number(letter, body, start, i);
                start = i + 1;
            }

            if (count != expected)
            {
                throw new FormatException("Field " + letter.ToString() + " has " + count.ToString() + " values, not " + expected.ToString() + ".");
            }
        }

        private static long Number(char letter, string body, int start, int end)
        {
            bool negative = start < end && body[start] == '-';
            int first = negative ? start + 1 : start;
            if (first >= end || end - first > 18)
            {
                throw new FormatException("Field " + letter.ToString() + " has an empty or too long number.");
            }

            long value = 0;
            for (int i = first; i < end; i++)
            {
                char c = body[i];
                if (c < '0' || c > '9')
                {
                    throw new FormatException("Field " + letter.ToString() + " has a character that is not a digit: '" + c.ToString() + "'.");
                }

                value = (value * 10) + (c - '0');
            }

            return negative ? -value : value;
        }

        private static string Join5(long a, long b, long c, long d, long e)
        {
            return a.ToString() + "." + b.ToString() + "." + c.ToString() + "." + d.ToString() + "." + e.ToString();
        }

        private static string Clean(string text)
        {
            // Only what the alphanumeric mode can carry and the decoder can split: letters (upper-cased), digits, '.'.
            char[] chars = new char[text.Length > 16 ? 16 : text.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                char c = text[i];
                if (c >= 'a' && c <= 'z')
                {
                    c = (char)(c - 'a' + 'A');
                }

                chars[i] = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ? c : '-';
            }

            return new string(chars);
        }
    }
}
