using System.Collections;
using TestFrameworkShared;
using Xunit;
using NfAssert = nanoFramework.TestFramework.Assert;
using NfCollectionAssert = nanoFramework.TestFramework.CollectionAssert;

namespace NanoPos.TestBridge.Tests
{
    public class AssertMessageTests
    {
        [Fact]
        public void AreEqual_reports_expected_actual_and_the_message()
        {
            AssertFailedException failure = Assert.Throws<AssertFailedException>(() => NfAssert.AreEqual("0012", "012", "PAN digits"));

            Assert.Equal("Assert.AreEqual failed. Expected:<0012>. Actual:<012>. PAN digits", failure.Message);
        }

        [Fact]
        public void AreEqual_picks_the_overload_of_the_argument_types()
        {
            NfAssert.AreEqual((byte)7, (byte)7);
            NfAssert.AreEqual(1.5, 1.5);
            NfAssert.AreEqual(double.NaN, double.NaN);
            AssertFailedException failure = Assert.Throws<AssertFailedException>(() => NfAssert.AreEqual(10L, 11L));
            Assert.Equal("Assert.AreEqual failed. Expected:<10>. Actual:<11>.", failure.Message);
        }

        [Fact]
        public void AreNotEqual_reports_the_shared_value()
        {
            AssertFailedException failure = Assert.Throws<AssertFailedException>(() => NfAssert.AreNotEqual(5, 5));

            Assert.Equal("Assert.AreNotEqual failed. Expected any value except:<5>. Actual:<5>.", failure.Message);
        }

        [Fact]
        public void CollectionAssert_AreEqual_reports_the_first_differing_element()
        {
            AssertFailedException failure = Assert.Throws<AssertFailedException>(
                () => NfCollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, new byte[] { 1, 9, 3 }, "frame"));

            Assert.Equal("CollectionAssert.AreEqual failed. Element at index 1 does not match. Expected:<2>. Actual:<9>. frame", failure.Message);
        }

        [Fact]
        public void CollectionAssert_AreEqual_reports_a_count_mismatch()
        {
            AssertFailedException failure = Assert.Throws<AssertFailedException>(
                () => NfCollectionAssert.AreEqual(new ArrayList { 1, 2 }, new ArrayList { 1 }));

            Assert.Contains("Different number of elements. Expected count:<2>. Actual count:<1>.", failure.Message);
        }

        [Fact]
        public void CollectionAssert_passes_equal_collections_and_checks_emptiness()
        {
            NfCollectionAssert.AreEqual(new[] { 1, 2 }, new[] { 1, 2 });
            NfCollectionAssert.AreNotEqual(new[] { 1, 2 }, new[] { 2, 1 });
            NfCollectionAssert.Empty(new int[0]);
            Assert.Throws<AssertFailedException>(() => NfCollectionAssert.Empty(new[] { 1 }));
            Assert.Throws<AssertFailedException>(() => NfCollectionAssert.NotEmpty(new int[0]));
        }

        [Fact]
        public void String_assertions_are_ordinal_and_name_both_strings()
        {
            NfAssert.Contains("34", "12345");
            NfAssert.StartsWith("12", "12345");
            NfAssert.EndsWith("45", "12345");
            AssertFailedException failure = Assert.Throws<AssertFailedException>(() => NfAssert.Contains("x", "abc"));
            Assert.Equal("Assert.Contains failed. <abc> does not contain <x>.", failure.Message);
        }
    }
}
