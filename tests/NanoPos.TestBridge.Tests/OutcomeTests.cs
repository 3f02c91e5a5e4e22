using System;
using System.Collections.Generic;
using NanoPos.TestBridge.Tests.Fixtures;
using TestFrameworkShared;
using Xunit;
using NfAssert = nanoFramework.TestFramework.Assert;

namespace NanoPos.TestBridge.Tests
{
    public class OutcomeTests
    {
        [Fact]
        public void SkipTest_inside_a_test_reports_it_skipped()
        {
            BridgeResult result = Engine.Single(Engine.Run(typeof(OutcomeFixture)), "SkipsItself");

            Assert.Equal(BridgeOutcome.Skipped, result.Outcome);
            Assert.Equal("not on this board", result.Message);
        }

        [Fact]
        public void A_subclass_of_SkipTestException_fails_the_test()
        {
            BridgeResult result = Engine.Single(Engine.Run(typeof(OutcomeFixture)), "ThrowsDerivedSkip");

            Assert.Equal(BridgeOutcome.Failed, result.Outcome);
            Assert.IsType<DerivedSkipException>(result.Exception);
            Assert.Contains("only the exact type SkipTestException skips", result.Message);
        }

        [Fact]
        public void Exceptions_are_reported_unwrapped_with_type_message_and_stack()
        {
            BridgeResult result = Engine.Single(Engine.Run(typeof(OutcomeFixture)), "ThrowsPlain");

            Assert.Equal(BridgeOutcome.Failed, result.Outcome);
            Assert.IsType<InvalidOperationException>(result.Exception);
            Assert.Equal("System.InvalidOperationException: boom", result.Message);
            Assert.Contains("OutcomeFixture.ThrowsPlain", result.StackTrace);
            Assert.DoesNotContain("TargetInvocationException", result.StackTrace);
            Assert.DoesNotContain("System.Reflection", result.StackTrace);
        }

        [Fact]
        public void An_assertion_failure_reports_its_message()
        {
            IReadOnlyList<BridgeResult> results = Engine.Run(typeof(OutcomeFixture));
            BridgeResult result = Engine.Single(results, "FailsAssert");

            Assert.Equal(BridgeOutcome.Failed, result.Outcome);
            Assert.IsType<AssertFailedException>(result.Exception);
            Assert.Equal("Assert.AreEqual failed. Expected:<3>. Actual:<4>. three", result.Message);
            Assert.Equal(BridgeOutcome.Passed, Engine.Single(results, "Passes").Outcome);
        }

        [Fact]
        public void ThrowsException_passes_for_the_exact_type()
        {
            NfAssert.ThrowsException(typeof(ArgumentException), () => throw new ArgumentException("x"));
        }

        [Fact]
        public void ThrowsException_fails_for_a_derived_type()
        {
            AssertFailedException failure = Assert.Throws<AssertFailedException>(
                () => NfAssert.ThrowsException(typeof(ArgumentException), () => throw new ArgumentNullException("p")));

            Assert.Contains("System.ArgumentNullException", failure.Message);
            Assert.Contains("exact type", failure.Message);
            Assert.IsType<ArgumentNullException>(failure.InnerException);
        }

        [Fact]
        public void ThrowsException_fails_when_nothing_is_thrown()
        {
            AssertFailedException failure = Assert.Throws<AssertFailedException>(
                () => NfAssert.ThrowsException(typeof(ArgumentException), () => { }, "while parsing"));

            Assert.Equal("Assert.ThrowsException failed. No exception thrown. System.ArgumentException exception was expected. while parsing", failure.Message);
        }

        [Fact]
        public void Obsolete_Throws_has_the_same_exact_type_semantics()
        {
#pragma warning disable CS0618 // testing the obsolete API on purpose
            NfAssert.Throws(typeof(InvalidOperationException), () => throw new InvalidOperationException());
            Assert.Throws<AssertFailedException>(() => NfAssert.Throws(typeof(Exception), () => throw new InvalidOperationException()));
            Assert.Throws<AssertFailedException>(() => NfAssert.Throws(typeof(Exception), () => { }));
#pragma warning restore CS0618
        }

        [Fact]
        public void IsInstanceOfType_compares_exact_types_like_nanoFramework()
        {
            NfAssert.IsInstanceOfType(new ArgumentException(), typeof(ArgumentException));
            AssertFailedException failure = Assert.Throws<AssertFailedException>(
                () => NfAssert.IsInstanceOfType(new ArgumentNullException(), typeof(ArgumentException)));
            Assert.Contains("Actual type:<System.ArgumentNullException>", failure.Message);
            Assert.Throws<AssertFailedException>(() => NfAssert.IsInstanceOfType(null, typeof(object)));
            NfAssert.IsNotInstanceOfType(new ArgumentNullException(), typeof(ArgumentException));
        }
    }
}
