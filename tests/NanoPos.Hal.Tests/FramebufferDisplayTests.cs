using System;
using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Tests
{
    /// <summary>The ASCII display is how tests and the console emulator see the screen.</summary>
    [TestClass]
    public class FramebufferDisplayTests
    {
        [TestMethod]
        public void Shown_frame_renders_as_hash_and_dot_rows()
        {
            FramebufferDisplay display = new FramebufferDisplay(4, 8);
            MonochromeFramebuffer frame = new MonochromeFramebuffer(4, 8);
            frame.SetPixel(0, 0, true);
            frame.SetPixel(3, 1, true);
            frame.FillRectangle(1, 6, 2, 2, true);

            display.Show(frame);

            string expected =
                "#...\n" +
                "...#\n" +
                "....\n" +
                "....\n" +
                "....\n" +
                "....\n" +
                ".##.\n" +
                ".##.\n";
            Assert.AreEqual(expected, display.RenderAscii());
            Assert.AreEqual(1, display.FramesShown);
        }

        [TestMethod]
        public void Drawing_after_show_appears_only_when_shown_again()
        {
            FramebufferDisplay display = new FramebufferDisplay(8, 8);
            MonochromeFramebuffer frame = new MonochromeFramebuffer(8, 8);
            display.Show(frame);

            frame.SetPixel(2, 2, true);
            Assert.IsFalse(display.LastFrame.GetPixel(2, 2));

            display.Show(frame);
            Assert.IsTrue(display.LastFrame.GetPixel(2, 2));
        }

        [TestMethod]
        public void Region_renders_one_glyph_cell()
        {
            FramebufferDisplay display = new FramebufferDisplay(16, 8);
            MonochromeFramebuffer frame = new MonochromeFramebuffer(16, 8);
            frame.SetPixel(9, 1, true);
            display.Show(frame);

            Assert.AreEqual("..\n.#\n", display.RenderAscii(8, 0, 2, 2));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => display.RenderAscii(15, 0, 2, 1));
        }

        [TestMethod]
        public void Frame_of_another_size_is_refused()
        {
            FramebufferDisplay display = new FramebufferDisplay(128, 64);
            Assert.ThrowsException(typeof(ArgumentException), () => display.Show(new MonochromeFramebuffer(128, 32)));
            Assert.AreEqual(0, display.FramesShown);
        }
    }
}
