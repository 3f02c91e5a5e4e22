using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using NanoPos.Cli;
using NanoPos.Hal;
using NanoPos.Torture;
using NanoPos.Transactions;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>
    /// The long verbs' progress as plain lines when the output is not a terminal (no escape codes), and the JUnit XML of
    /// <c>torture --junit</c> and <c>mutate --junit</c> in the shape CI servers read.
    /// </summary>
    public class CliProgressAndJUnitTests
    {
        [Fact]
        public void RedirectedMutateShowsPlainProgressLinesWithoutEscapeCodes()
        {
            var output = new StringWriter();
            var context = new CliContext(output, new StringWriter()) { ProgressInterval = TimeSpan.Zero };

            int exit = Program.Run(new[] { "mutate", "--frames", "5000", "--seed", "3" }, context);

            string text = output.ToString();
            Assert.Equal(0, exit);
            Assert.Contains("nanopos mutate: 1,000 of 5,000 frames (20%), 0 crashes, ", text);
            Assert.Contains("nanopos mutate: 4,000 of 5,000 frames (80%), 0 crashes, ", text);
            Assert.Contains("nanopos mutate: 5,000 mutated frames", text);
            Assert.False(text.Contains('\u001b'), "escape codes in redirected output");
        }

        [Fact]
        public void PlainProgressIsOccasionalByDefault()
        {
            var output = new StringWriter();

            // The default interval is 10 s; 3,000 frames take well under that, so no progress line at all.
            Assert.Equal(0, Program.Run(new[] { "mutate", "--frames", "3000" }, output, new StringWriter()));

            Assert.DoesNotContain(" of 3,000 frames", output.ToString());
        }

        [Fact]
        public void TortureQuickWritesJUnitXmlWithACasePerFlow()
        {
            // The CI subset, as CI runs it: every flow, about 8 s here.
            string folder = Directory.CreateTempSubdirectory("nanopos-torture-junit-").FullName;
            string path = Path.Combine(folder, "deep", "f.xml");
            var output = new StringWriter();
            try
            {
                int exit = Program.Run(new[] { "torture", "--quick", "--junit", path }, output, new StringWriter());

                Assert.Equal(0, exit);
                Assert.Contains("JUnit XML: " + path, output.ToString());
                XElement root = XDocument.Load(path).Root;
                Assert.Equal("testsuites", root.Name.LocalName);
                Assert.Equal(Flows.Names.Count.ToString(CultureInfo.InvariantCulture), (string)root.Attribute("tests"));
                Assert.Equal("0", (string)root.Attribute("failures"));
                XElement suite = root.Elements("testsuite").Single();
                Assert.Equal("torture (quick, seed 1)", (string)suite.Attribute("name"));
                Assert.Equal(Flows.Names, suite.Elements("testcase").Select(c => (string)c.Attribute("name")));
                XElement flow = suite.Elements("testcase").Single(c => (string)c.Attribute("name") == "void");
                Assert.Equal("NanoPos.Torture.Quick", (string)flow.Attribute("classname"));
                Assert.True(double.Parse((string)flow.Attribute("time"), CultureInfo.InvariantCulture) > 0);
                Assert.Null(flow.Element("failure"));
                Assert.Matches(@"variants \d+, violations 0", (string)flow.Element("system-out"));
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [Fact]
        public void ATortureFlowWithViolationsIsAFailedCase()
        {
            // A terminal whose write-ahead intent never reaches flash: the campaign must find it, and the XML must say so.
            var options = new CampaignOptions
            {
                Quick = true,
                Figures = false,
                Flow = "sale-approved",
                StoreDecorator = store => new IntentDroppingStore(store),
            };
            CampaignReport report = Campaign.Run(options);

            XElement root = JUnitXml.Build("nanopos torture", TortureCommand.Cases(report)).Root;

            Assert.Equal("1", (string)root.Attribute("failures"));
            XElement failure = root.Descendants("failure").Single();
            Assert.Matches(@"^\d+ violations, the first: sale-approved / ", (string)failure.Attribute("message"));
            Assert.Contains("approved-in-batch-or-reversed", failure.Value);
        }

        [Fact]
        public void MutateWritesJUnitXmlWithACasePerSeedFrame()
        {
            string folder = Directory.CreateTempSubdirectory("nanopos-mutate-junit-").FullName;
            string path = Path.Combine(folder, "m.xml");
            try
            {
                Assert.Equal(0, Program.Run(new[] { "mutate", "--frames", "2000", "--seed", "7", "--junit", path }, new StringWriter(), new StringWriter()));

                XElement root = XDocument.Load(path).Root;
                XElement[] cases = root.Descendants("testcase").ToArray();
                Assert.Equal(cases.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)root.Attribute("tests"));
                // Both profiles' frames, each its own class.
                Assert.Equal(2, cases.Select(c => (string)c.Attribute("classname")).Distinct().Count());
                Assert.All(cases, c => Assert.StartsWith("NanoPos.Iso8583.", (string)c.Attribute("classname")));
                Assert.Contains(cases, c => ((string)c.Attribute("name")).StartsWith("0200 #", StringComparison.Ordinal));
                Assert.Empty(root.Descendants("failure"));

                // Every mutated frame is counted in exactly one case.
                int frames = cases.Sum(c => int.Parse(((string)c.Element("system-out")).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(2000, frames);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [Fact]
        public void JUnitFailuresCarryTheirMessageAndDetails()
        {
            var cases = new[]
            {
                new JUnitCase { Suite = "s", ClassName = "c", Name = "ok", Seconds = 0.5 },
                new JUnitCase { Suite = "s", ClassName = "c", Name = "bad", Seconds = 1.25, Failure = "1 violation: x", FailureDetail = "x\ny" },
                new JUnitCase { Suite = "t", ClassName = "c", Name = "other", Seconds = 0 },
            };

            XElement root = JUnitXml.Build("nanopos test", cases).Root;

            Assert.Equal("3", (string)root.Attribute("tests"));
            Assert.Equal("1", (string)root.Attribute("failures"));
            Assert.Equal(new[] { "s", "t" }, root.Elements("testsuite").Select(s => (string)s.Attribute("name")));
            XElement s = root.Elements("testsuite").First();
            Assert.Equal("1.750", (string)s.Attribute("time"));
            Assert.Equal("1", (string)s.Attribute("failures"));
            XElement failure = s.Elements("testcase").Single(c => (string)c.Attribute("name") == "bad").Element("failure");
            Assert.Equal("1 violation: x", (string)failure.Attribute("message"));
            Assert.Equal("x\ny", failure.Value);
        }

        // Drops every write-ahead intent record: the "common terminal code" mistake the product exists to avoid.
        private sealed class IntentDroppingStore : IRecordStore
        {
            private readonly IRecordStore _inner;

            public IntentDroppingStore(IRecordStore inner)
            {
                _inner = inner;
            }

            public long FreeBytes => _inner.FreeBytes;

            public void Write(string name, byte[] data, int offset, int count)
            {
                if (count > 3 && data[offset + 3] == (byte)JournalRecordType.Intent)
                {
                    return;
                }

                _inner.Write(name, data, offset, count);
            }

            public int Read(string name, byte[] buffer, int offset, int count) => _inner.Read(name, buffer, offset, count);

            public bool Exists(string name) => _inner.Exists(name);

            public bool Delete(string name) => _inner.Delete(name);
        }
    }
}
