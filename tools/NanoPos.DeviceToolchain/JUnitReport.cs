using System.Collections.Generic;
using System.Globalization;
using System.Xml.Linq;

namespace NanoPos.DeviceToolchain
{
    /// <summary>
    /// Writes device test results as JUnit XML, the format CI servers read: one &lt;testsuite&gt; per test project, one
    /// &lt;testcase&gt; per launcher record. A suite that could not run here is one skipped case with the reason; a
    /// suite whose interpreter run went wrong carries an &lt;error&gt; case.
    /// </summary>
    public static class JUnitReport
    {
        /// <summary>Builds the XML document.</summary>
        /// <param name="suites">The suite results.</param>
        /// <param name="runner">The name of the runner, e.g. "nanoCLR", used as the root name.</param>
        /// <returns>The document.</returns>
        public static XDocument Build(IReadOnlyList<DeviceSuiteResult> suites, string runner)
        {
            var root = new XElement("testsuites", new XAttribute("name", runner));
            int tests = 0, failures = 0, errors = 0, skipped = 0;
            foreach (DeviceSuiteResult suite in suites)
            {
                var element = new XElement("testsuite", new XAttribute("name", suite.ProjectName));
                int suiteTests = 0, suiteFailures = 0, suiteErrors = 0, suiteSkipped = 0;
                foreach (DeviceTestCase c in suite.Cases)
                {
                    var testCase = new XElement(
                        "testcase",
                        new XAttribute("classname", c.ClassName),
                        new XAttribute("name", c.MethodName),
                        new XAttribute("time", Seconds(c.Ticks < 0 ? 0 : c.Ticks / 1e7)));
                    if (c.Outcome == DeviceTestOutcome.Failed)
                    {
                        testCase.Add(new XElement("failure", new XAttribute("message", FirstLine(c.Message)), c.Message));
                        suiteFailures++;
                    }
                    else if (c.Outcome == DeviceTestOutcome.Skipped)
                    {
                        testCase.Add(new XElement("skipped", new XAttribute("message", c.Message)));
                        suiteSkipped++;
                    }

                    element.Add(testCase);
                    suiteTests++;
                }

                if (suite.NotRunReason != null)
                {
                    element.Add(new XElement("testcase", new XAttribute("classname", suite.ProjectName), new XAttribute("name", "(suite)"), new XElement("skipped", new XAttribute("message", "not run on nanoCLR: " + suite.NotRunReason))));
                    suiteTests++;
                    suiteSkipped++;
                }

                if (suite.Problem != null)
                {
                    element.Add(new XElement("testcase", new XAttribute("classname", suite.ProjectName), new XAttribute("name", "(interpreter run)"), new XElement("error", new XAttribute("message", suite.Problem), suite.RawOutput)));
                    suiteTests++;
                    suiteErrors++;
                }

                element.Add(
                    new XAttribute("tests", suiteTests),
                    new XAttribute("failures", suiteFailures),
                    new XAttribute("errors", suiteErrors),
                    new XAttribute("skipped", suiteSkipped),
                    new XAttribute("time", Seconds(suite.Elapsed.TotalSeconds)));
                root.Add(element);
                tests += suiteTests;
                failures += suiteFailures;
                errors += suiteErrors;
                skipped += suiteSkipped;
            }

            root.Add(new XAttribute("tests", tests), new XAttribute("failures", failures), new XAttribute("errors", errors), new XAttribute("skipped", skipped));
            return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        }

        /// <summary>Writes a document as UTF-8 without a byte-order mark (some CI readers choke on one).</summary>
        /// <param name="document">The document.</param>
        /// <param name="path">The file to write.</param>
        public static void Save(XDocument document, string path)
        {
            var settings = new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true };
            using System.Xml.XmlWriter writer = System.Xml.XmlWriter.Create(path, settings);
            document.Save(writer);
        }

        private static string Seconds(double seconds)
        {
            return seconds.ToString("0.000", CultureInfo.InvariantCulture);
        }

        private static string FirstLine(string text)
        {
            int end = text.IndexOf('\n');
            return end < 0 ? text : text.Substring(0, end);
        }
    }
}
