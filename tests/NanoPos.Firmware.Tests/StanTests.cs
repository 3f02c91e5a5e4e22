using System;
using nanoFramework.TestFramework;
using NanoPos.Transactions;

namespace NanoPos.Firmware.Tests
{
    /// <summary>STAN arithmetic: a wrong wrap would reuse a trace number and confuse reversals.</summary>
    [TestClass]
    public class StanTests
    {
        [TestMethod]
        public void Next_counts_up_and_wraps_from_999999_to_1()
        {
            Assert.AreEqual(2, Stan.Next(1));
            Assert.AreEqual(999999, Stan.Next(999998));
            Assert.AreEqual(1, Stan.Next(999999));
        }

        [TestMethod]
        public void Advance_reserves_a_block_across_the_wrap()
        {
            Assert.AreEqual(2, Stan.Advance(999998, 3));
            Assert.AreEqual(150, Stan.Advance(100, 50));
            Assert.AreEqual(500, Stan.Advance(500, 0));
        }

        [TestMethod]
        public void Zero_and_seven_digit_numbers_are_not_stans()
        {
            Assert.IsFalse(Stan.IsValid(0));
            Assert.IsFalse(Stan.IsValid(1000000));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Stan.Next(0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Stan.Format(1000000));
        }

        [TestMethod]
        public void Format_gives_six_zero_filled_digits()
        {
            Assert.AreEqual("000042", Stan.Format(42));
            Assert.AreEqual("999999", Stan.Format(999999));
        }

        [TestMethod]
        public void Format_into_a_buffer_touches_only_six_characters()
        {
            char[] line = "STAN:--------".ToCharArray();
            Assert.AreEqual(6, Stan.Format(1234, line, 5));
            Assert.AreEqual("STAN:001234--", new string(line));
            Assert.ThrowsException(typeof(ArgumentException), () => Stan.Format(1, line, 8));
        }
    }
}
