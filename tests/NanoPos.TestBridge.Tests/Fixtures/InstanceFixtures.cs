using System.Collections.Generic;
using nanoFramework.TestFramework;

namespace NanoPos.TestBridge.Tests.Fixtures
{
    [TestClass]
    public class InstanceFieldFixture
    {
        public static bool Ran;

        private int counter;

        [TestMethod]
        public void UsesField()
        {
            Ran = true;
            counter++;
            Assert.AreEqual(1, counter);
        }

        [TestMethod]
        public static void StaticToo() => Ran = true;
    }

    [TestClass]
    public class AutoPropertyFixture
    {
        public static bool Ran;

        public string Name { get; set; }

        [TestMethod]
        public void UsesProperty()
        {
            Ran = true;
            Name = "x";
        }
    }

    [TestClass]
    public class ConstructorFixture
    {
        public static bool Ran;
        public static int Constructed;

        public ConstructorFixture()
        {
            Constructed++;
        }

        [TestMethod]
        public void Test() => Ran = true;
    }

    [TestClass]
    public class InstanceMethodFixture
    {
        public static readonly List<string> Log = new List<string>();

        // Computed property without a backing field: no instance state.
        public string Label => "instance";

        [Setup]
        public void Init() => Log.Add("Setup");

        [TestMethod]
        public void Test() => Log.Add(Label);

        [Cleanup]
        public void Done() => Log.Add("Cleanup");
    }

    [TestClass]
    public class HiddenMethodFixture
    {
        public static bool Ran;

        [TestMethod]
        public static void Visible()
        {
        }

        [TestMethod]
        internal static void NotPublic() => Ran = true;
    }
}
