using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace NanoPos.TestBridge.TestAdapter
{
    /// <summary>
    /// VSTest discoverer for assemblies that reference NanoPos.TestBridge: one test case per [Setup],
    /// [TestMethod], [DataRow] and [Cleanup] (see <see cref="BridgeDiscovery"/>). Other assemblies are
    /// skipped after a metadata check.
    /// </summary>
    [FileExtension(".dll")]
    [FileExtension(".exe")]
    [DefaultExecutorUri(AdapterInfo.ExecutorUriText)]
    public sealed class BridgeTestDiscoverer : ITestDiscoverer
    {
        /// <summary>Sends the test cases of every bridge test assembly among <paramref name="sources"/>.</summary>
        /// <param name="sources">Assembly paths.</param>
        /// <param name="discoveryContext">The discovery context (unused).</param>
        /// <param name="logger">Receives load errors.</param>
        /// <param name="discoverySink">Receives the test cases.</param>
        public void DiscoverTests(
            IEnumerable<string> sources,
            IDiscoveryContext discoveryContext,
            IMessageLogger logger,
            ITestCaseDiscoverySink discoverySink)
        {
            foreach (string source in sources.Distinct())
            {
                IReadOnlyList<BridgeClass> classes = SourceLoader.Load(source, logger);
                if (classes == null)
                {
                    continue;
                }

                using (CaseMapper mapper = new CaseMapper(source))
                {
                    foreach (BridgeClass testClass in classes)
                    {
                        foreach (BridgeCase testCase in testClass.Cases)
                        {
                            discoverySink.SendTestCase(mapper.ToTestCase(testCase));
                        }
                    }
                }
            }
        }
    }
}
