using System;
using System.Collections.Generic;
using nanoFramework.TestFramework;

namespace NanoPos.TestBridge.Tests.Fixtures
{
    public class DerivedSkipException : SkipTestException
    {
        public DerivedSkipException(string message)
            : base(message)
        {
        }
    }

    [TestClass]
    public class OutcomeFixture
    {
        [TestMethod]
        public static void Passes()
        {
        }

        [TestMethod]
        public static void SkipsItself() => Assert.SkipTest("not on this board");

        [TestMethod]
        public static void ThrowsDerivedSkip() => throw new DerivedSkipException("derived");

        [TestMethod]
        public static void ThrowsPlain() => throw new InvalidOperationException("boom");

        [TestMethod]
        public static void FailsAssert() => Assert.AreEqual(3, 4, "three");
    }

    [TestClass]
    public class DataRowFixture
    {
        public static readonly List<string> Log = new List<string>();

        [TestMethod]
        [DataRow("123", 2)]
        [DataRow("1", 1)]
        [DataRow(null, 0)]
        public static void Encode_PadsOddLength(string digits, int expected)
        {
            Log.Add((digits ?? "null") + "/" + expected);
            Assert.AreEqual(expected, digits == null ? 0 : (digits.Length + 1) / 2);
        }

        [DataRow('c', true, 1.5, new byte[] { 1, 2 })]
        public static void Mixed(char c, bool flag, double value, byte[] data) => Log.Add("Mixed");

        [TestMethod]
        public static void Plain() => Log.Add("Plain");
    }

    [TestClass]
    public class OutputFixture
    {
        [TestMethod]
        public static void First()
        {
            OutputHelper.Write("one ");
            OutputHelper.WriteLine("first");
        }

        [TestMethod]
        public static void Second() => OutputHelper.WriteLine("second");

        [TestMethod]
        public static void Silent()
        {
        }
    }
}
