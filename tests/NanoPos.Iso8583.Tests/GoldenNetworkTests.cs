using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>The network management messages packed to, and unpacked from, their hand-written frames byte for byte.</summary>
    [TestClass]
    public class GoldenNetworkTests
    {
        [TestMethod]
        public void Sign_on_0800_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenNetworkFrames.SignOn0800, IsoTestSupport.PackCup(GoldenNetworkFrames.SignOn(), false));
        }

        [TestMethod]
        public void Sign_on_0800_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenNetworkFrames.SignOn(), IsoTestSupport.UnpackCup(GoldenNetworkFrames.SignOn0800, false));
        }

        [TestMethod]
        public void Echo_0800_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenNetworkFrames.Echo0800, IsoTestSupport.PackCup(GoldenNetworkFrames.Echo(), false));
        }

        [TestMethod]
        public void Echo_0800_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenNetworkFrames.Echo(), IsoTestSupport.UnpackCup(GoldenNetworkFrames.Echo0800, false));
        }

        [TestMethod]
        public void Sign_on_response_0810_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenNetworkFrames.SignOn0810, IsoTestSupport.PackCup(GoldenNetworkFrames.SignOnResponse(), true));
        }

        [TestMethod]
        public void Sign_on_response_0810_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenNetworkFrames.SignOnResponse(), IsoTestSupport.UnpackCup(GoldenNetworkFrames.SignOn0810, true));
        }
    }
}
