using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace NanoPos.TestBridge.TestAdapter
{
    /// <summary>
    /// VSTest executor: runs bridge test cases with the device launcher's semantics
    /// (<see cref="BridgeRunner"/>). Supports <c>--filter</c> on FullyQualifiedName, DisplayName, Name
    /// (method name), ClassName and Kind (Setup, TestMethod, DataRow, Cleanup). The [Setup] and
    /// [Cleanup] cases of a class always run, and are reported, when any case of the class is selected.
    /// </summary>
    [ExtensionUri(AdapterInfo.ExecutorUriText)]
    public sealed class BridgeTestExecutor : ITestExecutor
    {
        private volatile bool cancelled;
        private volatile BridgeRunner currentRunner;

        /// <summary>Runs every case of the given sources that matches the run's filter.</summary>
        /// <param name="sources">Assembly paths.</param>
        /// <param name="runContext">The run context, which carries the filter.</param>
        /// <param name="frameworkHandle">Receives results and messages.</param>
        public void RunTests(IEnumerable<string> sources, IRunContext runContext, IFrameworkHandle frameworkHandle)
        {
            cancelled = false;
            ITestCaseFilterExpression filter;
            try
            {
                filter = runContext?.GetTestCaseFilter(CaseMapper.SupportedProperties, CaseMapper.GetProperty);
            }
            catch (TestPlatformFormatException ex)
            {
                frameworkHandle.SendMessage(TestMessageLevel.Error, "NanoPos.TestBridge: invalid test case filter: " + ex.Message);
                return;
            }

            foreach (string source in sources.Distinct())
            {
                if (cancelled)
                {
                    break;
                }

                RunSource(
                    source,
                    frameworkHandle,
                    (mapper, testCase) => filter == null
                        || filter.MatchTestCase(mapper.ToTestCase(testCase), name => CaseMapper.GetValue(testCase, name)));
            }
        }

        /// <summary>Runs the given test cases (for example a selection made in an IDE).</summary>
        /// <param name="tests">Test cases found by <see cref="BridgeTestDiscoverer"/>.</param>
        /// <param name="runContext">The run context.</param>
        /// <param name="frameworkHandle">Receives results and messages.</param>
        public void RunTests(IEnumerable<TestCase> tests, IRunContext runContext, IFrameworkHandle frameworkHandle)
        {
            cancelled = false;
            foreach (IGrouping<string, TestCase> group in tests.GroupBy(t => t.Source))
            {
                if (cancelled)
                {
                    break;
                }

                Dictionary<Guid, TestCase> wanted = new Dictionary<Guid, TestCase>();
                foreach (TestCase test in group)
                {
                    wanted[test.Id] = test;
                }

                IReadOnlyList<BridgeClass> classes = RunSource(
                    group.Key,
                    frameworkHandle,
                    (mapper, testCase) => wanted.ContainsKey(mapper.IdOf(testCase)));
                if (classes == null)
                {
                    continue;
                }

                HashSet<Guid> seen = new HashSet<Guid>(classes.SelectMany(c => c.Cases).Select(c => CaseMapper.IdOf(group.Key, c)));
                foreach (TestCase missing in wanted.Values.Where(t => !seen.Contains(t.Id)))
                {
                    frameworkHandle.RecordResult(new TestResult(missing)
                    {
                        Outcome = TestOutcome.NotFound,
                        ErrorMessage = "NanoPos.TestBridge: this test case no longer exists in " + group.Key + "; rebuild and rediscover.",
                    });
                }
            }
        }

        /// <summary>Stops the run after the current test case; the running class's [Cleanup] methods still run.</summary>
        public void Cancel()
        {
            cancelled = true;
            currentRunner?.Cancel();
        }

        private IReadOnlyList<BridgeClass> RunSource(string source, IFrameworkHandle frameworkHandle, Func<CaseMapper, BridgeCase, bool> isSelected)
        {
            IReadOnlyList<BridgeClass> classes = SourceLoader.Load(source, frameworkHandle);
            if (classes == null)
            {
                return null;
            }

            using (CaseMapper mapper = new CaseMapper(source))
            {
                BridgeRunner runner = new BridgeRunner();
                runner.CaseStarting += testCase => frameworkHandle.RecordStart(mapper.ToTestCase(testCase));
                runner.CaseFinished += result =>
                {
                    TestResult testResult = mapper.ToResult(result);
                    frameworkHandle.RecordResult(testResult);
                    frameworkHandle.RecordEnd(testResult.TestCase, testResult.Outcome);
                };

                currentRunner = runner;
                try
                {
                    if (cancelled)
                    {
                        runner.Cancel();
                    }

                    runner.Run(classes, testCase => isSelected(mapper, testCase));
                }
                finally
                {
                    currentRunner = null;
                }
            }

            return classes;
        }
    }
}
