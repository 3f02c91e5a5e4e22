using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using TestFrameworkShared;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Assertions for tests (host mirror of nanoFramework.TestFramework 3.0.77). A failed assertion
    /// throws <see cref="AssertFailedException"/> whose message starts with "Assert.Name failed."
    /// and gives the expected and actual values.
    /// </summary>
    [StackTraceHidden]
    public sealed partial class Assert
    {
        /// <summary>Fails unless <paramref name="condition"/> is true.</summary>
        /// <param name="condition">The condition expected to be true.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void IsTrue(bool condition, string message = "")
        {
            if (!condition)
            {
                HandleFail("Assert.IsTrue", message);
            }
        }

        /// <summary>Fails unless <paramref name="condition"/> is false.</summary>
        /// <param name="condition">The condition expected to be false.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void IsFalse(bool condition, string message = "")
        {
            if (condition)
            {
                HandleFail("Assert.IsFalse", message);
            }
        }

        /// <summary>Fails unless <paramref name="value"/> is null.</summary>
        /// <param name="value">The value expected to be null.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void IsNull(object value, string message = "")
        {
            if (value != null)
            {
                HandleFail("Assert.IsNull", Join("Actual:<" + Show(value) + ">.", message));
            }
        }

        /// <summary>Fails when <paramref name="value"/> is null.</summary>
        /// <param name="value">The value expected to be non-null.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void IsNotNull(object value, string message = "")
        {
            if (value == null)
            {
                HandleFail("Assert.IsNotNull", message);
            }
        }

        /// <summary>Fails unless both references point to the same object.</summary>
        /// <param name="expected">The expected object.</param>
        /// <param name="actual">The actual object.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreSame(object expected, object actual, string message = "")
        {
            if (ReferenceEquals(expected, actual))
            {
                return;
            }

            if (expected is ValueType || actual is ValueType)
            {
                HandleFail(
                    "Assert.AreSame",
                    Join("Do not pass value types to AreSame(): boxed values are never the same object. Consider AreEqual().", message));
            }

            HandleFail("Assert.AreSame", Join("Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
        }

        /// <summary>Fails when both references point to the same object.</summary>
        /// <param name="notExpected">The object <paramref name="actual"/> must not be.</param>
        /// <param name="actual">The actual object.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void AreNotSame(object notExpected, object actual, string message = "")
        {
            if (ReferenceEquals(notExpected, actual))
            {
                HandleFail("Assert.AreNotSame", Join("Both are the same object:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>
        /// Fails unless the type of <paramref name="value"/> is exactly <paramref name="expected"/>.
        /// Like nanoFramework (<c>expected == value.GetType()</c>), this is an exact type comparison:
        /// a derived type or an implemented interface does NOT satisfy it.
        /// </summary>
        /// <param name="value">The value to check.</param>
        /// <param name="expected">The exact expected type.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void IsInstanceOfType(object value, Type expected, string message = "")
        {
            EnsureNotNull(expected, "Assert.IsInstanceOfType", "expected");
            if (value != null && expected == value.GetType())
            {
                return;
            }

            HandleFail(
                "Assert.IsInstanceOfType",
                Join("Expected type:<" + expected + ">. Actual type:<" + Show(value?.GetType()) + "> (exact type match, as on nanoFramework).", message));
        }

        /// <summary>
        /// Fails when the type of <paramref name="value"/> is exactly <paramref name="notExpected"/>.
        /// Exact type comparison, as on nanoFramework: a derived type passes.
        /// </summary>
        /// <param name="value">The value to check; null passes.</param>
        /// <param name="notExpected">The type the value must not have.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void IsNotInstanceOfType(object value, Type notExpected, string message = "")
        {
            EnsureNotNull(notExpected, "Assert.IsNotInstanceOfType", "notExpected");
            if (value == null || notExpected != value.GetType())
            {
                return;
            }

            HandleFail("Assert.IsNotInstanceOfType", Join("Wrong type:<" + notExpected + ">. Actual type:<" + value.GetType() + ">.", message));
        }

        /// <summary>Skips the running test by throwing <see cref="SkipTestException"/>.</summary>
        /// <param name="message">Why the test is skipped.</param>
        public static void SkipTest(string message = null)
        {
            throw new SkipTestException(message);
        }

        /// <summary>
        /// Fails unless <paramref name="action"/> throws an exception whose type is exactly
        /// <paramref name="exception"/>. As on nanoFramework, a derived exception type fails the
        /// assertion, and so does an action that throws nothing.
        /// </summary>
        /// <param name="exception">The exact exception type expected.</param>
        /// <param name="action">The code expected to throw.</param>
        /// <param name="message">Text added to the failure message.</param>
        /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
        public static void ThrowsException(Type exception, Action action, string message = "")
        {
            if (action == null)
            {
                throw new ArgumentNullException(nameof(action));
            }

            Exception thrown = null;
            try
            {
                action();
            }
            catch (Exception ex)
            {
                thrown = ex;
            }

            if (thrown == null)
            {
                HandleFail("Assert.ThrowsException", Join("No exception thrown. " + Show(exception) + " exception was expected.", message));
            }

            Type thrownType = thrown.GetType();
            if (thrownType == exception)
            {
                return;
            }

            string detail = "Threw exception " + thrownType + ", but exception " + Show(exception) + " was expected.";
            if (exception != null && exception.IsAssignableFrom(thrownType))
            {
                detail += " The thrown type derives from the expected one; nanoFramework matches the exact type only.";
            }

            detail += " Exception message: " + thrown.Message;
            throw new AssertFailedException(Format("Assert.ThrowsException", Join(detail, message)), thrown);
        }

        /// <summary>Fails unless <paramref name="value"/> contains <paramref name="expected"/> (ordinal).</summary>
        /// <param name="expected">The text expected inside <paramref name="value"/>.</param>
        /// <param name="value">The text to search.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void Contains(string expected, string value, string message = "")
        {
            EnsureNotNull(expected, "Assert.Contains", "expected");
            EnsureNotNull(value, "Assert.Contains", "value");
            if (value.IndexOf(expected, StringComparison.Ordinal) < 0)
            {
                HandleFail("Assert.Contains", Join("<" + Show(value) + "> does not contain <" + Show(expected) + ">.", message));
            }
        }

        /// <summary>Fails when <paramref name="value"/> contains <paramref name="notExpected"/> (ordinal).</summary>
        /// <param name="notExpected">The text that must not occur in <paramref name="value"/>.</param>
        /// <param name="value">The text to search.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void DoesNotContains(string notExpected, string value, string message = "")
        {
            EnsureNotNull(notExpected, "Assert.DoesNotContains", "notExpected");
            EnsureNotNull(value, "Assert.DoesNotContains", "value");
            if (value.IndexOf(notExpected, StringComparison.Ordinal) >= 0)
            {
                HandleFail("Assert.DoesNotContains", Join("<" + Show(value) + "> should not contain <" + Show(notExpected) + ">.", message));
            }
        }

        /// <summary>Fails unless <paramref name="value"/> starts with <paramref name="expected"/> (ordinal).</summary>
        /// <param name="expected">The expected prefix.</param>
        /// <param name="value">The text to check.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void StartsWith(string expected, string value, string message = "")
        {
            EnsureNotNull(expected, "Assert.StartsWith", "expected");
            EnsureNotNull(value, "Assert.StartsWith", "value");
            if (!value.StartsWith(expected, StringComparison.Ordinal))
            {
                HandleFail("Assert.StartsWith", Join("<" + Show(value) + "> does not start with <" + Show(expected) + ">.", message));
            }
        }

        /// <summary>Fails unless <paramref name="value"/> ends with <paramref name="expected"/> (ordinal).</summary>
        /// <param name="expected">The expected suffix.</param>
        /// <param name="value">The text to check.</param>
        /// <param name="message">Text added to the failure message.</param>
        public static void EndsWith(string expected, string value, string message = "")
        {
            EnsureNotNull(expected, "Assert.EndsWith", "expected");
            EnsureNotNull(value, "Assert.EndsWith", "value");
            if (!value.EndsWith(expected, StringComparison.Ordinal))
            {
                HandleFail("Assert.EndsWith", Join("<" + Show(value) + "> does not end with <" + Show(expected) + ">.", message));
            }
        }

        internal static void HandleFail(string assertion, string detail)
        {
            throw new AssertFailedException(Format(assertion, detail));
        }

        internal static void EnsureNotNull(object value, string assertion, string parameter)
        {
            if (value == null)
            {
                HandleFail(assertion, "The parameter '" + parameter + "' is invalid. The value cannot be null.");
            }
        }

        internal static string Join(string detail, string message)
        {
            if (string.IsNullOrEmpty(message))
            {
                return detail;
            }

            return detail + " " + message;
        }

        internal static string Show(object value)
        {
            string text;
            switch (value)
            {
                case null:
                    return "(null)";
                case Array array:
                    text = ShowArray(array);
                    break;
                case DateTime dateTime:
                    text = dateTime.ToString("o", CultureInfo.InvariantCulture);
                    break;
                case IFormattable formattable:
                    text = formattable.ToString(null, CultureInfo.InvariantCulture);
                    break;
                default:
                    text = value.ToString();
                    break;
            }

            if (text == null)
            {
                return "(object)";
            }

            return text.IndexOf('\0') < 0 ? text : text.Replace("\0", "\\0");
        }

        private static string ShowArray(Array array)
        {
            const int Limit = 32;
            StringBuilder text = new StringBuilder(array.GetType().ToString()).Append(" {");
            int count = 0;
            foreach (object item in array)
            {
                if (count == Limit)
                {
                    text.Append(", ...");
                    break;
                }

                text.Append(count == 0 ? string.Empty : ", ").Append(item is Array ? item.ToString() : Show(item));
                count++;
            }

            return text.Append('}').ToString();
        }

        private static string Format(string assertion, string detail)
        {
            StringBuilder text = new StringBuilder(assertion).Append(" failed.");
            if (!string.IsNullOrEmpty(detail))
            {
                text.Append(' ').Append(detail.Replace("\0", "\\0"));
            }

            return text.ToString();
        }
    }
}
