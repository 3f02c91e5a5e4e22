using System;
using System.IO;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Tests
{
    /// <summary>The simulated display's injected bus failure: what the display self-test and the UI must survive.</summary>
    [TestClass]
    public class FramebufferDisplayFaultTests
    {
        [TestMethod]
        public void The_next_shows_fail_with_a_nack_and_keep_the_old_frame_then_it_works_again()
        {
            var display = new FramebufferDisplay(16, 8);
            var frame = new MonochromeFramebuffer(16, 8);
            frame.SetPixel(1, 1, true);
            display.Show(frame);
            frame.SetPixel(2, 2, true);
            display.FailShows(2);

            for (int i = 0; i < 2; i++)
            {
                try
                {
                    display.Show(frame);
                    Assert.IsTrue(false, "an armed show must fail");
                }
                catch (IOException e)
                {
                    Assert.AreEqual("display did not acknowledge (I2C NACK)", e.Message);
                }
            }

            Assert.AreEqual(1, display.FramesShown);
            Assert.AreEqual(2, display.FailedShows);
            Assert.IsFalse(display.LastFrame.GetPixel(2, 2));

            display.Show(frame);

            Assert.AreEqual(2, display.FramesShown);
            Assert.IsTrue(display.LastFrame.GetPixel(2, 2));
        }

        [TestMethod]
        public void Zero_disarms_and_a_negative_count_is_refused()
        {
            var display = new FramebufferDisplay(16, 8);
            display.FailShows(3);
            display.FailShows(0);

            display.Show(new MonochromeFramebuffer(16, 8));

            Assert.AreEqual(1, display.FramesShown);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => display.FailShows(-1));
        }

        [TestMethod]
        public void A_wrong_frame_is_refused_without_using_an_armed_failure()
        {
            var display = new FramebufferDisplay(16, 8);
            display.FailShows(1);

            Assert.ThrowsException(typeof(ArgumentException), () => display.Show(new MonochromeFramebuffer(8, 8)));
            Assert.ThrowsException(typeof(IOException), () => display.Show(new MonochromeFramebuffer(16, 8)));
            Assert.AreEqual(0, display.FramesShown);
        }
    }
}
