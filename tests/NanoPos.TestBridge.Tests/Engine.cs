using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NanoPos.TestBridge.Tests
{
    /// <summary>Drives the bridge engine on one fixture class.</summary>
    internal static class Engine
    {
        internal static BridgeClass Discover(Type fixture)
        {
            BridgeClass testClass = BridgeDiscovery.DiscoverClass(fixture);
            Assert.NotNull(testClass);
            return testClass;
        }

        internal static IReadOnlyList<BridgeResult> Run(Type fixture, Func<BridgeCase, bool> isSelected = null)
        {
            return new BridgeRunner().Run(Discover(fixture), isSelected);
        }

        internal static BridgeResult Single(IReadOnlyList<BridgeResult> results, string displayName)
        {
            List<BridgeResult> matches = results.Where(r => r.Case.DisplayName == displayName).ToList();
            Assert.True(matches.Count == 1, "expected one result named " + displayName + " in: " + string.Join(" | ", results.Select(r => r.Case.DisplayName)));
            return matches[0];
        }

        internal static string[] Names(IReadOnlyList<BridgeResult> results)
        {
            return results.Select(r => r.Case.DisplayName).ToArray();
        }
    }
}
