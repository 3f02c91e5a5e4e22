using System;
using System.Collections.Generic;
using System.Globalization;

namespace NanoPos.DeviceToolchain
{
    /// <summary>
    /// Reads what nanoFramework's unit test launcher prints on nanoCLR (TestFramework 3.0.77):
    /// <c>Test passed,&lt;name&gt;,&lt;ticks&gt;</c>, <c>Test failed,&lt;name&gt;,&lt;message&gt;</c>,
    /// <c>Test skipped,&lt;name&gt;,&lt;message&gt;</c>, then <c>Done.</c> when every class has run.
    /// </summary>
    /// <remarks>
    /// A message may hold commas (only the first two separate fields) and line breaks: a line that starts no record
    /// continues the message of the failed or skipped case before it. Lines a test prints itself before its record are
    /// kept as <see cref="OtherLines"/>.
    /// </remarks>
    public sealed class LauncherReport
    {
        private const string Passed = "Test passed,";
        private const string Failed = "Test failed,";
        private const string Skipped = "Test skipped,";
        private readonly List<DeviceTestCase> _cases = new List<DeviceTestCase>();
        private readonly List<string> _otherLines = new List<string>();

        private LauncherReport()
        {
        }

        /// <summary>Gets the test cases in the order they ran.</summary>
        public IReadOnlyList<DeviceTestCase> Cases => _cases;

        /// <summary>Gets the lines that were neither a record nor part of a message (interpreter banner, test output).</summary>
        public IReadOnlyList<string> OtherLines => _otherLines;

        /// <summary>Gets whether the launcher printed <c>Done.</c>: every test class ran to its end.</summary>
        public bool RanToEnd { get; private set; }

        /// <summary>Gets the number of cases with the given outcome.</summary>
        /// <param name="outcome">The outcome.</param>
        /// <returns>The count.</returns>
        public int Count(DeviceTestOutcome outcome)
        {
            int n = 0;
            foreach (DeviceTestCase c in _cases)
            {
                n += c.Outcome == outcome ? 1 : 0;
            }

            return n;
        }

        /// <summary>Parses the launcher's standard output.</summary>
        /// <param name="output">Everything the interpreter printed on standard output.</param>
        /// <returns>The report.</returns>
        public static LauncherReport Parse(string output)
        {
            var report = new LauncherReport();
            string pendingName = null;
            DeviceTestOutcome pendingOutcome = DeviceTestOutcome.Failed;
            string pendingMessage = null;
            bool inTests = false;
            foreach (string raw in (output ?? string.Empty).Split('\n'))
            {
                string line = raw.TrimEnd('\r');
                bool isRecord = line.StartsWith(Passed, StringComparison.Ordinal) || line.StartsWith(Failed, StringComparison.Ordinal) || line.StartsWith(Skipped, StringComparison.Ordinal);
                bool isEnd = line == "Done." || line == "Exiting.";
                if (pendingName != null && !isRecord && !isEnd && inTests)
                {
                    pendingMessage += "\n" + line;
                    continue;
                }

                report.Flush(ref pendingName, pendingOutcome, ref pendingMessage);
                if (line == "Done.")
                {
                    report.RanToEnd = true;
                    continue;
                }

                if (!isRecord)
                {
                    // "Ready." ends the interpreter's banner; records only come after it.
                    inTests |= line == "Ready.";
                    if (line.Length > 0)
                    {
                        report._otherLines.Add(line);
                    }

                    continue;
                }

                inTests = true;
                int comma = line.IndexOf(',');
                int second = line.IndexOf(',', comma + 1);
                string name = second > comma ? line.Substring(comma + 1, second - comma - 1) : line.Substring(comma + 1);
                string rest = second > comma ? line.Substring(second + 1) : string.Empty;
                if (line.StartsWith(Passed, StringComparison.Ordinal))
                {
                    long ticks = long.TryParse(rest.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long t) ? t : -1;
                    report._cases.Add(new DeviceTestCase(name, DeviceTestOutcome.Passed, ticks, string.Empty));
                }
                else
                {
                    pendingName = name;
                    pendingOutcome = line.StartsWith(Failed, StringComparison.Ordinal) ? DeviceTestOutcome.Failed : DeviceTestOutcome.Skipped;
                    pendingMessage = rest;
                }
            }

            report.Flush(ref pendingName, pendingOutcome, ref pendingMessage);
            return report;
        }

        private void Flush(ref string name, DeviceTestOutcome outcome, ref string message)
        {
            if (name != null)
            {
                _cases.Add(new DeviceTestCase(name, outcome, -1, message.TrimEnd('\n')));
            }

            name = null;
            message = null;
        }
    }
}
