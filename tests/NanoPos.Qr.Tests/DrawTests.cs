using System;
using nanoFramework.TestFramework;
using NanoPos.Hal;

namespace NanoPos.Qr.Tests
{
    /// <summary>The symbol lands in the 128x64 framebuffer with its 4-module quiet zone, at an offset and a scale.</summary>
    [TestClass]
    public class DrawTests
    {
        [TestMethod]
        public void A_version_9_symbol_fits_the_display_at_one_pixel_per_module()
        {
            QrCode code = QrEncoder.Encode(QrTestSupport.Repeat('z', 200), 9);
            Assert.AreEqual(9, code.Version);
            Assert.AreEqual(61, code.PixelSize(1));
            MonochromeFramebuffer display = new MonochromeFramebuffer(128, 64);
            code.DrawTo(display, 67, 1, 1, false);
            for (int y = 0; y < code.Size; y++)
            {
                for (int x = 0; x < code.Size; x++)
                {
                    Assert.AreEqual(!code.IsDark(x, y), display.GetPixel(67 + 4 + x, 1 + 4 + y));
                }
            }

            for (int i = 0; i < 61; i++)
            {
                Assert.IsTrue(display.GetPixel(67 + i, 1) && display.GetPixel(67, 1 + i) && display.GetPixel(67 + 60, 1 + i));
            }

            Assert.IsFalse(display.GetPixel(66, 1) || display.GetPixel(67, 0));
        }

        [TestMethod]
        public void Scale_and_colour_are_honoured()
        {
            QrCode code = QrEncoder.Encode("01234567", 1);
            MonochromeFramebuffer display = new MonochromeFramebuffer(128, 64);
            code.DrawTo(display, 2, 3, 2, true);
            Assert.AreEqual(58, code.PixelSize(2));
            for (int y = 0; y < code.Size; y++)
            {
                for (int x = 0; x < code.Size; x++)
                {
                    bool dark = code.IsDark(x, y);
                    Assert.AreEqual(dark, display.GetPixel(2 + 8 + (2 * x), 3 + 8 + (2 * y)));
                    Assert.AreEqual(dark, display.GetPixel(2 + 9 + (2 * x), 3 + 9 + (2 * y)));
                }
            }

            Assert.IsFalse(display.GetPixel(2, 3));
        }

        [TestMethod]
        public void A_symbol_that_does_not_fit_is_refused()
        {
            QrCode code = QrEncoder.Encode(QrTestSupport.Repeat('z', 200), 9);
            MonochromeFramebuffer display = new MonochromeFramebuffer(128, 64);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => code.DrawTo(display, 0, 0, 2, false));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => code.DrawTo(display, 0, 4, 1, false));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => code.DrawTo(display, 0, 0, 0, false));
            Assert.ThrowsException(typeof(ArgumentNullException), () => code.DrawTo(null, 0, 0, 1, false));
        }
    }
}
