using System;

namespace nanoFramework.TestFramework
{
    public sealed partial class Assert
    {
        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(DateTime notExpected, DateTime actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(bool notExpected, bool actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(byte notExpected, byte actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(char notExpected, char actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal. NaN equals NaN (as Double.Equals).</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(double notExpected, double actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal. NaN equals NaN (as Single.Equals).</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(float notExpected, float actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(int notExpected, int actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(long notExpected, long actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal. Uses Object.Equals(expected, actual).</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(object notExpected, object actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(short notExpected, short actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal. Ordinal comparison.</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(string notExpected, string actual, string message = "")
        {
            if (string.Equals(notExpected, actual, StringComparison.Ordinal))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(uint notExpected, uint actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value <paramref name="actual"/> must differ from.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "")
        {
            if (notExpected.Equals(actual))
            {
                HandleFail("Assert.AreNotEqual", Join("Expected any value except:<" + Show(notExpected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }
    }
}
