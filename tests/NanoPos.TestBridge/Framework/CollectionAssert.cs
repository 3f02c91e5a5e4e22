using System.Collections;
using System.Diagnostics;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Assertions on collections (host mirror of nanoFramework.TestFramework 3.0.77). Two
    /// collections are equal when they hold the same number of elements and the elements,
    /// taken in enumeration order, are equal by <see cref="object.Equals(object, object)"/>.
    /// </summary>
    [StackTraceHidden]
    public sealed class CollectionAssert
    {
        /// <summary>Fails unless <paramref name="collection"/> is empty.</summary>
        /// <param name="collection">The collection expected to be empty.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void Empty(ICollection collection, string message = "")
        {
            Assert.EnsureNotNull(collection, "CollectionAssert.Empty", "collection");
            if (collection.Count != 0)
            {
                Assert.HandleFail("CollectionAssert.Empty", Assert.Join("Count:<" + collection.Count + ">.", message));
            }
        }

        /// <summary>Fails when <paramref name="collection"/> is empty.</summary>
        /// <param name="collection">The collection expected to hold elements.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void NotEmpty(ICollection collection, string message = "")
        {
            Assert.EnsureNotNull(collection, "CollectionAssert.NotEmpty", "collection");
            if (collection.Count == 0)
            {
                Assert.HandleFail("CollectionAssert.NotEmpty", message);
            }
        }

        /// <summary>Fails unless both collections hold equal elements in the same order.</summary>
        /// <param name="expected">The expected collection.</param>
        /// <param name="actual">The collection produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            string reason;
            if (!Compare(expected, actual, out reason))
            {
                Assert.HandleFail("CollectionAssert.AreEqual", Assert.Join(reason, message));
            }
        }

        /// <summary>Fails when both collections hold equal elements in the same order.</summary>
        /// <param name="notExpected">The collection <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The collection produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "")
        {
            string reason;
            if (Compare(notExpected, actual, out reason))
            {
                Assert.HandleFail("CollectionAssert.AreNotEqual", Assert.Join(reason, message));
            }
        }

        private static bool Compare(ICollection expected, ICollection actual, out string reason)
        {
            if (ReferenceEquals(expected, actual))
            {
                reason = "Both collection references point to the same collection object.";
                return true;
            }

            if (expected == null || actual == null)
            {
                reason = "Expected:<" + Assert.Show(expected) + ">. Actual:<" + Assert.Show(actual) + ">.";
                return false;
            }

            if (expected.Count != actual.Count)
            {
                reason = "Different number of elements. Expected count:<" + expected.Count + ">. Actual count:<" + actual.Count + ">.";
                return false;
            }

            IEnumerator left = expected.GetEnumerator();
            IEnumerator right = actual.GetEnumerator();
            int index = 0;
            while (left.MoveNext() && right.MoveNext())
            {
                if (!Equals(left.Current, right.Current))
                {
                    reason = "Element at index " + index + " does not match. Expected:<" + Assert.Show(left.Current)
                        + ">. Actual:<" + Assert.Show(right.Current) + ">.";
                    return false;
                }

                index++;
            }

            reason = "Both collections contain the same elements.";
            return true;
        }
    }
}
