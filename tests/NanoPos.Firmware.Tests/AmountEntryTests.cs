using System;
using nanoFramework.TestFramework;
using NanoPos.Ui.Input;

namespace NanoPos.Firmware.Tests
{
    /// <summary>Amount entry: what the cashier types is what the customer is charged.</summary>
    [TestClass]
    public class AmountEntryTests
    {
        [TestMethod]
        public void Digits_enter_from_the_right_in_minor_units()
        {
            AmountEntry entry = new AmountEntry(999999);
            entry.AppendDigit(1);
            entry.AppendDigit(2);
            entry.AppendDigit(5);

            Assert.AreEqual(125L, entry.Value);
        }

        [TestMethod]
        public void Clear_deletes_the_last_digit_only()
        {
            AmountEntry entry = new AmountEntry(999999);
            entry.AppendDigit(1);
            entry.AppendDigit(2);
            entry.AppendDigit(5);

            Assert.IsTrue(entry.Clear());
            Assert.AreEqual(12L, entry.Value);
            Assert.IsTrue(entry.Clear());
            Assert.IsTrue(entry.Clear());
            Assert.IsTrue(entry.IsZero);
            Assert.IsFalse(entry.Clear());
        }

        [TestMethod]
        public void Digit_beyond_the_maximum_is_rejected_and_the_amount_kept()
        {
            AmountEntry entry = new AmountEntry(99999);
            for (int i = 0; i < 5; i++)
            {
                Assert.IsTrue(entry.AppendDigit(9));
            }

            Assert.IsFalse(entry.AppendDigit(0));
            Assert.AreEqual(99999L, entry.Value);
            Assert.IsTrue(entry.Overflowed, "the amount shown is not the one typed");
        }

        [TestMethod]
        public void After_an_overflow_every_digit_is_refused_until_clear_starts_again_from_zero()
        {
            AmountEntry entry = new AmountEntry(AmountEntry.MaxSupportedMinor);
            int[] digits = new int[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3 };
            for (int i = 0; i < digits.Length; i++)
            {
                Assert.AreEqual(i < 12, entry.AppendDigit(digits[i]), "digit " + (i + 1).ToString());
            }

            Assert.IsTrue(entry.Overflowed);
            Assert.IsFalse(entry.AppendDigit(0), "no digit is taken after an overflow, not even one that would fit");
            Assert.IsTrue(entry.Clear());
            Assert.IsFalse(entry.Overflowed);
            Assert.AreEqual(0L, entry.Value, "clear after an overflow clears the whole amount");
            Assert.IsTrue(entry.AppendDigit(5));
        }

        [TestMethod]
        public void Amount_equal_to_the_maximum_is_accepted()
        {
            AmountEntry entry = new AmountEntry(1000);
            Assert.IsTrue(entry.AppendDigit(1));
            Assert.IsTrue(entry.AppendDigit(0));
            Assert.IsTrue(entry.AppendDigit(0));
            Assert.IsTrue(entry.AppendDigit(0));
            Assert.AreEqual(1000L, entry.Value);
            Assert.IsFalse(entry.AppendDigit(0));
        }

        [TestMethod]
        public void Leading_zeros_do_not_build_up()
        {
            AmountEntry entry = new AmountEntry(999);
            entry.AppendDigit(0);
            entry.AppendDigit(0);
            Assert.IsTrue(entry.IsZero);

            entry.AppendDigit(5);
            Assert.AreEqual(5L, entry.Value);

            // One Clear removes the 5; no hidden zeros are left to delete.
            Assert.IsTrue(entry.Clear());
            Assert.IsFalse(entry.Clear());
        }

        [TestMethod]
        public void Reset_starts_the_next_sale_at_zero()
        {
            AmountEntry entry = new AmountEntry(999);
            entry.AppendDigit(7);
            entry.Reset();
            Assert.AreEqual(0L, entry.Value);
        }

        [TestMethod]
        public void Values_that_are_not_digits_or_maxima_are_refused()
        {
            AmountEntry entry = new AmountEntry(999);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => entry.AppendDigit(10));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new AmountEntry(0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new AmountEntry(AmountEntry.MaxSupportedMinor + 1));
        }
    }
}
