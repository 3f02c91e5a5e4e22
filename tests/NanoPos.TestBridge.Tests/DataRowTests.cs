using System.Collections.Generic;
using System.Linq;
using nanoFramework.TestFramework;
using NanoPos.TestBridge.Tests.Fixtures;
using Xunit;
using Assert = Xunit.Assert;

namespace NanoPos.TestBridge.Tests
{
    public class DataRowTests
    {
        [Fact]
        public void Each_data_row_is_its_own_case_and_receives_its_arguments()
        {
            DataRowFixture.Log.Clear();

            IReadOnlyList<BridgeResult> results = Engine.Run(typeof(DataRowFixture));

            Assert.Equal(
                new[]
                {
                    "Plain",
                    "Encode_PadsOddLength(row 1: \"123\", 2)",
                    "Encode_PadsOddLength(row 2: \"1\", 1)",
                    "Encode_PadsOddLength(row 3: null, 0)",
                    "Mixed(row 1: 'c', true, 1.5, { 1, 2 })",
                },
                Engine.Names(results));
            Assert.Equal(new[] { "Plain", "123/2", "1/1", "null/0", "Mixed" }, DataRowFixture.Log);
            Assert.All(results, r => Assert.Equal(BridgeOutcome.Passed, r.Outcome));
            Assert.Equal(new object[] { "123", 2 }, results[1].Case.Arguments);
            Assert.Equal(2, results[2].Case.RowNumber);
        }

        [Fact]
        public void A_method_with_TestMethod_and_DataRow_runs_only_through_its_rows()
        {
            BridgeClass testClass = Engine.Discover(typeof(DataRowFixture));

            List<BridgeCase> encode = testClass.Cases.Where(c => c.Method.Name == "Encode_PadsOddLength").ToList();
            Assert.Equal(3, encode.Count);
            Assert.All(encode, c => Assert.Equal(BridgeCaseKind.DataRow, c.Kind));
            Assert.Equal(3, encode.Select(c => c.UniqueName).Distinct().Count());
        }

        [Fact]
        public void RemoveTestMethodIfDataRowExists_drops_TestMethod_only_when_a_DataRow_is_present()
        {
            object[] both = { new TestMethodAttribute(), new DataRowAttribute(1), new DataRowAttribute(2) };
            object[] onlyTest = { new TestMethodAttribute() };

            object[] cleaned = Helper.RemoveTestMethodIfDataRowExists(both);

            Assert.Equal(2, cleaned.Length);
            Assert.All(cleaned, a => Assert.IsType<DataRowAttribute>(a));
            Assert.Same(onlyTest, Helper.RemoveTestMethodIfDataRowExists(onlyTest));
        }
    }
}
