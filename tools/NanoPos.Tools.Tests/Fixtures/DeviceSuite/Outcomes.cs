using System;
using nanoFramework.TestFramework;

namespace Fixture
{
    // One of each outcome the device runner must report: the run as a whole must fail because of the failures.
    [TestClass]
    public class Outcomes
    {
        [TestMethod]
        public void Adds()
        {
            Assert.AreEqual(4, 2 + 2);
        }

        [TestMethod]
        public void Miscounts()
        {
            Assert.AreEqual(5, 2 + 2, "two, plus two");
        }

        [TestMethod]
        public void Throws()
        {
            throw new InvalidOperationException("first line\nsecond line");
        }

        [TestMethod]
        public void NeedsABoard()
        {
            Assert.SkipTest("needs a board");
        }

        [DataRow(1, 2)]
        [DataRow(3, 7)]
        public void Doubles(int value, int twice)
        {
            Assert.AreEqual(value * 2, twice);
        }
    }
}
