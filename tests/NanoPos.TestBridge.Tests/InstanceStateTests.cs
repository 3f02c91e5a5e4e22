using System.Collections.Generic;
using NanoPos.TestBridge.Tests.Fixtures;
using Xunit;

namespace NanoPos.TestBridge.Tests
{
    public class InstanceStateTests
    {
        [Fact]
        public void A_class_with_an_instance_field_is_rejected_and_nothing_runs()
        {
            InstanceFieldFixture.Ran = false;

            IReadOnlyList<BridgeResult> results = Engine.Run(typeof(InstanceFieldFixture));

            Assert.False(InstanceFieldFixture.Ran);
            Assert.Equal(2, results.Count);
            Assert.All(results, r =>
            {
                Assert.Equal(BridgeOutcome.Failed, r.Outcome);
                Assert.Contains("instance field 'counter'", r.Message);
                Assert.Contains("The device launcher invokes test methods without an instance", r.Message);
                Assert.Contains("make it static", r.Message);
            });
        }

        [Fact]
        public void A_class_with_an_instance_auto_property_is_rejected()
        {
            AutoPropertyFixture.Ran = false;

            BridgeResult result = Assert.Single(Engine.Run(typeof(AutoPropertyFixture)));

            Assert.False(AutoPropertyFixture.Ran);
            Assert.Equal(BridgeOutcome.Failed, result.Outcome);
            Assert.Contains("auto-property 'Name'", result.Message);
            Assert.Contains("without an instance", result.Message);
        }

        [Fact]
        public void A_class_with_a_constructor_body_is_rejected()
        {
            ConstructorFixture.Ran = false;
            ConstructorFixture.Constructed = 0;

            BridgeResult result = Assert.Single(Engine.Run(typeof(ConstructorFixture)));

            Assert.False(ConstructorFixture.Ran);
            Assert.Equal(0, ConstructorFixture.Constructed);
            Assert.Equal(BridgeOutcome.Failed, result.Outcome);
            Assert.Contains("constructor", result.Message);
            Assert.Contains("ConstructorFixture()", result.Message);
            Assert.Contains("make it static", result.Message);
        }

        [Fact]
        public void Instance_methods_of_a_class_without_instance_state_run()
        {
            InstanceMethodFixture.Log.Clear();

            IReadOnlyList<BridgeResult> results = Engine.Run(typeof(InstanceMethodFixture));

            Assert.Null(Engine.Discover(typeof(InstanceMethodFixture)).RejectionReason);
            Assert.All(results, r => Assert.Equal(BridgeOutcome.Passed, r.Outcome));
            Assert.Equal(new[] { "Setup", "instance", "Cleanup" }, InstanceMethodFixture.Log);
        }

        [Fact]
        public void A_non_public_test_method_is_reported_failed_instead_of_silently_ignored()
        {
            HiddenMethodFixture.Ran = false;

            IReadOnlyList<BridgeResult> results = Engine.Run(typeof(HiddenMethodFixture));

            Assert.False(HiddenMethodFixture.Ran);
            Assert.Equal(BridgeOutcome.Passed, Engine.Single(results, "Visible").Outcome);
            BridgeResult hidden = Engine.Single(results, "NotPublic");
            Assert.Equal(BridgeOutcome.Failed, hidden.Outcome);
            Assert.Contains("not public", hidden.Message);
        }
    }
}
