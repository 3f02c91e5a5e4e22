using System;
using nanoFramework.TestFramework;
using NanoPos.Diagnostics;

namespace NanoPos.Firmware.Tests
{
    /// <summary>Firmware version: technicians compare it before and after an update.</summary>
    [TestClass]
    public class FirmwareVersionTests
    {
        [TestMethod]
        public void Parse_reads_the_three_numbers_and_ToString_writes_them_back()
        {
            FirmwareVersion version = FirmwareVersion.Parse("1.20.3");

            Assert.AreEqual(1, version.Major);
            Assert.AreEqual(20, version.Minor);
            Assert.AreEqual(3, version.Patch);
            Assert.AreEqual("1.20.3", version.ToString());
        }

        [TestMethod]
        public void Current_version_is_0_1_0()
        {
            Assert.AreEqual("0.1.0", FirmwareVersion.Current.ToString());
        }

        [TestMethod]
        public void Comparison_is_numeric_not_alphabetical()
        {
            Assert.IsTrue(FirmwareVersion.Parse("1.10.0").CompareTo(FirmwareVersion.Parse("1.9.9")) > 0);
            Assert.IsTrue(FirmwareVersion.Parse("2.0.0").CompareTo(FirmwareVersion.Parse("1.99.99")) > 0);
            Assert.IsTrue(FirmwareVersion.Parse("0.1.0").CompareTo(FirmwareVersion.Parse("0.1.1")) < 0);
            Assert.AreEqual(0, FirmwareVersion.Compare(FirmwareVersion.Parse("3.2.1"), new FirmwareVersion(3, 2, 1)));
            Assert.IsTrue(FirmwareVersion.Parse("3.2.1").Equals(new FirmwareVersion(3, 2, 1)));
        }

        [DataRow("")]
        [DataRow("1.2")]
        [DataRow("1.2.3.4")]
        [DataRow("1..3")]
        [DataRow("v1.2.3")]
        [DataRow(" 1.2.3")]
        [DataRow("1.2.-3")]
        [DataRow("1.2.3 ")]
        [DataRow("1.2.9999999999")]
        public void Malformed_text_is_a_format_error(string text)
        {
            Assert.ThrowsException(typeof(FormatException), () => FirmwareVersion.Parse(text));

            FirmwareVersion version;
            Assert.IsFalse(FirmwareVersion.TryParse(text, out version));
            Assert.IsNull(version);
        }

        [TestMethod]
        public void Null_text_is_an_argument_error()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => FirmwareVersion.Parse(null));
        }
    }
}
