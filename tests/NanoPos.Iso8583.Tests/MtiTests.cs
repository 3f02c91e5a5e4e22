using System;
using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>The MTI constants and their request/response arithmetic.</summary>
    [TestClass]
    public class MtiTests
    {
        [DataRow(200, 210)]
        [DataRow(220, 230)]
        [DataRow(320, 330)]
        [DataRow(400, 410)]
        [DataRow(401, 410)]
        [DataRow(500, 510)]
        [DataRow(800, 810)]
        public void Response_of_a_request(int request, int response)
        {
            Assert.AreEqual(response, Mti.ResponseOf(request));
            Assert.IsTrue(Mti.IsResponse(response));
            Assert.IsFalse(Mti.IsResponse(request));
        }

        [TestMethod]
        public void Constants_are_the_profile_mtis()
        {
            Assert.AreEqual("0200", Mti.Format(Mti.FinancialRequest));
            Assert.AreEqual("0210", Mti.Format(Mti.FinancialResponse));
            Assert.AreEqual("0220", Mti.Format(Mti.AdviceRequest));
            Assert.AreEqual("0230", Mti.Format(Mti.AdviceResponse));
            Assert.AreEqual("0320", Mti.Format(Mti.BatchUploadRequest));
            Assert.AreEqual("0330", Mti.Format(Mti.BatchUploadResponse));
            Assert.AreEqual("0400", Mti.Format(Mti.ReversalRequest));
            Assert.AreEqual("0401", Mti.Format(Mti.ReversalRepeat));
            Assert.AreEqual("0410", Mti.Format(Mti.ReversalResponse));
            Assert.AreEqual("0500", Mti.Format(Mti.SettlementRequest));
            Assert.AreEqual("0510", Mti.Format(Mti.SettlementResponse));
            Assert.AreEqual("0800", Mti.Format(Mti.NetworkRequest));
            Assert.AreEqual("0810", Mti.Format(Mti.NetworkResponse));
        }

        [TestMethod]
        public void Repeat_is_flagged_by_the_last_digit()
        {
            Assert.IsTrue(Mti.IsRepeat(Mti.ReversalRepeat));
            Assert.IsFalse(Mti.IsRepeat(Mti.ReversalRequest));
        }

        [TestMethod]
        public void Responses_and_out_of_range_values_are_refused()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => Mti.ResponseOf(210));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Mti.ResponseOf(10000));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Mti.Format(-1));
            Assert.AreEqual("reversal, repeat", Mti.Describe(401));
            Assert.AreEqual("not used by the terminal", Mti.Describe(100));
        }
    }
}
