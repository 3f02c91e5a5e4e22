using System.Collections.Generic;
using System.Linq;
using NanoPos.TestBridge.Tests.Fixtures;
using Xunit;

namespace NanoPos.TestBridge.Tests
{
    public class RunOrderTests
    {
        [Fact]
        public void Runs_Setup_then_test_methods_then_data_rows_then_Cleanup()
        {
            OrderFixture.Log.Clear();

            IReadOnlyList<BridgeResult> results = Engine.Run(typeof(OrderFixture));

            Assert.Equal(new[] { "Setup", "Second", "Third", "Row1", "Row2", "OtherRowx", "Cleanup" }, OrderFixture.Log);
            Assert.Equal(
                new[] { "Init [Setup]", "Second", "Third", "Row(row 1: 1)", "Row(row 2: 2)", "OtherRow(row 1: \"x\")", "Done [Cleanup]" },
                Engine.Names(results));
            Assert.All(results, r => Assert.Equal(BridgeOutcome.Passed, r.Outcome));
        }

        [Fact]
        public void Skipped_Setup_skips_the_rest_of_the_class_and_its_Cleanup()
        {
            SkippedSetupFixture.Log.Clear();

            IReadOnlyList<BridgeResult> results = Engine.Run(typeof(SkippedSetupFixture));

            Assert.Equal(new[] { "Setup" }, SkippedSetupFixture.Log);
            Assert.Equal(new[] { "NoBoard [Setup]", "Test", "Row(row 1: 1)", "Done [Cleanup]" }, Engine.Names(results));
            Assert.All(results, r => Assert.Equal(BridgeOutcome.Skipped, r.Outcome));
            Assert.Equal("no board attached", results[0].Message);
            Assert.Contains("no board attached", results[3].Message);
        }

        [Fact]
        public void Failing_Setup_is_reported_and_the_class_continues()
        {
            FailingSetupFixture.Log.Clear();

            IReadOnlyList<BridgeResult> results = Engine.Run(typeof(FailingSetupFixture));

            Assert.Equal(new[] { "Setup", "Test", "Cleanup" }, FailingSetupFixture.Log);
            BridgeResult setup = Engine.Single(results, "Init [Setup]");
            Assert.Equal(BridgeOutcome.Failed, setup.Outcome);
            Assert.Contains("setup broke", setup.Message);
            Assert.Equal(BridgeOutcome.Passed, Engine.Single(results, "Test").Outcome);
            Assert.Equal(BridgeOutcome.Passed, Engine.Single(results, "Done [Cleanup]").Outcome);
        }

        [Fact]
        public void A_selected_subset_still_runs_Setup_first_and_Cleanup_last()
        {
            OrderFixture.Log.Clear();

            IReadOnlyList<BridgeResult> results = Engine.Run(typeof(OrderFixture), c => c.DisplayName == "Row(row 2: 2)");

            Assert.Equal(new[] { "Setup", "Row2", "Cleanup" }, OrderFixture.Log);
            Assert.Equal(new[] { "Init [Setup]", "Row(row 2: 2)", "Done [Cleanup]" }, Engine.Names(results));
        }

        [Fact]
        public void A_class_without_selected_cases_does_not_run()
        {
            OrderFixture.Log.Clear();

            IReadOnlyList<BridgeResult> results = Engine.Run(typeof(OrderFixture), c => false);

            Assert.Empty(OrderFixture.Log);
            Assert.Empty(results);
        }

        [Fact]
        public void Discovery_lists_cases_in_run_order_with_unique_names()
        {
            BridgeClass testClass = Engine.Discover(typeof(OrderFixture));

            Assert.Equal(
                new[] { BridgeCaseKind.Setup, BridgeCaseKind.TestMethod, BridgeCaseKind.TestMethod, BridgeCaseKind.DataRow, BridgeCaseKind.DataRow, BridgeCaseKind.DataRow, BridgeCaseKind.Cleanup },
                testClass.Cases.Select(c => c.Kind).ToArray());
            Assert.Equal(testClass.Cases.Count, testClass.Cases.Select(c => c.UniqueName).Distinct().Count());
            Assert.Equal("NanoPos.TestBridge.Tests.Fixtures.OrderFixture.Row", testClass.Cases[3].FullyQualifiedName);
            Assert.Equal("NanoPos.TestBridge.Tests.Fixtures.OrderFixture.Row(row 1)", testClass.Cases[3].UniqueName);
        }

        [Fact]
        public void Discovers_only_test_classes_of_an_assembly_in_GetTypes_order()
        {
            IReadOnlyList<BridgeClass> classes = BridgeDiscovery.Discover(typeof(OrderFixture).Assembly);

            List<System.Type> expected = typeof(OrderFixture).Assembly.GetTypes()
                .Where(t => t.GetCustomAttributes(typeof(nanoFramework.TestFramework.TestClassAttribute), true).Length > 0)
                .ToList();
            Assert.Equal(expected, classes.Select(c => c.Type).ToList());
            Assert.DoesNotContain(classes, c => c.Type == typeof(RunOrderTests));
        }
    }
}
