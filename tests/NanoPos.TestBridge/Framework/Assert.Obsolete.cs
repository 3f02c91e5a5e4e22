using System;
using System.Collections;

namespace nanoFramework.TestFramework
{
    public sealed partial class Assert
    {
        /// <summary>Obsolete: use IsTrue.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method IsTrue.")]
        public static void True(bool condition, string message = "")
        {
            IsTrue(condition, message);
        }

        /// <summary>Obsolete: use IsFalse.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method IsFalse.")]
        public static void False(bool condition, string message = "")
        {
            IsFalse(condition, message);
        }

        /// <summary>Obsolete: use IsNull.</summary>
        /// <param name="value">The value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method IsNull.")]
        public static void Null(object value, string message = "")
        {
            IsNull(value, message);
        }

        /// <summary>Obsolete: use IsNotNull.</summary>
        /// <param name="value">The value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method IsNotNull.")]
        public static void NotNull(object value, string message = "")
        {
            IsNotNull(value, message);
        }

        /// <summary>Obsolete: use AreSame.</summary>
        /// <param name="expected">The expected object.</param>
        /// <param name="actual">The actual object.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreSame.")]
        public static void Same(object expected, object actual, string message = "")
        {
            AreSame(expected, actual, message);
        }

        /// <summary>Obsolete: use AreNotSame.</summary>
        /// <param name="notExpected">The object actual must not be.</param>
        /// <param name="actual">The actual object.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotSame.")]
        public static void NotSame(object notExpected, object actual, string message = "")
        {
            AreNotSame(notExpected, actual, message);
        }

        /// <summary>Obsolete: use IsInstanceOfType (exact type comparison).</summary>
        /// <param name="expectedType">The exact expected type.</param>
        /// <param name="value">The value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method IsInstanceOfType.")]
        public static void IsType(Type expectedType, object value, string message = "")
        {
            IsInstanceOfType(value, expectedType, message);
        }

        /// <summary>Obsolete: use IsNotInstanceOfType (exact type comparison).</summary>
        /// <param name="wrongType">The type the value must not have.</param>
        /// <param name="value">The value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method IsNotInstanceOfType.")]
        public static void IsNotType(Type wrongType, object value, string message = "")
        {
            IsNotInstanceOfType(value, wrongType, message);
        }

        /// <summary>Obsolete: use ThrowsException (exact exception type).</summary>
        /// <param name="exceptionType">The exact exception type expected.</param>
        /// <param name="action">The code expected to throw.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method ThrowsException.")]
        public static void Throws(Type exceptionType, Action action, string message = "")
        {
            ThrowsException(exceptionType, action, message);
        }

        /// <summary>Obsolete: use CollectionAssert.Empty.</summary>
        /// <param name="collection">The collection.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the method with the same name in CollectionAssert class.")]
        public static void Empty(ICollection collection, string message = "")
        {
            CollectionAssert.Empty(collection, message);
        }

        /// <summary>Obsolete: use CollectionAssert.NotEmpty.</summary>
        /// <param name="collection">The collection.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the method with the same name in CollectionAssert class.")]
        public static void NotEmpty(ICollection collection, string message = "")
        {
            CollectionAssert.NotEmpty(collection, message);
        }

        /// <summary>Obsolete: use AreEqual. Compares arrays with <see cref="TestExtensions.SequenceEqual"/>.</summary>
        /// <param name="expected">The expected array.</param>
        /// <param name="actual">The actual array.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(Array expected, Array actual, string message = "")
        {
            if (!expected.SequenceEqual(actual))
            {
                HandleFail("Assert.Equal", Join("The arrays differ. Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">.", message));
            }
        }

        /// <summary>Obsolete: use AreNotEqual. Compares arrays with <see cref="TestExtensions.SequenceEqual"/>.</summary>
        /// <param name="notExpected">The array actual must differ from.</param>
        /// <param name="actual">The actual array.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(Array notExpected, Array actual, string message = "")
        {
            if (notExpected.SequenceEqual(actual))
            {
                HandleFail("Assert.NotEqual", Join("The arrays hold the same sequence.", message));
            }
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(DateTime expected, DateTime actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(bool expected, bool actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(byte expected, byte actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(char expected, char actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(double expected, double actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(float expected, float actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(int expected, int actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(long expected, long actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(sbyte expected, sbyte actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(short expected, short actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(string expected, string actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(uint expected, uint actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(ulong expected, ulong actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreEqual.</summary>
        /// <param name="expected">The expected value.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(ushort expected, ushort actual, string message = "")
        {
            AreEqual(expected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(DateTime notExpected, DateTime actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(bool notExpected, bool actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(byte notExpected, byte actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(char notExpected, char actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(double notExpected, double actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(float notExpected, float actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(int notExpected, int actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(long notExpected, long actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(sbyte notExpected, sbyte actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(short notExpected, short actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(string notExpected, string actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(uint notExpected, uint actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(ulong notExpected, ulong actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }

        /// <summary>Obsolete: use AreNotEqual.</summary>
        /// <param name="notExpected">The value actual must differ from.</param>
        /// <param name="actual">The actual value.</param>
        /// <param name="message">Text added to the failure message.</param>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(ushort notExpected, ushort actual, string message = "")
        {
            AreNotEqual(notExpected, actual, message);
        }
    }
}
