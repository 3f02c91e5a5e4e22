using System;
using System.Collections.Generic;
using nanoFramework.TestFramework;

namespace NanoPos.TestBridge.Tests.Fixtures
{
    // Declared out of run order on purpose: the runner must still run Setup, methods, rows, Cleanup.
    [TestClass]
    public class OrderFixture
    {
        public static readonly List<string> Log = new List<string>();

        [Cleanup]
        public void Done() => Log.Add("Cleanup");

        [DataRow(1)]
        [DataRow(2)]
        public void Row(int value) => Log.Add("Row" + value);

        [TestMethod]
        public void Second() => Log.Add("Second");

        [Setup]
        public void Init() => Log.Add("Setup");

        [TestMethod]
        public static void Third() => Log.Add("Third");

        [DataRow("x")]
        public static void OtherRow(string value) => Log.Add("OtherRow" + value);
    }

    [TestClass]
    public class SkippedSetupFixture
    {
        public static readonly List<string> Log = new List<string>();

        [Setup]
        public static void NoBoard()
        {
            Log.Add("Setup");
            Assert.SkipTest("no board attached");
        }

        [TestMethod]
        public static void Test() => Log.Add("Test");

        [DataRow(1)]
        public static void Row(int value) => Log.Add("Row");

        [Cleanup]
        public static void Done() => Log.Add("Cleanup");
    }

    [TestClass]
    public class FailingSetupFixture
    {
        public static readonly List<string> Log = new List<string>();

        [Setup]
        public static void Init()
        {
            Log.Add("Setup");
            throw new InvalidOperationException("setup broke");
        }

        [TestMethod]
        public static void Test() => Log.Add("Test");

        [Cleanup]
        public static void Done() => Log.Add("Cleanup");
    }
}
