using System;
using nanoFramework.TestFramework;
using NanoPos.Hal;

namespace NanoPos.Hal.Tests
{
    /// <summary>The framebuffer: a wrong layout shows garbled screens on the SSD1306.</summary>
    [TestClass]
    public class MonochromeFramebufferTests
    {
        [TestMethod]
        public void Buffer_has_one_bit_per_pixel()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            Assert.AreEqual(1024, frame.Buffer.Length);
        }

        [TestMethod]
        public void Pixel_lands_in_the_ssd1306_page_byte_and_bit()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            frame.SetPixel(5, 10, true);

            // Page 10 / 8 = 1, so byte 1 * 128 + 5; bit 10 % 8 = 2.
            Assert.AreEqual((byte)0x04, frame.Buffer[133]);
            Assert.IsTrue(frame.GetPixel(5, 10));
            Assert.IsFalse(frame.GetPixel(5, 9));
            Assert.AreEqual(1, CountLit(frame));
        }

        [TestMethod]
        public void Turning_a_pixel_off_keeps_its_neighbours()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(16, 8);
            frame.FillRectangle(0, 0, 1, 8, true);
            frame.SetPixel(0, 3, false);

            Assert.AreEqual((byte)0xF7, frame.Buffer[0]);
        }

        [TestMethod]
        public void Pixels_outside_are_ignored_and_never_wrap_into_another_page()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(16, 16);

            // Unchecked, (16, 0) would be byte 16: pixel (0, 8) of the next page.
            frame.SetPixel(16, 0, true);
            frame.SetPixel(-1, 0, true);
            frame.SetPixel(0, 16, true);
            frame.SetPixel(0, -1, true);

            Assert.AreEqual(0, CountLit(frame));
            Assert.IsFalse(frame.GetPixel(16, 0));
            Assert.IsFalse(frame.GetPixel(0, -5));
        }

        [TestMethod]
        public void Rectangle_across_a_page_boundary_sets_both_pages()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(16, 16);
            frame.FillRectangle(0, 6, 1, 4, true);

            Assert.AreEqual((byte)0xC0, frame.Buffer[0]);
            Assert.AreEqual((byte)0x03, frame.Buffer[16]);
        }

        [TestMethod]
        public void Rectangle_is_clipped_to_the_screen()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(16, 16);
            frame.FillRectangle(-2, -2, 4, 4, true);
            Assert.AreEqual(4, CountLit(frame));

            frame.FillRectangle(14, 14, 100, 100, true);
            Assert.AreEqual(8, CountLit(frame));
            Assert.IsTrue(frame.GetPixel(15, 15));
        }

        [TestMethod]
        public void Clear_turns_everything_off()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(16, 16);
            frame.FillRectangle(0, 0, 16, 16, true);
            Assert.AreEqual(256, CountLit(frame));

            frame.Clear();
            Assert.AreEqual(0, CountLit(frame));
        }

        [TestMethod]
        public void Height_must_be_whole_pages()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new MonochromeFramebuffer(128, 60));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new MonochromeFramebuffer(0, 64));
        }

        private static int CountLit(MonochromeFramebuffer frame)
        {
            int lit = 0;
            for (int y = 0; y < frame.Height; y++)
            {
                for (int x = 0; x < frame.Width; x++)
                {
                    if (frame.GetPixel(x, y))
                    {
                        lit++;
                    }
                }
            }

            return lit;
        }
    }
}
