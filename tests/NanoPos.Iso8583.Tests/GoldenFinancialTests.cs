using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>The financial messages packed to, and unpacked from, their hand-written frames byte for byte.</summary>
    [TestClass]
    public class GoldenFinancialTests
    {
        [TestMethod]
        public void Sale_0200_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenFinancialFrames.Sale0200, IsoTestSupport.PackCup(GoldenFinancialFrames.Sale(), false));
        }

        [TestMethod]
        public void Sale_0200_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenFinancialFrames.Sale(), IsoTestSupport.UnpackCup(GoldenFinancialFrames.Sale0200, false));
        }

        [TestMethod]
        public void Void_0200_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenFinancialFrames.Void0200, IsoTestSupport.PackCup(GoldenFinancialFrames.Void(), false));
        }

        [TestMethod]
        public void Void_0200_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenFinancialFrames.Void(), IsoTestSupport.UnpackCup(GoldenFinancialFrames.Void0200, false));
        }

        [TestMethod]
        public void Response_0210_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenFinancialFrames.Response0210, IsoTestSupport.PackCup(GoldenFinancialFrames.SaleResponse(), true));
        }

        [TestMethod]
        public void Response_0210_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenFinancialFrames.SaleResponse(), IsoTestSupport.UnpackCup(GoldenFinancialFrames.Response0210, true));
        }

        [TestMethod]
        public void Refund_advice_0220_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenFinancialFrames.Refund0220, IsoTestSupport.PackCup(GoldenFinancialFrames.Refund(), false));
        }

        [TestMethod]
        public void Refund_advice_0220_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenFinancialFrames.Refund(), IsoTestSupport.UnpackCup(GoldenFinancialFrames.Refund0220, false));
        }

        [TestMethod]
        public void Refund_advice_response_0230_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenFinancialFrames.Refund0230, IsoTestSupport.PackCup(GoldenFinancialFrames.RefundResponse(), true));
        }

        [TestMethod]
        public void Refund_advice_response_0230_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenFinancialFrames.RefundResponse(), IsoTestSupport.UnpackCup(GoldenFinancialFrames.Refund0230, true));
        }
    }
}
