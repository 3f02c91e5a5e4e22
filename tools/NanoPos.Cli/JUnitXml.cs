using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using NanoPos.DeviceToolchain;

namespace NanoPos.Cli
{
    /// <summary>
    /// JUnit XML for the verbs that are test runs in their own right (<c>torture --junit</c>, <c>mutate --junit</c>), in the
    /// shape <c>device-test --junit</c> writes (<see cref="JUnitReport"/>): &lt;testsuites name tests failures errors
    /// skipped&gt;, one &lt;testsuite&gt; per suite with its counts and time, one &lt;testcase classname name time&gt; per
    /// case, a &lt;failure message&gt; with the details when it failed.
    /// </summary>
    public static class JUnitXml
    {
        /// <summary>Builds the document.</summary>
        /// <param name="runner">The root's name, e.g. "nanopos torture".</param>
        /// <param name="cases">The cases, in the order they ran.</param>
        /// <returns>The document.</returns>
        public static XDocument Build(string runner, IReadOnlyList<JUnitCase> cases)
        {
            var root = new XElement("testsuites", new XAttribute("name", runner));
            int failures = 0;
            foreach (IGrouping<string, JUnitCase> suite in cases.GroupBy(c => c.Suite))
            {
                var element = new XElement("testsuite", new XAttribute("name", suite.Key));
                int suiteFailures = 0;
                foreach (JUnitCase c in suite)
                {
                    var testCase = new XElement("testcase", new XAttribute("classname", c.ClassName), new XAttribute("name", c.Name), new XAttribute("time", Seconds(c.Seconds)));
                    if (c.Failure != null)
                    {
                        testCase.Add(new XElement("failure", new XAttribute("message", c.Failure), c.FailureDetail ?? c.Failure));
                        suiteFailures++;
                    }

                    if (c.Output != null)
                    {
                        testCase.Add(new XElement("system-out", c.Output));
                    }

                    element.Add(testCase);
                }

                element.Add(
                    new XAttribute("tests", suite.Count()),
                    new XAttribute("failures", suiteFailures),
                    new XAttribute("errors", 0),
                    new XAttribute("skipped", 0),
                    new XAttribute("time", Seconds(suite.Sum(c => c.Seconds))));
                root.Add(element);
                failures += suiteFailures;
            }

            root.Add(new XAttribute("tests", cases.Count), new XAttribute("failures", failures), new XAttribute("errors", 0), new XAttribute("skipped", 0));
            return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        }

        /// <summary>Writes the document to a file (its folder made if needed), UTF-8 without a byte-order mark.</summary>
        /// <param name="document">The document.</param>
        /// <param name="path">The file.</param>
        public static void Save(XDocument document, string path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path)));
            JUnitReport.Save(document, path);
        }

        private static string Seconds(double seconds)
        {
            return seconds.ToString("0.000", CultureInfo.InvariantCulture);
        }
    }
}
