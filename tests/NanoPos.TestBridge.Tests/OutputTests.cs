using System.Collections.Generic;
using NanoPos.TestBridge.Tests.Fixtures;
using Xunit;

namespace NanoPos.TestBridge.Tests
{
    public class OutputTests
    {
        [Fact]
        public void OutputHelper_text_is_captured_per_test_case()
        {
            IReadOnlyList<BridgeResult> results = Engine.Run(typeof(OutputFixture));

            Assert.Equal("one first\n", Engine.Single(results, "First").Output);
            Assert.Equal("second\n", Engine.Single(results, "Second").Output);
            Assert.Equal(string.Empty, Engine.Single(results, "Silent").Output);
        }
    }
}
