using System;
using nanoFramework.TestFramework;
using NanoPos.Ui.Text;

namespace NanoPos.Firmware.Tests
{
    /// <summary>Amount display: a misplaced decimal point shows the customer a hundred times the price.</summary>
    [TestClass]
    public class AmountFormatterTests
    {
        [DataRow(0L, "0.00")]
        [DataRow(5L, "0.05")]
        [DataRow(125L, "1.25")]
        [DataRow(123456L, "1,234.56")]
        [DataRow(100000000L, "1,000,000.00")]
        [DataRow(-150L, "-1.50")]
        public void Default_is_two_decimals_with_comma_thousands(long minor, string expected)
        {
            Assert.AreEqual(expected, new AmountFormatter().ToString(minor));
        }

        [TestMethod]
        public void Zero_decimal_currency_has_no_decimal_point()
        {
            AmountFormatter yen = new AmountFormatter(0, ',', '.');
            Assert.AreEqual("1,234,567", yen.ToString(1234567));
            Assert.AreEqual("999", yen.ToString(999));
        }

        [TestMethod]
        public void Separators_are_configurable()
        {
            Assert.AreEqual("1.234,56", new AmountFormatter(2, '.', ',').ToString(123456));
            Assert.AreEqual("1234.56", new AmountFormatter(2, AmountFormatter.NoSeparator, '.').ToString(123456));
            Assert.AreEqual("1,234.567", new AmountFormatter(3, ',', '.').ToString(1234567));
        }

        [TestMethod]
        public void Format_writes_into_the_buffer_and_returns_the_length()
        {
            char[] line = "Amount:##########".ToCharArray();
            int length = new AmountFormatter().Format(123456, line, 7);

            Assert.AreEqual(8, length);
            Assert.AreEqual("Amount:1,234.56##", new string(line));
        }

        [TestMethod]
        public void Buffer_without_room_is_refused()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new AmountFormatter().Format(123456, new char[7], 0));
        }

        [TestMethod]
        public void Extreme_values_fit_in_MaxLength_without_overflow()
        {
            AmountFormatter formatter = new AmountFormatter();
            char[] buffer = new char[AmountFormatter.MaxLength];
            int length = formatter.Format(long.MinValue, buffer, 0);

            Assert.AreEqual("-92,233,720,368,547,758.08", new string(buffer, 0, length));
            Assert.AreEqual("92,233,720,368,547,758.07", formatter.ToString(long.MaxValue));
            Assert.AreEqual(length, formatter.GetLength(long.MinValue));
        }

        [TestMethod]
        public void Same_separators_are_refused()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new AmountFormatter(2, '.', '.'));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new AmountFormatter(7, ',', '.'));
        }
    }
}
