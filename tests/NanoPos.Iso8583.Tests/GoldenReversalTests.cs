using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>The reversal messages packed to, and unpacked from, their hand-written frames byte for byte.</summary>
    [TestClass]
    public class GoldenReversalTests
    {
        [TestMethod]
        public void Reversal_0400_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenReversalFrames.Reversal0400, IsoTestSupport.PackCup(GoldenReversalFrames.Reversal(Mti.ReversalRequest), false));
        }

        [TestMethod]
        public void Reversal_0400_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenReversalFrames.Reversal(Mti.ReversalRequest), IsoTestSupport.UnpackCup(GoldenReversalFrames.Reversal0400, false));
        }

        [TestMethod]
        public void Reversal_repeat_0401_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenReversalFrames.Repeat0401, IsoTestSupport.PackCup(GoldenReversalFrames.Reversal(Mti.ReversalRepeat), false));
        }

        [TestMethod]
        public void Reversal_repeat_0401_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenReversalFrames.Reversal(Mti.ReversalRepeat), IsoTestSupport.UnpackCup(GoldenReversalFrames.Repeat0401, false));
        }

        [TestMethod]
        public void Reversal_response_0410_packs_to_its_golden_frame()
        {
            Assert.AreEqual(GoldenReversalFrames.Response0410, IsoTestSupport.PackCup(GoldenReversalFrames.ReversalResponse(), true));
        }

        [TestMethod]
        public void Reversal_response_0410_unpacks_from_its_golden_frame()
        {
            IsoTestSupport.AssertSameMessage(GoldenReversalFrames.ReversalResponse(), IsoTestSupport.UnpackCup(GoldenReversalFrames.Response0410, true));
        }
    }
}
