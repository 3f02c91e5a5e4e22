using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>Settlement and batch upload packed to, and unpacked from, their hand-written frames byte for byte.</summary>
    [TestClass]
    public class GoldenSettlementTests
    {
        [TestMethod]
        public void Settlement_0500_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenSettlementFrames.Settlement0500, IsoTestSupport.PackCup(GoldenSettlementFrames.Settlement(), false));
        }

        [TestMethod]
        public void Settlement_0500_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenSettlementFrames.Settlement(), IsoTestSupport.UnpackCup(GoldenSettlementFrames.Settlement0500, false));
        }

        [TestMethod]
        public void Settlement_response_0510_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenSettlementFrames.Settlement0510, IsoTestSupport.PackCup(GoldenSettlementFrames.SettlementResponse(), true));
        }

        [TestMethod]
        public void Settlement_response_0510_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenSettlementFrames.SettlementResponse(), IsoTestSupport.UnpackCup(GoldenSettlementFrames.Settlement0510, true));
        }

        [TestMethod]
        public void Batch_upload_0320_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenSettlementFrames.BatchUpload0320, IsoTestSupport.PackCup(GoldenSettlementFrames.BatchUpload(), false));
        }

        [TestMethod]
        public void Batch_upload_0320_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenSettlementFrames.BatchUpload(), IsoTestSupport.UnpackCup(GoldenSettlementFrames.BatchUpload0320, false));
        }

        [TestMethod]
        public void Batch_upload_response_0330_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenSettlementFrames.BatchUpload0330, IsoTestSupport.PackCup(GoldenSettlementFrames.BatchUploadResponse(), true));
        }

        [TestMethod]
        public void Batch_upload_response_0330_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenSettlementFrames.BatchUploadResponse(), IsoTestSupport.UnpackCup(GoldenSettlementFrames.BatchUpload0330, true));
        }
    }
}
