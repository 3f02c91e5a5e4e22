using System;

namespace nanoFramework.TestFramework
{
    public sealed partial class Assert
    {
        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(DateTime expected, DateTime actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(bool expected, bool actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(byte expected, byte actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(char expected, char actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal. NaN equals NaN (as Double.Equals).</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(double expected, double actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal. NaN equals NaN (as Single.Equals).</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(float expected, float actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(int expected, int actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(long expected, long actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal. Uses Object.Equals(expected, actual).</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(object expected, object actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(sbyte expected, sbyte actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(short expected, short actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal. Ordinal comparison.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(string expected, string actual, string message = "")
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(uint expected, uint actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(ulong expected, ulong actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreEqual(ushort expected, ushort actual, string message = "")
        {
            if (!expected.Equals(actual))
            {
                HandleFail("Assert.AreEqual", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }
    }
}
